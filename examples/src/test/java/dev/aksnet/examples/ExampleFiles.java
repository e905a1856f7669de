package dev.aksnet.examples;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generators;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.SpecLoader;
import dev.aksnet.generate.Target;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Validator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The examples on disk: every folder of the examples module holding a cluster.yaml. */
final class ExampleFiles {
    /** Surefire runs in the examples module's folder. */
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Generators GENERATORS = Generators.standard();

    private ExampleFiles() {
    }

    static List<String> names() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("cluster.yaml"))).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    static LoadedSpec load(String example) {
        SpecLoader.Loaded loaded = new SpecLoader(Validator.standard()).load(Path.of(example, "cluster.yaml"));
        assertTrue(loaded.spec().isPresent(), () -> example + " does not read: " + loaded.diagnostics());
        assertEquals(List.of(), loaded.diagnostics().stream().filter(d -> d.isError()).toList(), example + " has errors");
        return loaded.spec().orElseThrow();
    }

    static List<GeneratedFile> generate(LoadedSpec spec, Target target) {
        return GENERATORS.forTarget(target).generate(spec);
    }

    static List<GeneratedFile> generate(LoadedSpec spec, Target target, Layout layout) {
        return GENERATORS.forTarget(target).generate(spec, layout);
    }
}
