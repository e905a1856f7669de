package dev.aksnet.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §8: text output prints spec values, and must not let them fake diagnostic lines or drive the terminal. A
 * cluster name (a YAML double-quoted string, so it can hold any character) carries a newline with a forged diagnostic,
 * an escape sequence, a bell and a right-to-left override; validate and plan print it escaped, with and without
 * --no-color, while JSON keeps the value exact.
 */
class TerminalInjectionTest {
    private static final String SPEC = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg-test
            clusters:
              - name: "NAME"
                network: {plugin: azure-cni-overlay}
                nodePools:
                  - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"k1\\nfake.yaml:1:1: error[X]: injected", "k1\\e[2J\\e[31mred", "k1\\a\\a", "k1\\u202Egpj.exe",
        "k1\\r\\nfake.yaml:1:1: error[X]: injected", "k1\\u2028fake.yaml:1:1: error[X]: injected", "k1\\x85next", "k1\\u2066isolate"})
    void specValuesNeverReachTheTerminalRaw(String yamlEscapedName, @TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("inj.yaml"), SPEC.replace("NAME", yamlEscapedName));
        for (List<String> args : List.of(List.of("validate"), List.of("validate", "--no-color"), List.of("plan"), List.of("--no-color", "validate"))) {
            String[] argv = new java.util.ArrayList<String>(args) {{ add(spec.toString()); }}.toArray(String[]::new);
            CliTest.Run r = CliTest.run(argv);
            assertEquals(1, r.code(), r.err());
            String all = r.out() + r.err();
            assertTrue(all.contains("CLUSTER_NAME_INVALID"), all);
            for (String line : all.split("\n", -1)) {
                assertFalse(line.startsWith("fake.yaml"), "a spec value forged a line: " + line);
                assertTrue(line.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL || c == 0x202E || c == 0x2028
                        || c == 0x2066), "raw control or bidi character in: " + line.replace("\u001b", "<ESC>"));
            }
        }
        CliTest.Run json = CliTest.run("validate", "--format", "json", spec.toString());
        assertTrue(json.out().contains("CLUSTER_NAME_INVALID"), json.out());
        assertTrue(json.out().codePoints().noneMatch(c -> c < 0x20 && c != '\n'), "JSON escapes control characters itself");
    }
}
