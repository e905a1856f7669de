package dev.aksnet.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Output goes in place as one step: a failure leaves the previous output intact and no staging folder behind. */
class OutputWriterTest {
    private static final String HEADER = "# " + GeneratedHeader.text("spec.yaml") + "\n";

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousOutputExactlyAsItWas(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("terraform");
        OutputWriter.write(target, List.of(new GeneratedFile("main.tf", HEADER + "old\n"), new GeneratedFile("outputs.tf", HEADER)));
        List<String> before = tree(dir);
        // The second file cannot be written (it would land outside the folder): the first must not reach the target either.
        assertThrows(IOException.class, () -> OutputWriter.write(target,
                List.of(new GeneratedFile("main.tf", HEADER + "new\n"), new GeneratedFile("../escape.tf", HEADER))));
        assertEquals(HEADER + "old\n", Files.readString(target.resolve("main.tf")));
        assertEquals(before, tree(dir), "no staging folder, no stray file");
    }

    @Test
    void aSuccessfulWriteReplacesTheFolderAndKeepsForeignFiles(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("bicep");
        OutputWriter.write(target, List.of(new GeneratedFile("main.bicep", HEADER), new GeneratedFile("modules/old.bicep", HEADER)));
        Files.writeString(target.resolve("README.md"), "ours\n");
        OutputWriter.write(target, List.of(new GeneratedFile("main.bicep", HEADER + "x\n")));
        assertEquals(List.of("", "README.md", "main.bicep"), tree(target));
        assertEquals("ours\n", Files.readString(target.resolve("README.md")));
        assertTrue(tree(dir).stream().noneMatch(p -> p.contains(".aksnet-")), "staging and old folders are gone");
        // A foreign file with a generated file's name is replaced only with force.
        Files.writeString(target.resolve("main.bicep"), "ours too\n");
        assertThrows(OutputWriter.Refused.class, () -> OutputWriter.write(target, List.of(new GeneratedFile("main.bicep", HEADER))));
        assertEquals("ours too\n", Files.readString(target.resolve("main.bicep")));
        OutputWriter.write(target, List.of(new GeneratedFile("main.bicep", HEADER)), true);
        assertEquals(HEADER, Files.readString(target.resolve("main.bicep")));
    }

    @Test
    void aTargetThatIsAFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("terraform"), "mine\n");
        assertThrows(OutputWriter.Refused.class, () -> OutputWriter.write(file, List.of(new GeneratedFile("main.tf", HEADER))));
        assertEquals("mine\n", Files.readString(file));
    }
}
