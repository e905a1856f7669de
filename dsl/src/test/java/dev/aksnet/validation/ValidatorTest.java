package dev.aksnet.validation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidatorTest {
    private static final String VALID = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg-test
            virtualNetworks:
              - name: vnet
                addressSpace: [10.10.0.0/16]
                subnets:
                  - name: nodes
                    cidr: 10.10.0.0/22
            clusters:
              - name: k1
                network:
                  plugin: azure-cni-overlay
                nodePools:
                  - name: system
                    mode: system
                    vmSize: Standard_D4s_v5
                    count: 3
                    subnet: nodes
            """;

    @Test
    void validSpecWithDefaultsHasNoDiagnostics() {
        assertEquals(List.of(), RuleFixturesTest.diagnosticsOf("ok.yaml", VALID));
    }

    @Test
    void everyProblemIsReportedInOneRunSortedByPosition() {
        String bad = VALID.replace("name: k1", "name: -k1").replace("10.10.0.0/22", "10.11.0.0/22")
                .replace("count: 3", "count: 3\n        maxPods: 5").replace("mode: system", "mode: system\n        os: windows");
        List<Diagnostic> diagnostics = RuleFixturesTest.diagnosticsOf("bad.yaml", bad);
        assertEquals(List.of(RuleId.SUBNET_OUTSIDE_VNET, RuleId.CLUSTER_NAME_INVALID, RuleId.DNS_PREFIX_INVALID,
                        RuleId.SYSTEM_POOL_LINUX, RuleId.MAXPODS_RANGE,
                        RuleId.MAXPODS_SYSTEM_POOL),
                diagnostics.stream().map(Diagnostic::rule).toList());
        for (int i = 1; i < diagnostics.size(); i++) {
            assertTrue(Diagnostic.BY_POSITION.compare(diagnostics.get(i - 1), diagnostics.get(i)) <= 0);
        }
    }

    @Test
    void textFormIsCompilerStyleWithHintOnSecondLine() {
        String bad = VALID.replace("dnsServiceIp", "x").replace("plugin: azure-cni-overlay",
                "plugin: azure-cni-overlay\n      serviceCidr: 10.0.0.0/16\n      dnsServiceIp: 10.9.0.10");
        Diagnostic d = RuleFixturesTest.diagnosticsOf("cluster.yaml", bad).get(0);
        assertEquals("cluster.yaml:15:21: error[DNS_IP_OUTSIDE_SERVICE_CIDR]: DNS service IP 10.9.0.10 of 'k1' is not inside"
                + " its service CIDR 10.0.0.0/16\n  hint: choose an address inside the service CIDR, e.g. 10.0.0.10", d.format());
    }
}
