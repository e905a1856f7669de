package dev.aksnet.yaml;

import java.util.List;

/** A YAML node with the line and column (1-based) where it starts, as Jackson's parser reported them. */
public sealed interface YamlNode {
    int line();

    int column();

    /** What the node is, for "expected a list, found a string" messages. */
    String kind();

    /** A mapping; entries keep document order. */
    record Mapping(int line, int column, List<Entry> entries) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping, where the key stands, and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    record Sequence(int line, int column, List<YamlNode> items) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A scalar as the YAML resolver typed it: an unquoted {@code no} is a boolean, {@code 1.30} a float. */
    record Scalar(int line, int column, String text, ScalarType type) implements YamlNode {
        @Override
        public String kind() {
            return type.description;
        }
    }

    enum ScalarType {
        STRING("a string"), INTEGER("a number"), FLOAT("a number"), BOOLEAN("a boolean"), NULL("nothing (null)");

        final String description;

        ScalarType(String description) {
            this.description = description;
        }
    }
}
