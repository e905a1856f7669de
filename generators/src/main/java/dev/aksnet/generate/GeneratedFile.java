package dev.aksnet.generate;

import java.util.Objects;

/** One generated file: its path relative to the target's output folder (with '/' separators) and its text. */
public record GeneratedFile(String relativePath, String content) {
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
    }
}
