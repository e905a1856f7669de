package dev.aksnet.render;

/**
 * The part of {@code terraform fmt} that templates cannot do by themselves: aligning the {@code =} of consecutive
 * single-line attributes. As in fmt, a chain of attribute lines is broken by any other line, and an attribute whose
 * value opens a multi-line bracket (<code>tags = {</code>) neither joins nor continues a chain. The line discipline is
 * {@link TextLayout}'s.
 */
public final class TerraformFormatter {
    private TerraformFormatter() {
    }

    public static String format(String text) {
        String t = TextLayout.normalize(text);
        if (t.isEmpty()) {
            return "\n";
        }
        // Each line is parsed once into offsets of the normalized text; output is copied from it in ranges.
        int count = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                count++;
            }
        }
        int[] lineStart = new int[count];
        int[] lineEnd = new int[count];
        int[] keyEnd = new int[count]; // -1: not an alignable attribute
        int[] valueStart = new int[count];
        for (int line = 0, at = 0; line < count; line++) {
            int end = t.indexOf('\n', at);
            lineStart[line] = at;
            lineEnd[line] = end;
            keyEnd[line] = attribute(t, at, end, valueStart, line);
            at = end + 1;
        }
        StringBuilder out = new StringBuilder(t.length() + t.length() / 8);
        int line = 0;
        while (line < count) {
            if (keyEnd[line] < 0) {
                out.append(t, lineStart[line], lineEnd[line] + 1);
                line++;
                continue;
            }
            int chainEnd = line;
            int width = 0;
            for (; chainEnd < count && keyEnd[chainEnd] >= 0; chainEnd++) {
                width = Math.max(width, keyEnd[chainEnd] - keyStart(t, lineStart[chainEnd]));
            }
            for (; line < chainEnd; line++) {
                int keyWidth = keyEnd[line] - keyStart(t, lineStart[line]);
                out.append(t, lineStart[line], keyEnd[line]);
                for (int pad = keyWidth; pad < width; pad++) {
                    out.append(' ');
                }
                out.append(" = ").append(t, valueStart[line], lineEnd[line]).append('\n');
            }
        }
        return out.toString();
    }

    private static int keyStart(String t, int lineStart) {
        int i = lineStart;
        while (t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Whether the line {@code [from, to)} is an alignable attribute: a key (identifier or quoted string), '=', a one-line
     * value. Returns the key's end, or -1, and puts the value's start in {@code valueStart[slot]}.
     */
    private static int attribute(String t, int from, int to, int[] valueStart, int slot) {
        int start = from;
        while (start < to && t.charAt(start) == ' ') {
            start++;
        }
        int keyEnd = keyEnd(t, start, to);
        if (keyEnd <= start) {
            return -1;
        }
        int eq = keyEnd;
        while (eq < to && t.charAt(eq) == ' ') {
            eq++;
        }
        if (eq >= to || t.charAt(eq) != '=' || (eq + 1 < to && t.charAt(eq + 1) == '=')) {
            return -1;
        }
        int value = eq + 1;
        while (value < to && Character.isWhitespace(t.charAt(value))) {
            value++;
        }
        if (value >= to || !balanced(t, value, to)) {
            return -1;
        }
        valueStart[slot] = value;
        return keyEnd;
    }

    private static int keyEnd(String t, int start, int to) {
        if (start >= to) {
            return -1;
        }
        char c = t.charAt(start);
        if (c == '"') {
            int end = stringEnd(t, start, to);
            return end < 0 ? -1 : end + 1;
        }
        if (!Character.isLetter(c) && c != '_') {
            return -1;
        }
        int i = start + 1;
        while (i < to && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_' || t.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** Index of the closing quote of the string opening at {@code open}, or -1. */
    private static int stringEnd(String t, int open, int to) {
        for (int i = open + 1; i < to; i++) {
            char c = t.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Whether every bracket the value opens it also closes, on this line (strings skipped). */
    private static boolean balanced(String t, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '"') {
                i = stringEnd(t, i, to);
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
