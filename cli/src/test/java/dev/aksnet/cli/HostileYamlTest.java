package dev.aksnet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken YAML through the real command line: each case ends with exit 1 and a positioned diagnostic of the
 * expected rule, no stack trace, within a bound that only a hang or a blow-up would break (not a performance test).
 */
class HostileYamlTest {
    static final String VALID = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg
            clusters:
              - name: k1
                network: {plugin: azure-cni-overlay}
                nodePools:
                  - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3}
            """;
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private CliTest.Run validate(String fileName, byte[] content) throws IOException {
        Path spec = Files.write(dir.resolve(fileName), content);
        return assertTimeoutPreemptively(BOUND, () -> CliTest.run("validate", spec.toString()));
    }

    private CliTest.Run validate(String fileName, String content) throws IOException {
        return validate(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Exit 1, the rule at line:column, nothing that looks like a stack trace. */
    private static void assertRejected(CliTest.Run r, String rule, int line, int column) {
        assertEquals(1, r.code(), r.err());
        Matcher m = Pattern.compile(":(\\d+):(\\d+): error\\[" + rule + "]").matcher(r.err());
        assertTrue(m.find(), "no positioned " + rule + " in:\n" + r.err());
        assertEquals(line + ":" + column, m.group(1) + ":" + m.group(2), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aliasBomb() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            String p = "*" + (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, p))).append("]\n");
        }
        assertRejected(validate("bomb.yaml", bomb.toString()), "SPEC_UNREADABLE", 2, 8);
    }

    @Test
    void aliasesAreRefusedRatherThanReadAsTheirAnchorName() throws IOException {
        String spec = VALID.replace("location: westeurope", "location: &loc westeurope\nextra: *loc");
        assertRejected(validate("alias.yaml", spec), "SPEC_UNREADABLE", 3, 8);
    }

    @Test
    void deepNesting() throws IOException {
        assertRejected(validate("deep.yaml", VALID + "tags: " + "[".repeat(5000) + "]".repeat(5000) + "\n"), "SPEC_UNREADABLE", 9, 71);
    }

    @Test
    void hugeFile() throws IOException {
        assertRejected(validate("huge.yaml", VALID + ("# " + "y".repeat(1000) + "\n").repeat(5000)), "SPEC_UNREADABLE", 1, 1);
    }

    @Test
    void veryLongLine() throws IOException {
        assertRejected(validate("long.yaml", VALID.replace("Standard_D4s_v5", "x".repeat(100_000))), "SPEC_UNREADABLE", 8, 16385);
    }

    @Test
    void veryLongValueOnAnAcceptableLine() throws IOException {
        assertRejected(validate("value.yaml", VALID.replace("Standard_D4s_v5", "x".repeat(5000))), "SPEC_UNREADABLE", 8, 46);
    }

    @Test
    void duplicateKeys() throws IOException {
        assertRejected(validate("dupe.yaml", VALID + "location: northeurope\n"), "SPEC_UNREADABLE", 9, 1);
    }

    @Test
    void tabs() throws IOException {
        assertRejected(validate("tabs.yaml", VALID.replace("    network:", "\tnetwork:")), "SPEC_UNREADABLE", 6, 1);
    }

    @Test
    void nonUtf8Bytes() throws IOException {
        byte[] latin1 = VALID.replace("westeurope", "westeurop\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        assertRejected(validate("latin1.yaml", latin1), "SPEC_UNREADABLE", 2, 20);
    }

    @Test
    void byteOrderMarkIsAcceptedAndPositionsStayRight() throws IOException {
        CliTest.Run r = validate("bom.yaml", "\uFEFF" + VALID.replace("count: 3", "count: 0"));
        assertRejected(r, "SYSTEM_POOL_SCALE_TO_ZERO", 8, 70);
    }

    @Test
    void yaml11BooleansWhereStringsBelong() throws IOException {
        assertRejected(validate("no.yaml", VALID.replace("location: westeurope", "location: no")), "SPEC_BAD_VALUE", 2, 11);
        assertRejected(validate("on.yaml", VALID.replace("resourceGroup: rg", "resourceGroup: on")), "SPEC_BAD_VALUE", 3, 16);
    }

    @Test
    void yaml11OctalAndExponentNumbers() throws IOException {
        assertRejected(validate("octal.yaml", VALID.replace("count: 3", "count: 010")), "SPEC_BAD_VALUE", 8, 70);
        assertRejected(validate("exp.yaml", VALID.replace("count: 3", "count: 1e3")), "SPEC_BAD_VALUE", 8, 70);
    }

    @Test
    void unquotedIpv6Cidr() throws IOException {
        String spec = VALID.replace("network: {plugin: azure-cni-overlay}", "network: {plugin: azure-cni-overlay, podCidr: 2001:db8::/32}");
        assertRejected(validate("v6.yaml", spec), "CIDR_INVALID", 6, 51);
    }

    /** Issue 12 §1/§8: a non-canonical address is refused at its position, and generate writes nothing at all. */
    @Test
    void nonCanonicalAddressesGenerateNothing() throws IOException {
        String withNetwork = CliTest.VALID.replace("network: {plugin: azure-cni-overlay}",
                "network: {plugin: azure-cni-overlay, outbound: userDefinedRouting, egressNextHopIp: \"10.10.8.4\"}");
        String[][] cases = {
            {"egressNextHopIp: \"10.10.8.4\"", "egressNextHopIp: \"010.000.001.004\"", "IP_INVALID"},
            {"egressNextHopIp: \"10.10.8.4\"", "egressNextHopIp: \"10.0.1\"", "IP_INVALID"},
            {"addressSpace: [10.10.0.0/16]", "addressSpace: [\"010.10.0.0/16\"]", "CIDR_INVALID"},
            {"cidr: 10.10.0.0/22", "cidr: \"10.10/22\"", "CIDR_INVALID"},
            {"cidr: 10.10.0.0/22", "cidr: \"10.10.0.0/33\"", "CIDR_INVALID"},
            {"cidr: 10.10.0.0/22", "cidr: \"167903232/16\"", "CIDR_INVALID"},
            {"cidr: 10.10.0.0/22", "cidr: \"10.10.0.0 /22\"", "CIDR_INVALID"},
        };
        for (String[] c : cases) {
            String text = withNetwork.replace(c[0], c[1]);
            assertTrue(text.contains(c[1]), c[1]);
            Path spec = Files.writeString(dir.resolve("strict.yaml"), text);
            int offset = text.indexOf(c[1]) + c[1].indexOf('"');
            int line = (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1;
            int column = offset - text.lastIndexOf('\n', offset - 1);
            for (String target : new String[]{"terraform", "bicep"}) {
                Path out = dir.resolve("out-" + target);
                CliTest.Run r = CliTest.run("generate", "-t", target, "-o", out.toString(), spec.toString());
                assertRejected(r, c[2], line, column);
                assertFalse(r.err().contains("mask must be"), r.err());
                assertFalse(Files.exists(out), "nothing may be written for " + c[1]);
            }
        }
    }

    @Test
    void multipleDocuments() throws IOException {
        assertRejected(validate("multi.yaml", VALID + "---\n" + VALID), "SPEC_UNREADABLE", 10, 1);
    }

    @Test
    void emptyFile() throws IOException {
        assertRejected(validate("empty.yaml", ""), "SPEC_UNREADABLE", 1, 1);
    }

    @Test
    void directoryAndMissingPath() throws IOException {
        Files.createDirectories(dir.resolve("specs"));
        for (Path p : new Path[]{dir.resolve("specs"), dir.resolve("missing.yaml")}) {
            CliTest.Run r = CliTest.run("validate", p.toString());
            assertEquals(1, r.code());
            assertTrue(r.err().startsWith(p + ": error[SPEC_UNREADABLE]: spec file " + p), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}
