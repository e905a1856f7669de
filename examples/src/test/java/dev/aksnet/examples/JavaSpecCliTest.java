package dev.aksnet.examples;

import dev.aksnet.cli.Aksnet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A Java spec handed to the CLI ({@code aksnet generate … examples/java/X.java}) is compiled in memory, validated and
 * generated exactly as its YAML twin: the same files with the same bytes, but for the header line, which names each
 * output's own source file as the contract requires.
 */
class JavaSpecCliTest {

    @ParameterizedTest(name = "java/{1}.java generates what {0}/cluster.yaml does")
    @CsvSource({"overlay-basic, OverlayBasic", "overlay-windows, OverlayWindows", "pod-subnet-static-block, PodSubnetStaticBlock",
            "user-defined-routing, UserDefinedRouting", "aks-managed-network, AksManagedNetwork", "private-cluster, PrivateCluster"})
    void javaSpecThroughTheCliMatchesItsYamlTwin(String example, String javaClass, @TempDir Path dir) throws IOException {
        for (String target : List.of("terraform", "bicep")) {
            StringWriter err = new StringWriter();
            int code = Aksnet.run(new String[]{"generate", "--target", target, "--out", dir.toString(),
                    Path.of("java", javaClass + ".java").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(0, code, err.toString());
            Path generated = dir.resolve(target);
            Path approved = ExampleFiles.ROOT.resolve(example).resolve(target);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(approved)) {
                files = walk.filter(Files::isRegularFile).map(approved::relativize).sorted().toList();
            }
            try (Stream<Path> walk = Files.walk(generated)) {
                assertEquals(files, walk.filter(Files::isRegularFile).map(generated::relativize).sorted().toList());
            }
            for (Path file : files) {
                String[] java = Files.readString(generated.resolve(file)).split("\n", 2);
                String[] yaml = Files.readString(approved.resolve(file)).split("\n", 2);
                assertEquals(yaml[1], java[1], file + ": every byte below the header");
                assertEquals(yaml[0].replace("cluster.yaml", javaClass + ".java"), java[0], file + ": the header names the Java file");
            }
        }
    }
}
