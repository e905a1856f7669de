package dev.aksnet.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of {@code terraform fmt} that templates cannot do by themselves: aligning the {@code =} of consecutive
 * single-line attributes. As in fmt, a chain of attribute lines is broken by any other line, and an attribute whose
 * value opens a multi-line bracket (<code>tags = {</code>) neither joins nor continues a chain. The line discipline is
 * {@link TextLayout}'s.
 */
public final class TerraformFormatter {
    private TerraformFormatter() {
    }

    /** One attribute line split at its {@code =}. */
    private record Attribute(String indent, String key, String value) {
    }

    public static String format(String text) {
        String[] lines = TextLayout.normalize(text).split("\n");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            Attribute first = attribute(lines[i]);
            if (first == null) {
                out.append(lines[i]).append('\n');
                i++;
                continue;
            }
            int end = i;
            int width = 0;
            List<Attribute> chain = new ArrayList<>();
            for (Attribute a; end < lines.length && (a = attribute(lines[end])) != null; end++) {
                chain.add(a);
                width = Math.max(width, a.key().length());
            }
            for (Attribute a : chain) {
                out.append(a.indent()).append(a.key()).append(" ".repeat(width - a.key().length())).append(" = ").append(a.value()).append('\n');
            }
            i = end;
        }
        return out.toString();
    }

    /** The line as an alignable attribute, or null: a key (identifier or quoted string), '=', a one-line value. */
    static Attribute attribute(String line) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        int keyEnd = keyEnd(line, start);
        if (keyEnd <= start) {
            return null;
        }
        int eq = keyEnd;
        while (eq < line.length() && line.charAt(eq) == ' ') {
            eq++;
        }
        if (eq >= line.length() || line.charAt(eq) != '=' || (eq + 1 < line.length() && line.charAt(eq + 1) == '=')) {
            return null;
        }
        String value = line.substring(eq + 1).strip();
        if (value.isEmpty() || !balanced(value)) {
            return null;
        }
        return new Attribute(line.substring(0, start), line.substring(start, keyEnd), value);
    }

    private static int keyEnd(String line, int start) {
        if (start >= line.length()) {
            return -1;
        }
        char c = line.charAt(start);
        if (c == '"') {
            int end = stringEnd(line, start);
            return end < 0 ? -1 : end + 1;
        }
        if (!Character.isLetter(c) && c != '_') {
            return -1;
        }
        int i = start + 1;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_' || line.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** Index of the closing quote of the string opening at {@code open}, or -1. */
    private static int stringEnd(String line, int open) {
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Whether every bracket the value opens it also closes, on this line (strings skipped). */
    private static boolean balanced(String value) {
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                i = stringEnd(value, i);
                if (i < 0) {
                    return false;
                }
            } else if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
            }
        }
        return depth == 0;
    }
}
