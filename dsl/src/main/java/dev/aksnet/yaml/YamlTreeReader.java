package dev.aksnet.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads YAML text into {@link YamlNode}s with positions, using Jackson's streaming YAML parser. Limits are explicit
 * so that hostile input (alias bombs, deep nesting, huge documents) fails fast with a diagnostic.
 */
public final class YamlTreeReader {
    static final int MAX_NESTING = 64;
    static final int MAX_ALIASES = 50;
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    /** No value or key of a spec is longer; far longer ones are mistakes or attacks, and are refused where they stand. */
    public static final int MAX_SCALAR_LENGTH = 1024;

    private final YAMLFactory factory;

    public YamlTreeReader() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(MAX_ALIASES);
        loader.setNestingDepthLimit(MAX_NESTING);
        loader.setCodePointLimit(MAX_CODE_POINTS);
        loader.setAllowDuplicateKeys(false);
        this.factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                // Duplicates are detected while building the tree, which reports the duplicate key's own position.
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // "key:" with nothing after it is YAML's null, as absent as no key; a quoted "" stays an empty string.
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
    }

    /** The YAML could not be read; {@code line} and {@code column} are 0 when the parser knew no position. */
    public static final class YamlSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final boolean empty;

        YamlSyntaxException(String message, int line, int column) {
            this(message, line, column, false);
        }

        private YamlSyntaxException(String message, int line, int column, boolean empty) {
            super(message);
            this.line = line;
            this.column = column;
            this.empty = empty;
        }

        /** The file holds no YAML at all (nothing, or only comments). */
        public boolean empty() {
            return empty;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** Parses one YAML document. */
    public YamlNode read(String text) throws YamlSyntaxException {
        JsonParser parser = null;
        try {
            parser = factory.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new YamlSyntaxException("the file is empty", 1, 1, true);
            }
            YamlNode root = readValue(parser);
            JsonLocation end = parser.currentTokenLocation();
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new YamlSyntaxException("the file holds more than one YAML document; a spec is one document",
                        at.getLineNr() > 0 ? at.getLineNr() : end.getLineNr(), Math.max(1, at.getColumnNr()));
            }
            return root;
        } catch (YamlSyntaxException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw positioned(e, parser);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // reading from a string: nothing to release
                }
            }
        }
    }

    /**
     * A parser failure with the best position there is: SnakeYAML's problem mark, else Jackson's location, else where
     * the parser stopped; and SnakeYAML's statement of the problem rather than its context line.
     */
    private static YamlSyntaxException positioned(Exception e, JsonParser parser) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                String problem = marked.getProblem() != null ? marked.getProblem() : firstLine(marked.getMessage());
                return new YamlSyntaxException(problem, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
            }
        }
        String message = e instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage() : e.getMessage();
        JsonLocation at = e instanceof com.fasterxml.jackson.core.JacksonException j ? j.getLocation() : null;
        if ((at == null || at.getLineNr() <= 0) && parser != null) {
            at = parser.currentLocation();
        }
        int line = at == null ? 0 : at.getLineNr();
        String problem = firstLine(String.valueOf(message));
        if (problem.contains("nesting depth")) {
            problem = "the YAML nests deeper than " + MAX_NESTING + " levels; a spec needs far fewer";
        }
        return new YamlSyntaxException(problem, line, line > 0 ? Math.max(1, at.getColumnNr()) : 0);
    }

    private static YamlNode readValue(JsonParser p) throws IOException, YamlSyntaxException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                List<YamlNode.Entry> entries = new ArrayList<>();
                Set<String> keys = new HashSet<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = p.currentTokenLocation();
                    String key = p.currentName();
                    checkLength(key, keyAt);
                    if (!keys.add(key)) {
                        throw new YamlSyntaxException("duplicate key '" + key + "'", keyAt.getLineNr(), keyAt.getColumnNr());
                    }
                    p.nextToken();
                    entries.add(new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), readValue(p)));
                }
                return new YamlNode.Mapping(line, column, List.copyOf(entries));
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p));
                }
                return new YamlNode.Sequence(line, column, List.copyOf(items));
            }
            case VALUE_STRING -> {
                if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
                    // Jackson hands an alias over as the anchor's name, not its value: refuse it rather than misread it.
                    throw new YamlSyntaxException("YAML aliases (*" + p.getText() + ") are not supported: write the value out",
                            line, column);
                }
                checkLength(p.getText(), at);
                return new YamlNode.Scalar(line, column, p.getText(), YamlNode.ScalarType.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlNode.Scalar(line, column, p.getText(), YamlNode.ScalarType.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(line, column, p.getText(), YamlNode.ScalarType.FLOAT);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(line, column, p.getText(), YamlNode.ScalarType.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(line, column, "", YamlNode.ScalarType.NULL);
            }
            default -> throw new YamlSyntaxException("unexpected YAML content (" + token + ")", line, column);
        }
    }

    private static void checkLength(String text, JsonLocation at) throws YamlSyntaxException {
        if (text.length() > MAX_SCALAR_LENGTH) {
            throw new YamlSyntaxException("a value of " + text.length() + " characters; aksnet accepts at most " + MAX_SCALAR_LENGTH,
                    at.getLineNr(), at.getColumnNr());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
