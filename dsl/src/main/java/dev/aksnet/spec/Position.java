package dev.aksnet.spec;

/**
 * A place in a spec file. Lines and columns count from 1; line 0 means the file as a whole (a Java spec built
 * without call-site information, or a fact with no single node).
 */
public record Position(String file, int line, int column) {

    public static Position ofFile(String file) {
        return new Position(file, 0, 0);
    }

    /** {@code file:line:col}, or {@code file} when the position has no line. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
