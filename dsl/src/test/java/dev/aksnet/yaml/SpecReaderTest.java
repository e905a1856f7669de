package dev.aksnet.yaml;

import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecReaderTest {
    private final SpecReader reader = new SpecReader();

    private static final String VALID = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg-test
            tags: {env: prod}
            clusters:
              - name: k1
                network: {plugin: azure-cni-overlay}
                nodePools:
                  - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3}
            """;

    private Diagnostic only(SpecReader.Result r) {
        assertEquals(1, r.diagnostics().size(), () -> r.diagnostics().toString());
        return r.diagnostics().get(0);
    }

    @Test
    void readsAValidSpecIntoTheModel() {
        var r = reader.read("a.yaml", VALID);
        assertEquals(List.of(), r.diagnostics());
        var d = r.spec().orElseThrow().deployment();
        assertEquals("prod", d.tags().get("env"));
        assertEquals(3, d.clusters().get(0).nodePools().get(0).count().max());
        assertEquals("3:1", r.spec().orElseThrow().sourceMap().keyOf("resourceGroup").line() + ":1");
    }

    @Test
    void unknownKeyGetsADidYouMeanHintAndTheModelIsStillBuilt() {
        var r = reader.read("a.yaml", VALID.replace("tags:", "tagz:"));
        Diagnostic d = only(r);
        assertEquals(RuleId.SPEC_UNKNOWN_KEY, d.rule());
        assertEquals("did you mean 'tags'?", d.hint());
        assertEquals(4, d.position().line());
        assertTrue(r.spec().isPresent());
    }

    @Test
    void unquotedVersionNumberIsABadValueWithAQuoteHint() {
        var r = reader.read("a.yaml", VALID.replace("  - name: k1\n", "  - name: k1\n    kubernetesVersion: 1.30\n"));
        Diagnostic d = only(r);
        assertEquals(RuleId.SPEC_BAD_VALUE, d.rule());
        assertEquals("7:24", d.position().line() + ":" + d.position().column());
        assertTrue(d.hint().contains("\"1.30\""), d.hint());
        assertFalse(r.spec().isPresent());
    }

    @Test
    void yaml11BooleanWhereAStringBelongsIsABadValue() {
        Diagnostic d = only(reader.read("a.yaml", VALID.replace("location: westeurope", "location: no")));
        assertEquals(RuleId.SPEC_BAD_VALUE, d.rule());
        assertEquals(2, d.position().line());
    }

    @Test
    void unreadableYamlIsPositioned() {
        Diagnostic d = only(reader.read("a.yaml", "apiVersion: aksnet/v1\nclusters: [\n  {name: x\n"));
        assertEquals(RuleId.SPEC_UNREADABLE, d.rule());
        assertTrue(d.position().line() > 0);
    }

    @Test
    void emptyFileMultipleDocumentsAndDuplicateKeysAreUnreadable() {
        assertEquals(RuleId.SPEC_UNREADABLE, only(reader.read("a.yaml", "")).rule());
        assertEquals(RuleId.SPEC_UNREADABLE, only(reader.read("a.yaml", VALID + "---\n" + VALID)).rule());
        Diagnostic dup = only(reader.read("a.yaml", VALID + "location: northeurope\n"));
        assertEquals(RuleId.SPEC_UNREADABLE, dup.rule());
        assertEquals(10, dup.position().line());
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        var r = reader.read("bomb.yaml", bomb.toString());
        assertFalse(r.spec().isPresent());
        assertFalse(r.diagnostics().isEmpty());
    }

    @Test
    void missingFileDirectoryAndNonUtf8AreUnreadable(@TempDir Path dir) throws IOException {
        assertEquals(RuleId.SPEC_UNREADABLE, only(reader.read(dir.resolve("nope.yaml"))).rule());
        assertEquals(RuleId.SPEC_UNREADABLE, only(reader.read(dir)).rule());
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, new byte[]{'a', ':', ' ', (byte) 0xE9, '\n'});
        assertTrue(only(reader.read(latin1)).message().contains("UTF-8"));
    }

    @Test
    void byteOrderMarkIsAccepted() {
        assertEquals(List.of(), reader.read("a.yaml", "\uFEFF" + VALID).diagnostics());
    }

    @Test
    void missingRequiredKeyIsReportedAtItsParent() {
        Diagnostic d = only(reader.read("a.yaml", VALID.replace("vmSize: Standard_D4s_v5, ", "")));
        assertEquals(RuleId.SPEC_MISSING_KEY, d.rule());
        assertEquals("9:9", d.position().line() + ":" + d.position().column());
    }

    @Test
    void suggestionsNeedToBeClose() {
        assertEquals("subnets", Suggestions.closest("subnetz", List.of("name", "subnets")).orElseThrow());
        assertTrue(Suggestions.closest("zzzzzz", List.of("name", "subnets")).isEmpty());
    }

    /** "key:" with nothing after it is YAML's null: as absent as no key; an empty list item is no mapping. */
    @Test
    void anEmptyValueIsAbsentAndAnEmptyListItemIsNoMapping() {
        var absent = reader.read("a.yaml", VALID.replace("  - name: k1\n", "  - name: k1\n    apiServer:\n    ingress:\n"));
        assertEquals(List.of(), absent.diagnostics());
        assertEquals(null, absent.spec().orElseThrow().deployment().clusters().get(0).apiServer());
        var item = reader.read("a.yaml", VALID.replace("  - {name: system", "  -\n      - {name: system"));
        Diagnostic d = only(item);
        assertEquals(RuleId.SPEC_BAD_VALUE, d.rule());
        assertTrue(d.message().contains("not nothing (null)"), d.message());
    }

    /** An NSG rule's ports as a list (the API's destinationPortRanges) read as the one string aksnet keeps. */
    @Test
    void nsgRulePortsMayBeAList() {
        String spec = VALID + "networkSecurityGroups:\n  - name: nsg\n    rules:\n      - {name: r, priority: 100, direction: inbound, "
                + "access: deny, source: Internet, ports: PORTS}\n";
        var r = reader.read("a.yaml", spec.replace("PORTS", "[22, \"3389\", \"5000-5010\"]"));
        assertEquals(List.of(), r.diagnostics());
        assertEquals("22,3389,5000-5010", r.spec().orElseThrow().deployment().networkSecurityGroups().get(0).rules().get(0).ports());
        Diagnostic bad = only(reader.read("a.yaml", spec.replace("PORTS", "[22, true]")));
        assertEquals(RuleId.SPEC_BAD_VALUE, bad.rule());
        assertEquals(13, bad.position().line());
    }

    /** Keys spelt as the Azure API or azurerm spells them point to aksnet's. */
    @Test
    void azureApiAndAzurermSpellingsSuggestTheSpecKey() {
        List<String> network = List.of("plugin", "policy", "dataplane", "outbound", "dnsServiceIp", "podCidr");
        assertEquals("policy", Suggestions.closest("networkPolicy", network).orElseThrow());
        assertEquals("plugin", Suggestions.closest("network_plugin", network).orElseThrow());
        assertEquals("dataplane", Suggestions.closest("networkDataplane", network).orElseThrow());
        assertEquals("outbound", Suggestions.closest("outboundType", network).orElseThrow());
        assertEquals("dnsServiceIp", Suggestions.closest("dns_service_ip", network).orElseThrow());
        assertEquals("podCidr", Suggestions.closest("pod_cidr", network).orElseThrow());
    }

    @Test
    void egressAndZonesAreReadIntoTheModel() {
        var r = reader.read("a.yaml", VALID.replace("network: {plugin: azure-cni-overlay}",
                        "network: {plugin: azure-cni-overlay, loadBalancer: {managedOutboundIps: 2, allocatedOutboundPorts: 8000, idleTimeoutMinutes: 30}}")
                .replace("count: 3}", "count: 3, zones: [1, 2, 3], nodePublicIp: true}"));
        assertEquals(List.of(), r.diagnostics());
        var c = r.spec().orElseThrow().deployment().clusters().get(0);
        assertEquals(new dev.aksnet.model.LoadBalancerProfile(2, List.of(), List.of(), 8000, 30), c.network().loadBalancer());
        assertEquals(List.of(1, 2, 3), c.nodePools().get(0).zones());
        assertTrue(c.nodePools().get(0).nodePublicIp());
    }

    @Test
    void aZoneThatIsNoNumberIsABadValueAtTheZone() {
        var r = reader.read("a.yaml", VALID.replace("count: 3}", "count: 3, zones: [1, two]}"));
        Diagnostic d = only(r);
        assertEquals(RuleId.SPEC_BAD_VALUE, d.rule());
        assertEquals(9, d.position().line());
        assertEquals(VALID.lines().toList().get(8).indexOf("}") + 1 + ", zones: [1, ".length(), d.position().column());
        assertTrue(r.spec().isEmpty());
    }

    @Test
    void aMisspeltLoadBalancerKeyGetsItsDidYouMean() {
        var r = reader.read("a.yaml", VALID.replace("network: {plugin: azure-cni-overlay}",
                "network: {plugin: azure-cni-overlay, loadBalancer: {allocatedOutboundPort: 8000}}"));
        Diagnostic d = only(r);
        assertEquals(RuleId.SPEC_UNKNOWN_KEY, d.rule());
        assertEquals("did you mean 'allocatedOutboundPorts'?", d.hint());
    }
}
