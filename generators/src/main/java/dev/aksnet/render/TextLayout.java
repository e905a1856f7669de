package dev.aksnet.render;

import java.util.regex.Pattern;

/** The line discipline every generated file follows: LF, no trailing blanks, no blank runs, one final newline. */
public final class TextLayout {
    /** Characters that would end or break a comment line. */
    private static final Pattern LINE_BREAKING = Pattern.compile("[\\p{Cntrl}\u2028\u2029]");

    private TextLayout() {
    }

    /** {@code text} kept on one line: control characters and Unicode line separators become {@code ?}. */
    public static String oneLine(String text) {
        return LINE_BREAKING.matcher(text).replaceAll("?");
    }

    public static String normalize(String text) {
        // One pass over the text, line by line, copying ranges: no intermediate line strings.
        StringBuilder out = new StringBuilder(text.length());
        boolean previousBlank = true; // also drops blank lines at the start
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int stripped = end;
            while (stripped > start && Character.isWhitespace(text.charAt(stripped - 1))) {
                stripped--; // trailing blanks, and the CR of a CRLF
            }
            boolean blank = stripped == start;
            if (!(blank && previousBlank)) {
                out.append(text, start, stripped).append('\n');
                previousBlank = blank;
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
