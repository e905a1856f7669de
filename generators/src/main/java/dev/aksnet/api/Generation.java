package dev.aksnet.api;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.OutputCheck;
import dev.aksnet.generate.OutputWriter;
import dev.aksnet.generate.Target;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One target's files of one valid spec, in memory: paths relative to the target's folder ({@code main.tf},
 * {@code modules/subnet-network-contributor.bicep}), contents as aksnet writes them.
 */
public record Generation(Target target, Layout layout, List<GeneratedFile> files) {
    public Generation {
        files = List.copyOf(files);
    }

    /** The content of one file, by its relative path. */
    public Optional<String> file(String relativePath) {
        return files.stream().filter(f -> f.relativePath().equals(relativePath)).map(GeneratedFile::content).findFirst();
    }

    /**
     * Writes the files into {@code folder} atomically: all or nothing, and files aksnet generated there earlier that it
     * would not generate now are removed. A file of the user's (no aksnet header) with a generated file's name is never
     * replaced.
     *
     * @throws OutputWriter.Refused when such a file is in the way
     */
    public void writeTo(Path folder) throws IOException {
        OutputWriter.write(folder, files);
    }

    /** The drift gate: how {@code folder} differs from these files, without writing anything. */
    public OutputCheck checkAgainst(Path folder) throws IOException {
        return OutputCheck.of(folder, files);
    }
}
