package dev.aksnet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code aksnet init}: a starter that validates without errors and generates both targets; never overwrites. */
class InitCommandTest {

    @ParameterizedTest(name = "{0} windows={1}")
    @CsvSource({"azure-cni-overlay, false", "azure-cni-overlay, true", "azure-cni-pod-subnet, false", "azure-cni-pod-subnet, true",
            "azure-cni-node-subnet, false", "azure-cni-node-subnet, true", "kubenet, false", "none, false"})
    void starterValidatesAndGeneratesBothTargets(String plugin, boolean windows, @TempDir Path dir) throws IOException {
        Path spec = dir.resolve("cluster.yaml");
        CliTest.Run init = windows ? CliTest.run("init", "--plugin", plugin, "--windows", "--out", spec.toString())
                : CliTest.run("init", "--plugin", plugin, "--out", spec.toString());
        assertEquals(0, init.code(), init.err());
        String text = Files.readString(spec);
        assertTrue(text.startsWith("# yaml-language-server: $schema=aksnet.schema.json\n"), text);
        assertTrue(text.contains("plugin: " + plugin), text);
        assertEquals(windows, text.contains("os: windows"), text);

        CliTest.Run validate = CliTest.run("validate", spec.toString());
        assertEquals(0, validate.code(), validate.err());
        assertTrue(validate.err().contains(": 0 errors"), validate.err());
        for (String target : new String[]{"terraform", "bicep"}) {
            CliTest.Run generate = CliTest.run("generate", "-t", target, "-o", dir.resolve("out").toString(), spec.toString());
            assertEquals(0, generate.code(), generate.err());
        }
    }

    @ParameterizedTest(name = "{0} windows={1}")
    @CsvSource({"azure-cni-overlay, false", "azure-cni-overlay, true", "azure-cni-pod-subnet, true", "azure-cni-node-subnet, true",
            "kubenet, false", "none, false"})
    void javaStarterCompilesValidatesAndGenerates(String plugin, boolean windows, @TempDir Path dir) throws IOException {
        Path spec = dir.resolve("Payments.java");
        CliTest.Run init = windows ? CliTest.run("init", "--java", "--plugin", plugin, "--windows", "--out", spec.toString())
                : CliTest.run("init", "--java", "--plugin", plugin, "--out", spec.toString());
        assertEquals(0, init.code(), init.err());
        String text = Files.readString(spec);
        assertTrue(text.startsWith("import dev.aksnet.model.Cluster;\n") && text.contains("public final class Payments {"), text);
        assertEquals(windows, text.contains("NodePool.windows(\"win1\")"), text);
        CliTest.Run validate = CliTest.run("validate", spec.toString());
        assertEquals(0, validate.code(), validate.err());
        assertTrue(validate.err().contains(": 0 errors"), validate.err());
        CliTest.Run generate = CliTest.run("generate", "-t", "bicep", "-o", dir.resolve("out").toString(), spec.toString());
        assertEquals(0, generate.code(), generate.err());
    }

    @Test
    void javaStarterNeedsAClassName(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("init", "--java", "--out", dir.resolve("payments-prod.java").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not a Java class name"), r.err());
    }

    @Test
    void neverOverwrites(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("cluster.yaml"), "mine\n");
        CliTest.Run r = CliTest.run("init", "--out", spec.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("exists already"), r.err());
        assertEquals("mine\n", Files.readString(spec));
    }

    @Test
    void kubenetWithWindowsIsRefused(@TempDir Path dir) {
        Path spec = dir.resolve("cluster.yaml");
        CliTest.Run r = CliTest.run("init", "--plugin", "kubenet", "--windows", "--out", spec.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("KUBENET_NO_WINDOWS"), r.err());
        assertFalse(Files.exists(spec));
    }

    @Test
    void outDashPrintsTheStarter() {
        CliTest.Run r = CliTest.run("init", "--out", "-");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("plugin: azure-cni-overlay"), r.out());
    }

    @Test
    void unknownPluginIsAUsageError() {
        CliTest.Run r = CliTest.run("init", "--plugin", "flannel", "--out", "-");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'flannel' is not a plugin"), r.err());
    }
}
