package dev.aksnet.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes generated files under a folder. Files are rendered completely before this is called; each file is written to
 * a temporary file beside it and moved into place, so a reader never sees a half-written file.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    public static void write(Path folder, List<GeneratedFile> files) throws IOException {
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
