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
                .build();
    }

    /** The YAML could not be read; {@code line} and {@code column} are 0 when the parser knew no position. */
    public static final class YamlSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        YamlSyntaxException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
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
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new YamlSyntaxException("the file is empty", 1, 1);
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
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new YamlSyntaxException(firstLine(e.getOriginalMessage()), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (IOException | RuntimeException e) {
            // SnakeYAML limits (aliases, code points) surface as runtime exceptions with the mark in their text.
            throw new YamlSyntaxException(firstLine(String.valueOf(e.getMessage())), 0, 0);
        }
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

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
