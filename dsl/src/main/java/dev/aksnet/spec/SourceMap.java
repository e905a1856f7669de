package dev.aksnet.spec;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a spec stands in its file, keyed by model path ({@code clusters[0].nodePools[1].os}), so that a
 * rule can say where without knowing YAML. A path with no entry of its own falls back to its nearest ancestor:
 * a missing field is reported at the object that lacks it.
 */
public final class SourceMap {
    private final String file;
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();

    public SourceMap(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Records where the value at {@code path} starts. */
    public void putValue(String path, int line, int column) {
        values.put(path, new Position(file, line, column));
    }

    /**
     * Records that the value at {@code path} is where the value at {@code recorded} is: one spelling of a field stands
     * for another (a dual-stack subnet's {@code cidrs[0]} is its {@code cidr}), so rules name one path for both.
     */
    public void alias(String path, String recorded) {
        Position position = values.get(recorded);
        if (position != null) {
            values.put(path, position);
        }
    }

    /** Records where the key of the entry at {@code path} starts. */
    public void putKey(String path, int line, int column) {
        keys.put(path, new Position(file, line, column));
    }

    /** The position of the value at {@code path}, or of its nearest recorded ancestor, or the file. */
    public Position valueOf(String path) {
        for (String p = path; p != null; p = parent(p)) {
            Position position = values.get(p);
            if (position != null) {
                return position;
            }
        }
        return Position.ofFile(file);
    }

    /** The position of the key naming {@code path} (for unknown keys), else of its value. */
    public Position keyOf(String path) {
        Position position = keys.get(path);
        return position != null ? position : valueOf(path);
    }

    /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → {@code ""} → null. */
    static String parent(String path) {
        if (path.isEmpty()) {
            return null;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
