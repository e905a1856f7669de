package dev.aksnet.validation;

import dev.aksnet.model.IpFamily;
import dev.aksnet.model.Network;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.yaml.SpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dual-stack specs: the list forms read into the model with AKS's defaults, IPv6 ranges meet the same overlap and
 * containment rules as IPv4 ones (each family on its own), and every diagnostic points at the list item it is about.
 */
class DualStackTest {
    static final String SPEC = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg
            virtualNetworks:
              - name: vnet
                addressSpace: [10.10.0.0/16, "fd00:10:10::/48"]
                subnets:
                  - {name: nodes, cidrs: [10.10.0.0/22, "fd00:10:10::/64"]}
                  - {name: more, cidrs: [10.10.4.0/22, "fd00:10:10:1::/64"]}
            clusters:
              - name: k1
                kubernetesVersion: "1.36"
                network:
                  plugin: azure-cni-overlay
                  ipFamilies: [IPv4, IPv6]
                  podCidrs: [10.244.0.0/16, "fd12:3456:789a::/64"]
                  serviceCidrs: [10.0.0.0/16, "fd12:3456:789a:1::/108"]
                  dnsServiceIp: 10.0.0.10
                nodePools:
                  - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3, subnet: nodes}
            """;

    static SpecReader.Result read(String text) {
        return new SpecReader().read("ds.yaml", text);
    }

    static List<Diagnostic> diagnostics(String text) {
        SpecReader.Result r = read(text);
        List<Diagnostic> all = new java.util.ArrayList<>(r.diagnostics());
        r.spec().ifPresent(s -> all.addAll(Validator.standard().validate(s)));
        return all;
    }

    /** "line:column" of the first occurrence of {@code needle} (1-based), for expected positions. */
    static String at(String text, String needle) {
        int i = text.indexOf(needle);
        assertTrue(i >= 0, needle);
        int line = (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (i - text.lastIndexOf('\n', i - 1));
    }

    @Test
    void theValidSpecReadsIntoBothFamiliesWithNoError() {
        SpecReader.Result r = read(SPEC);
        assertEquals(List.of(), r.diagnostics());
        LoadedSpec spec = r.spec().orElseThrow();
        Network n = spec.deployment().clusters().get(0).network();
        assertEquals(List.of(IpFamily.IPV4, IpFamily.IPV6), n.ipFamilies());
        assertEquals("10.244.0.0/16", n.podCidr().toCanonicalString());
        assertEquals("fd12:3456:789a::/64", n.podCidrV6().toCanonicalString());
        assertEquals("fd12:3456:789a:1::/108", n.effectiveServiceCidrV6().toCanonicalString());
        assertEquals("fd00:10:10::/64", spec.deployment().virtualNetworks().get(0).subnets().get(0).ipv6Cidr().toCanonicalString());
        assertEquals(List.of(), diagnostics(SPEC).stream().filter(Diagnostic::isError).toList());
    }

    @Test
    void ipFamiliesAloneTakeAksDefaultRangesPerFamily() {
        String text = SPEC.replace("      podCidrs: [10.244.0.0/16, \"fd12:3456:789a::/64\"]\n", "")
                .replace("      serviceCidrs: [10.0.0.0/16, \"fd12:3456:789a:1::/108\"]\n      dnsServiceIp: 10.0.0.10\n", "");
        Network n = read(text).spec().orElseThrow().deployment().clusters().get(0).network();
        assertEquals(Network.DEFAULT_POD_CIDR_V6, n.effectivePodCidrV6());
        assertEquals(Network.DEFAULT_SERVICE_CIDR_V6, n.effectiveServiceCidrV6());
        assertEquals("fd12:3456:789a::/64", n.effectivePodCidrV6().toCanonicalString());
    }

    @Test
    void aSingleStackClusterHasNoIpv6Ranges() {
        String text = SPEC.replace("      ipFamilies: [IPv4, IPv6]\n", "").replace("podCidrs: [10.244.0.0/16, \"fd12:3456:789a::/64\"]",
                "podCidr: 10.244.0.0/16").replace("serviceCidrs: [10.0.0.0/16, \"fd12:3456:789a:1::/108\"]", "serviceCidr: 10.0.0.0/16");
        Network n = read(text).spec().orElseThrow().deployment().clusters().get(0).network();
        assertFalse(n.dualStack());
        assertNull(n.effectivePodCidrV6());
        assertNull(n.effectiveServiceCidrV6());
    }

    static java.util.stream.Stream<Arguments> ipv6Cases() {
        return java.util.stream.Stream.of(
                // IPv6 subnets overlapping each other: reported at the later subnet's IPv6 item.
                Arguments.of("SUBNET_OVERLAP", "\"fd00:10:10:1::/64\"]", "\"fd00:10:10::/64\"]", "\"fd00:10:10::/64\"]}"),
                // An IPv6 subnet outside every IPv6 range of its network.
                Arguments.of("SUBNET_OUTSIDE_VNET", "\"fd00:10:10:1::/64\"]", "\"fd00:10:11::/64\"]", "\"fd00:10:11::/64\""),
                // The IPv6 pod range inside the network's IPv6 space.
                Arguments.of("POD_CIDR_OVERLAPS_VNET", "\"fd12:3456:789a::/64\"]", "\"fd00:10:10:ff::/64\"]", "\"fd00:10:10:ff::/64\""),
                // The IPv6 service range inside the IPv6 pod range.
                Arguments.of("SERVICE_CIDR_OVERLAPS_POD_CIDR", "\"fd12:3456:789a:1::/108\"]", "\"fd12:3456:789a::/108\"]",
                        "\"fd12:3456:789a::/108\""),
                // The IPv6 service range in the network's IPv6 space, clear of its subnets.
                Arguments.of("SERVICE_CIDR_OVERLAPS_VNET", "\"fd12:3456:789a:1::/108\"]", "\"fd00:10:10:ff::/108\"]", "\"fd00:10:10:ff::/108\""),
                // An IPv6 subnet that is not a /64.
                Arguments.of("SUBNET_IPV6_PREFIX", "\"fd00:10:10:1::/64\"]", "\"fd00:10:10:100::/56\"]", "\"fd00:10:10:100::/56\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ipv6Cases")
    void ipv6RangesMeetTheRulesOfTheirFamilyAtTheirListItem(String rule, String from, String to, String where) {
        String text = SPEC.replace(from, to);
        assertFalse(text.equals(SPEC), "the edit applies");
        List<Diagnostic> of = diagnostics(text).stream().filter(d -> d.rule() == RuleId.valueOf(rule)).toList();
        assertEquals(1, of.size(), () -> diagnostics(text).toString());
        Diagnostic d = of.get(0);
        // The second occurrence when the edit made the value appear twice (overlap: the later subnet).
        int first = text.indexOf(where);
        int second = text.indexOf(where, first + 1);
        String expected = rule.equals("SUBNET_OVERLAP") && second > 0 ? at(text.substring(0, second) + "\u0000" + text.substring(second), "\u0000")
                : at(text, where);
        assertEquals(expected, d.position().line() + ":" + d.position().column(), d.format());
    }

    @Test
    void ipv4AndIpv6RangesNeverOverlapEachOther() {
        // ::/96 holds the IPv6 values 0 .. 2^32 - 1, the same numbers as all of IPv4: still no overlap.
        String text = SPEC.replace("addressSpace: [10.10.0.0/16, \"fd00:10:10::/48\"]", "addressSpace: [10.10.0.0/16, \"fd00:10:10::/48\", \"::/96\"]");
        List<Diagnostic> d = diagnostics(text);
        assertTrue(d.stream().noneMatch(x -> x.rule() == RuleId.VNET_SPACE_OVERLAP), d.toString());
        String subnets = SPEC.replace("- {name: more, cidrs: [10.10.4.0/22, \"fd00:10:10:1::/64\"]}",
                "- {name: more, cidrs: [10.10.4.0/22, \"fd00:10:10:1::/64\"]}\n      - {name: low, cidrs: [10.10.8.0/24, \"::a0a:800/120\"]}");
        assertTrue(diagnostics(subnets).stream().noneMatch(x -> x.rule() == RuleId.SUBNET_OVERLAP), diagnostics(subnets).toString());
    }

    static java.util.stream.Stream<Arguments> shapes() {
        return java.util.stream.Stream.of(
                Arguments.of("both cidr and cidrs", "{name: nodes, cidrs: [10.10.0.0/22, \"fd00:10:10::/64\"]}",
                        "{name: nodes, cidr: 10.10.0.0/22, cidrs: [10.10.0.0/22, \"fd00:10:10::/64\"]}", "cidr or cidrs, not both"),
                Arguments.of("two IPv4 ranges", "[10.10.0.0/22, \"fd00:10:10::/64\"]", "[10.10.0.0/22, 10.10.8.0/22]", "2 IPv4 and 0 IPv6"),
                Arguments.of("both podCidr and podCidrs", "      dnsServiceIp: 10.0.0.10\n", "      dnsServiceIp: 10.0.0.10\n      podCidr: 10.244.0.0/16\n",
                        "podCidr or podCidrs, not both"),
                Arguments.of("a misspelt family", "ipFamilies: [IPv4, IPv6]", "ipFamilies: [IPv4, ipv6]", "did you mean 'IPv6'?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void listShapesTheReaderRefuses(String name, String from, String to, String says) {
        String text = SPEC.replace(from, to);
        assertFalse(text.equals(SPEC), "the edit applies");
        SpecReader.Result r = read(text);
        assertTrue(r.spec().isEmpty(), name);
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        Diagnostic d = r.diagnostics().get(0);
        assertTrue((d.message() + " " + d.hint()).contains(says), d.format());
        assertTrue(d.position().line() > 0, d.format());
    }

    @Test
    void anIpv6RouteGoesToAnIpv6NextHop() {
        String text = SPEC.replace("      - {name: more, cidrs: [10.10.4.0/22, \"fd00:10:10:1::/64\"]}\n",
                "      - {name: more, cidrs: [10.10.4.0/22, \"fd00:10:10:1::/64\"], routeTable: rt}\nrouteTables:\n  - name: rt\n    routes:\n"
                        + "      - {name: v6, prefix: \"::/0\", nextHop: virtualAppliance, nextHopIp: 10.10.8.4}\n");
        List<Diagnostic> d = diagnostics(text).stream().filter(x -> x.rule() == RuleId.ROUTE_INVALID).toList();
        assertEquals(1, d.size(), diagnostics(text).toString());
        assertTrue(d.get(0).message().contains("IPv6 prefix to the IPv4 address"), d.get(0).format());
        assertEquals(at(text, "10.10.8.4}"), d.get(0).position().line() + ":" + d.get(0).position().column());
        assertEquals(List.of(), diagnostics(text.replace("nextHopIp: 10.10.8.4}", "nextHopIp: \"fd00:10:10:ff::4\"}")).stream()
                .filter(x -> x.rule() == RuleId.ROUTE_INVALID).toList());
    }

    @Test
    void theJavaDslBuildsTheSameNetwork() {
        Network java = Network.azureCniOverlay().dualStack().podCidrs("10.244.0.0/16", "fd12:3456:789a::/64")
                .serviceCidrs("10.0.0.0/16", "fd12:3456:789a:1::/108").dnsServiceIp("10.0.0.10").build();
        Network yaml = read(SPEC).spec().orElseThrow().deployment().clusters().get(0).network();
        assertEquals(yaml, java);
    }
}
