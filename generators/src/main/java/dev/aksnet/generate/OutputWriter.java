package dev.aksnet.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes generated files under a folder. Files are rendered completely before this is called; each file is written to
 * a temporary file beside it and moved into place, so a reader never sees a half-written file.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    /**
     * Writes the files, then removes files aksnet generated into the folder earlier that it no longer generates (they
     * start with its header); other files are never touched.
     */
    public static void write(Path folder, List<GeneratedFile> files) throws IOException {
        writeFiles(folder, files);
        removeStale(folder, files.stream().map(f -> folder.resolve(f.relativePath()).normalize()).collect(Collectors.toSet()));
    }

    private static void removeStale(Path folder, Set<Path> current) throws IOException {
        List<Path> stale;
        try (Stream<Path> walk = Files.walk(folder)) {
            stale = walk.filter(Files::isRegularFile).filter(p -> !current.contains(p.normalize())).filter(OutputWriter::generatedByAksnet).toList();
        }
        for (Path p : stale) {
            Files.delete(p);
        }
    }

    /** Whether the file's first line is aksnet's generated-file header. */
    static boolean generatedByAksnet(Path file) {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.matches("(#|//) " + java.util.regex.Pattern.quote(GeneratedHeader.PREFIX) + ".*");
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // unreadable or not text: not ours
        }
    }

    private static void writeFiles(Path folder, List<GeneratedFile> files) throws IOException {
        for (GeneratedFile file : files) {
            Path target = folder.resolve(file.relativePath()).normalize();
            if (!target.startsWith(folder.normalize())) {
                throw new IOException("refusing to write outside " + folder + ": " + file.relativePath());
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".aksnet-", ".tmp");
            try {
                Files.writeString(temporary, file.content(), StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
