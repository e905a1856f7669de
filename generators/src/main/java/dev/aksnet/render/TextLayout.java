package dev.aksnet.render;

/** The line discipline every generated file follows: LF, no trailing blanks, no blank runs, one final newline. */
public final class TextLayout {
    private TextLayout() {
    }

    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean previousBlank = true; // also drops blank lines at the start
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.stripTrailing();
            if (line.isEmpty() && previousBlank) {
                continue;
            }
            out.append(line).append('\n');
            previousBlank = line.isEmpty();
        }
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
