package dev.aksnet.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out identifiers for generated code (Terraform local names, Bicep symbols), derived from Azure names and
 * unique within one namespace. Deterministic: the same requests in the same order give the same names.
 */
public final class SymbolNames {
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^A-Za-z0-9]+");
    /** How the words of a name are joined. */
    public enum Style {
        /** {@code vnet_payments_nodes}: Terraform. */
        SNAKE,
        /** {@code vnetPaymentsNodes}: Bicep. */
        CAMEL
    }

    private final Style style;
    private final Set<String> taken = new HashSet<>();

    public SymbolNames(Style style, Set<String> reserved) {
        this.style = style;
        taken.addAll(reserved);
    }

    /** A fresh identifier made of the words of {@code parts} (any characters; non-alphanumerics split words). */
    public String allocate(String... parts) {
        String base = join(parts);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + (style == Style.SNAKE ? "_" : "") + n;
        }
        return name;
    }

    private String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            for (String word : NON_WORD.split(part)) {
                if (word.isEmpty()) {
                    continue;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                if (out.length() == 0) {
                    out.append(lower);
                } else if (style == Style.SNAKE) {
                    out.append('_').append(lower);
                } else {
                    out.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
                }
            }
        }
        if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
            out.insert(0, style == Style.SNAKE ? "r_" : "r");
        }
        return out.toString();
    }
}
