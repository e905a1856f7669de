package dev.aksnet.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Address arithmetic at the top and the bottom of the IPv4 range (issue 12 §8: {@code serviceCidr: 255.255.255.255/32}
 * was an internal error): every CIDR and address field takes every edge value through validate, plan and generate of
 * both targets, and the run ends with a spec verdict (0 or 1), never an internal error.
 */
class EdgeAddressTest {
    private static final String SPEC = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg-test
            connectedNetworks:
              - {name: onprem, cidrs: ["$connected"]}
            virtualNetworks:
              - name: vnet
                addressSpace: ["$space"]
                subnets:
                  - {name: nodes, cidr: "$subnet"}
                  - {name: appgw, cidr: "$ingress"}
            clusters:
              - name: k1
                network:
                  plugin: $plugin
                  podCidr: "$pod"
                  serviceCidr: "$service"
                  dnsServiceIp: "$dns"
                  outbound: userDefinedRouting
                  egressNextHopIp: "$hop"
                ingress: {type: applicationGatewayIngressController, subnet: appgw}
                nodePools:
                  - {name: system, mode: system, vmSize: Standard_D4s_v5, autoscale: {min: 1, max: 3}, subnet: nodes}
            """;
    private static final String[][] DEFAULTS = {{"connected", "192.168.0.0/16"}, {"space", "10.10.0.0/16"},
        {"subnet", "10.10.0.0/22"}, {"ingress", "10.10.8.0/24"}, {"pod", "10.244.0.0/16"}, {"service", "10.0.0.0/16"},
        {"dns", "10.0.0.10"}, {"hop", "10.10.9.4"}, {"plugin", "kubenet"}};
    private static final List<String> EDGE_CIDRS = List.of("0.0.0.0/0", "0.0.0.0/32", "0.0.0.0/31", "255.255.255.255/32",
            "255.255.255.254/31", "255.255.255.248/29", "128.0.0.0/1", "0.0.0.0/1", "10.0.0.0/30");
    private static final List<String> EDGE_ADDRESSES = List.of("0.0.0.0", "255.255.255.255", "255.255.255.254", "0.0.0.1",
            "10.10.0.0", "10.10.3.255", "10.0.0.0", "10.0.255.255");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String plugin : List.of("kubenet", "azure-cni-overlay")) {
            for (String field : List.of("connected", "space", "subnet", "ingress", "pod", "service")) {
                EDGE_CIDRS.forEach(v -> cases.add(Arguments.of(plugin, field, v)));
            }
            for (String field : List.of("dns", "hop")) {
                EDGE_ADDRESSES.forEach(v -> cases.add(Arguments.of(plugin, field, v)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("cases")
    void edgeValuesGetAVerdictNotAnInternalError(String plugin, String field, String value, @TempDir Path dir) throws IOException {
        String text = SPEC;
        for (String[] d : DEFAULTS) {
            String v = d[0].equals("plugin") ? plugin : d[0].equals(field) ? value : d[1];
            text = text.replace("$" + d[0], v);
        }
        Path spec = Files.writeString(dir.resolve("edge.yaml"), text);
        List<CliTest.Run> runs = List.of(
                CliTest.run("validate", spec.toString()),
                CliTest.run("validate", "--format", "json", spec.toString()),
                CliTest.run("plan", spec.toString()),
                CliTest.run("generate", "-t", "terraform", "-o", dir.resolve("tf").toString(), spec.toString()),
                CliTest.run("generate", "-t", "bicep", "-o", dir.resolve("bicep").toString(), spec.toString()));
        for (CliTest.Run r : runs) {
            assertNotEquals(ExitCodes.INTERNAL_ERROR, r.code(), r.err());
            assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), r.err());
            assertTrue(r.code() == ExitCodes.OK || r.code() == ExitCodes.INVALID_SPEC, r.code() + ": " + r.err());
        }
    }
}
