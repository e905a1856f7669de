package dev.aksnet.yaml;

import dev.aksnet.javaspec.JavaSpecCompiler;
import dev.aksnet.model.CidrSyntax;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Addresses are read strictly (issue 12 §1, §8): every non-canonical spelling of a CIDR or an address is refused at its
 * line and column, under CIDR_INVALID or IP_INVALID, with a hint naming the problem, in YAML and in the Java DSL; the
 * library's own words never reach the user, and no spec is built.
 */
class StrictAddressTest {
    /** Each field that takes a CIDR or an address, with the @@ placeholder where the value goes. */
    private static final String SPEC = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg-test
            connectedNetworks:
              - {name: onprem, cidrs: [$connected]}
            virtualNetworks:
              - name: vnet
                addressSpace: [$space]
                subnets:
                  - name: nodes
                    cidr: $subnet
            clusters:
              - name: k1
                network:
                  plugin: azure-cni-overlay
                  podCidr: $pod
                  serviceCidr: $service
                  dnsServiceIp: $dns
                  outbound: userDefinedRouting
                  egressNextHopIp: $hop
                nodePools:
                  - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3, subnet: nodes}
            """;
    private static final List<String> CIDR_FIELDS = List.of("connected", "space", "subnet", "pod", "service");
    private static final List<String> ADDRESS_FIELDS = List.of("dns", "hop");
    /** Fields that take IPv6 as well (a network's address space): IPv6 there is read as strictly, in its canonical form. */
    private static final List<String> DUAL_FIELDS = List.of("space");
    private static final String[][] VALID = {{"connected", "192.168.0.0/16"}, {"space", "10.10.0.0/16"}, {"subnet", "10.10.0.0/22"},
        {"pod", "10.244.0.0/16"}, {"service", "10.0.0.0/16"}, {"dns", "10.0.0.10"}, {"hop", "10.10.8.4"}};

    /** A CIDR spelling, and what its hint must say (the canonical form when the meaning is certain). */
    static Stream<Arguments> badCidrs() {
        return Stream.of(
                Arguments.of("010.40.0.0/16", "leading zeros are ambiguous: write 10.40.0.0/16"),
                Arguments.of("10.10.000.000/22", "leading zeros are ambiguous: write 10.10.0.0/22"),
                Arguments.of("10.40/22", "four decimal parts"),
                Arguments.of("0x0a.0.0.0/8", "four decimal parts"),
                Arguments.of("10.0.0.0/33", "prefix length 0-32"),
                Arguments.of("10.0.0.0/-1", "prefix length 0-32"),
                Arguments.of("１０.0.0.0/8", "write it with the digits 0-9: 10.0.0.0/8"),
                Arguments.of("10.0.0.0 /16", "write it without spaces, e.g. 10.0.0.0/16"),
                Arguments.of("10.0.0.0/16 ", "write it without spaces, e.g. 10.0.0.0/16"),
                Arguments.of("167903232/16", "write 10.2.0.0/16"),
                Arguments.of("10.2.0.0/255.255.252.0", "write 10.2.0.0/22"),
                Arguments.of("10.2.0.0/022", "write 10.2.0.0/22"),
                Arguments.of("10.0.0.5/16", "use the network address 10.0.0.0/16"),
                Arguments.of("10.0.0.0", "write it as a CIDR"),
                Arguments.of("fd00::/8", "IPv4"),
                Arguments.of("10.0.0.256/24", "four decimal parts"));
    }

    /** An address spelling, and what its hint must say. */
    static Stream<Arguments> badAddresses() {
        return Stream.of(
                Arguments.of("010.000.001.004", "leading zeros are ambiguous: write 10.0.1.4"),
                Arguments.of("10.0.1", "four decimal parts"),
                Arguments.of("172.16.10", "four decimal parts"),
                Arguments.of("10.10", "four decimal parts"),
                Arguments.of("0x0a.0.0.10", "four decimal parts"),
                Arguments.of("167772170", "write 10.0.0.10"),
                Arguments.of("１０.0.0.10", "write it with the digits 0-9: 10.0.0.10"),
                Arguments.of("10.0.0.10 ", "write it without spaces, e.g. 10.0.0.10"),
                Arguments.of("10.0.0.10/32", "write the address alone: 10.0.0.10"),
                Arguments.of("fd00::10", "IPv4"));
    }

    /** An IPv6 CIDR spelling refused where IPv6 is allowed, and what its hint must say. */
    static Stream<Arguments> badIpv6Cidrs() {
        return Stream.of(
                Arguments.of("FD00:10:90::/48", "write fd00:10:90::/48"),
                Arguments.of("fd00:0010:0090::/48", "write fd00:10:90::/48"),
                Arguments.of("fd00:10:90:0::/64", "write fd00:10:90::/64"),
                Arguments.of("fd00:10:90::/064", "write fd00:10:90::/64"),
                Arguments.of("fd00:10:90::1/64", "use the network address fd00:10:90::/64"),
                Arguments.of("fe80::%eth0/64", "without '%'"),
                Arguments.of("::ffff:10.0.0.0/104", "hexadecimal"),
                Arguments.of("fd00:10:90::", "write it as a CIDR"),
                Arguments.of("fd00:10:90::/129", "such as fd00:10:90::/64"),
                Arguments.of("fd00:::/48", "such as fd00:10:90::/64"));
    }

    static Stream<Arguments> yamlCases() {
        List<Arguments> cases = new ArrayList<>();
        // IPv6 is refused where only IPv4 goes, and read (strictly) where both go.
        badCidrs().forEach(a -> CIDR_FIELDS.stream().filter(f -> !(DUAL_FIELDS.contains(f) && a.get()[0].toString().contains(":")))
                .forEach(f -> cases.add(Arguments.of(f, a.get()[0], a.get()[1], RuleId.CIDR_INVALID))));
        badIpv6Cidrs().forEach(a -> DUAL_FIELDS.forEach(f -> cases.add(Arguments.of(f, a.get()[0], a.get()[1], RuleId.CIDR_INVALID))));
        // The DNS service IP has an id of its own (DNS_IP_INVALID, the catalogue's); other addresses are IP_INVALID.
        badAddresses().forEach(a -> ADDRESS_FIELDS.forEach(f -> cases.add(Arguments.of(f, a.get()[0], a.get()[1],
                f.equals("dns") ? RuleId.DNS_IP_INVALID : RuleId.IP_INVALID))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @MethodSource("yamlCases")
    void yamlRefusesAtTheValueWithAHintNamingTheProblem(String field, String spelling, String hint, RuleId rule) {
        String text = spec(field, spelling);
        SpecReader.Result result = new SpecReader().read("strict.yaml", text);
        assertTrue(result.spec().isEmpty(), "no spec is built from '" + spelling + "'");
        assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(rule, d.rule());
        int offset = text.indexOf("\"" + spelling + "\"");
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        int column = offset - text.lastIndexOf('\n', offset - 1);
        assertEquals(line + ":" + column, d.position().line() + ":" + d.position().column(), d.format());
        assertTrue(d.hint().contains(hint), d.format());
        assertLibraryWordsNeverShown(d);
    }

    @Test
    void everyCanonicalSpellingReads() {
        SpecReader.Result result = new SpecReader().read("ok.yaml", spec(null, null));
        assertEquals(List.of(), result.diagnostics());
        assertTrue(result.spec().isPresent());
        assertEquals("10.10.8.4", result.spec().get().deployment().clusters().get(0).network().egressNextHopIp().toCanonicalString());
    }

    @Test
    void theShorthandHintNeverGuessesAnotherRange() {
        Diagnostic d = new SpecReader().read("s.yaml", spec("subnet", "10.40/22")).diagnostics().get(0);
        assertFalse(d.hint().contains("10.0.0.0/22"), d.format());
        assertFalse(d.hint().contains("10.40.0.0/22"), "shorthand is ambiguous: no spelling is proposed; " + d.format());
    }

    @Test
    void canonicalEdgesAreAccepted() {
        for (String cidr : List.of("0.0.0.0/0", "255.255.255.255/32", "255.255.255.254/31", "10.0.0.0/8", "100.64.0.0/10")) {
            assertEquals(cidr, CidrSyntax.parseIpv4Block(cidr).toCanonicalString());
        }
        for (String address : List.of("0.0.0.0", "255.255.255.255", "10.0.0.10", "192.168.100.200")) {
            assertEquals(address, CidrSyntax.parseIpv4Address(address).toCanonicalString());
        }
    }

    static Stream<Arguments> javaCases() {
        List<Arguments> cases = new ArrayList<>();
        badCidrs().forEach(a -> cases.add(Arguments.of(".podCidr(\"%s\")", a.get()[0], a.get()[1], RuleId.CIDR_INVALID)));
        badCidrs().limit(4).forEach(a -> cases.add(Arguments.of(".serviceCidr(\"%s\")", a.get()[0], a.get()[1], RuleId.CIDR_INVALID)));
        badAddresses().forEach(a -> cases.add(Arguments.of(".userDefinedRouting(\"%s\")", a.get()[0], a.get()[1], RuleId.IP_INVALID)));
        badAddresses().limit(4).forEach(a -> cases.add(Arguments.of(".dnsServiceIp(\"%s\")", a.get()[0], a.get()[1], RuleId.IP_INVALID)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @MethodSource("javaCases")
    void javaDslRefusesAtTheLiteralUnderTheSameRule(String call, String spelling, String hint, RuleId rule) throws IOException {
        String javaLiteral = spelling.replace("\\", "\\\\").replace("\"", "\\\"");
        String source = """
                import dev.aksnet.model.*;

                public class Strict {
                    public static Deployment spec() {
                        return Deployment.builder().location("westeurope").resourceGroup("rg-test")
                                .cluster(Cluster.named("k1")
                                        .network(Network.azureCniOverlay()
                                                %s)
                                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3)))
                                .build();
                    }
                }
                """.formatted(call.formatted(javaLiteral));
        Path file = Files.writeString(Files.createTempDirectory("aksnet-strict").resolve("Strict.java"), source);
        SpecReader.Result result = new JavaSpecCompiler().compile(file, "Strict.java");
        assertTrue(result.spec().isEmpty());
        assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(rule, d.rule(), d.format());
        assertEquals(8, d.position().line(), d.format());
        assertEquals(source.lines().toList().get(7).indexOf('"') + 1, d.position().column(), d.format());
        assertTrue(d.hint().contains(hint), d.format());
        assertLibraryWordsNeverShown(d);
    }

    private static void assertLibraryWordsNeverShown(Diagnostic d) {
        for (String words : List.of("mask must be", "IP address", "segment", "inet_aton", "Exception", "ipaddr")) {
            assertFalse(d.format().contains(words), "the IP library's text reached the user: " + d.format());
        }
    }

    /** The spec with every field valid, and {@code field} (if any) set to {@code value}, double-quoted to keep it exact. */
    private static String spec(String field, String value) {
        String text = SPEC;
        for (String[] v : VALID) {
            String replacement = v[0].equals(field) ? "\"" + value + "\"" : v[1];
            text = text.replace("$" + v[0], replacement);
        }
        return text;
    }
}
