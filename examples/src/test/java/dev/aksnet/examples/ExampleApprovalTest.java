package dev.aksnet.examples;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.Target;
import dev.aksnet.spec.LoadedSpec;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.QuietReporter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every example's generated output, per target and file, against its approved golden file. To change a golden file
 * on purpose: regenerate it with {@code ./aksnet generate --target T --out examples/NAME examples/NAME/cluster.yaml},
 * read the diff, commit both. The module layout of {@link #MODULE_LAYOUT}: the same with {@code --layout module --out
 * examples/NAME/module}.
 */
class ExampleApprovalTest {

    @TestFactory
    List<DynamicTest> everyExampleMatchesItsApprovedFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String example : ExampleFiles.names()) {
            for (Target target : Target.values()) {
                tests.add(DynamicTest.dynamicTest(example + " " + target.cliName(), () -> verify(example, target)));
            }
        }
        assertFalse(tests.isEmpty(), "no examples found under " + ExampleFiles.ROOT);
        return tests;
    }

    /**
     * The examples whose module layout is approved too, in {@code NAME/module/<target>/}: the simplest, and the one with
     * another subscription's network (configuration aliases) and another group's (peering).
     */
    static final List<String> MODULE_LAYOUT = List.of("overlay-basic", "hub-and-spoke");

    @TestFactory
    List<DynamicTest> moduleLayoutMatchesItsApprovedFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String example : ExampleFiles.names()) {
            Path module = ExampleFiles.ROOT.resolve(example).resolve("module");
            if (!MODULE_LAYOUT.contains(example)) {
                tests.add(DynamicTest.dynamicTest(example + " has no module layout", () -> assertFalse(Files.exists(module),
                        module + " is approved output of no test: add " + example + " to MODULE_LAYOUT or remove the folder")));
                continue;
            }
            for (Target target : Target.values()) {
                tests.add(DynamicTest.dynamicTest(example + " module " + target.cliName(), () -> verify(example, target, Layout.MODULE)));
            }
        }
        return tests;
    }

    private static void verify(String example, Target target) throws IOException {
        verify(example, target, Layout.ROOT);
    }

    private static void verify(String example, Target target, Layout layout) throws IOException {
        LoadedSpec spec = ExampleFiles.load(example);
        List<GeneratedFile> files = ExampleFiles.generate(spec, target, layout);
        // No stray approved files: the folder holds exactly what the generator writes.
        String sub = layout == Layout.MODULE ? "module/" + target.cliName() : target.cliName();
        Path folder = ExampleFiles.ROOT.resolve(example).resolve(sub);
        Set<String> onDisk;
        try (Stream<Path> walk = Files.exists(folder) ? Files.walk(folder) : Stream.empty()) {
            onDisk = walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files.stream().map(GeneratedFile::relativePath).collect(Collectors.toCollection(TreeSet::new)), onDisk,
                "files of " + example + "/" + target.cliName());
        for (GeneratedFile file : files) {
            String relative = sub + "/" + file.relativePath();
            Approvals.verify(file.content(), new Options().withReporter(new QuietReporter()).forFile()
                    .withNamer(new BesideSpecNamer(example, relative)));
        }
    }
}
