package dev.aksnet.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …": the known word closest to a misspelt one, by edit distance, when it is close enough to help. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> closest(String word, Collection<String> known) {
        Optional<String> api = apiSpelling(word, known);
        if (api.isPresent()) {
            return api;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(lower, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k))
                .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= Math.max(2, k.length() / 3));
    }

    /**
     * The key a user coming from the Azure API or azurerm means: snake_case as camelCase ({@code dns_service_ip}), without
     * the API's {@code network} prefix ({@code networkPolicy}, {@code network_plugin}) or {@code Type} suffix
     * ({@code outboundType}).
     */
    private static Optional<String> apiSpelling(String word, Collection<String> known) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char ch : word.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        String w = camel.toString();
        List<String> candidates = new ArrayList<>(List.of(w));
        if (w.length() > "network".length() && w.regionMatches(true, 0, "network", 0, "network".length())) {
            String rest = w.substring("network".length());
            candidates.add(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
        }
        new ArrayList<>(candidates).forEach(c -> {
            if (c.length() > "Type".length() && c.endsWith("Type")) {
                candidates.add(c.substring(0, c.length() - "Type".length()));
            }
        });
        return candidates.stream().flatMap(c -> known.stream().filter(k -> !k.equals(word) && k.equalsIgnoreCase(c))).findFirst();
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
