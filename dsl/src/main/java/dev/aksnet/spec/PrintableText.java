package dev.aksnet.spec;

/**
 * Spec values made safe for a terminal or a log: text output prints names and values from specs, and a name holding a
 * newline could fake a diagnostic line, an escape sequence could rewrite the screen, and a bidirectional control could
 * reorder what a reviewer reads. Every such character is shown as a visible escape instead ({@code \n}, {@code \u001B},
 * {@code \u202E}); JSON and SARIF output escape them by their own rules.
 */
public final class PrintableText {
    private PrintableText() {
    }

    /** {@code text} with control, line-separator and bidirectional-formatting characters written as escapes. */
    public static String escape(String text) {
        if (text == null || text.codePoints().noneMatch(PrintableText::unsafe)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (unsafe(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** C0 and C1 controls, DEL, line and paragraph separators, and the Unicode bidirectional formatting characters. */
    static boolean unsafe(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == 0x2028 || c == 0x2029
                || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
