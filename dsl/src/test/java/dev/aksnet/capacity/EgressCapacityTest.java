package dev.aksnet.capacity;

import dev.aksnet.model.Deployment;
import dev.aksnet.resolve.ResolvedSpec;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.yaml.SpecReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SNAT figures, each worked out by hand in its comment from the AKS and NAT gateway docs' arithmetic. */
class EgressCapacityTest {

    private static EgressCapacity egress(String network, String pools) {
        String yaml = """
                apiVersion: aksnet/v1
                location: westeurope
                resourceGroup: rg
                virtualNetworks:
                  - name: vnet
                    addressSpace: [10.10.0.0/16]
                    subnets:
                      - {name: nodes, cidr: 10.10.0.0/20, natGateway: nat}
                      - {name: plain, cidr: 10.10.16.0/20}
                natGateways:
                  - {name: nat, publicIps: 1, publicIpPrefixLength: 30}
                clusters:
                  - name: k
                    network:
                      plugin: azure-cni-overlay
                """ + network + "    nodePools:\n" + pools;
        LoadedSpec spec = new SpecReader().read("spec.yaml", yaml).spec().orElseThrow();
        Deployment d = spec.deployment();
        ResolvedSpec resolved = ResolvedSpec.of(d);
        return EgressCapacity.of(resolved, resolved.clusters().get(0));
    }

    private static final String SYSTEM_3 = "      - {name: system, mode: system, vmSize: v, count: 3, subnet: plain}\n";
    private static final String WEB_20 = "      - {name: web, vmSize: v, autoscale: {min: 1, max: 20}, subnet: plain}\n";

    @Test
    void fixedPortsOnManagedIps() {
        // 3 + 20 nodes; surge 1 + 2; 2 IPs × 64,000 = 128,000 ports; 4,000 × 26 = 104,000 → 2 IPs, 32 nodes, 6 spare.
        EgressCapacity e = egress("      loadBalancer: {managedOutboundIps: 2, allocatedOutboundPorts: 4000}\n", SYSTEM_3 + WEB_20);
        assertEquals(23, e.maxNodes());
        assertEquals(3, e.surgeNodes());
        assertEquals(Optional.of(128_000L), e.portsAvailable());
        assertEquals(Optional.of(4_000L), e.portsPerNodeAtMaxScale());
        assertEquals(Optional.of(2), e.addressesNeeded());
        assertEquals(Optional.of(32L), e.nodesSupported());
        assertEquals(Optional.of(6L), e.headroomNodes());
        assertEquals(EgressCapacity.Status.OK, e.status());
    }

    @Test
    void fixedPortsThatExhaustOrLeaveNoSurgeRoom() {
        // 1 IP: 64,000 ports. 3,000 × 23 = 69,000 > 64,000: exhausted (21 nodes at most).
        EgressCapacity exhausted = egress("      loadBalancer: {allocatedOutboundPorts: 3000}\n", SYSTEM_3 + WEB_20);
        assertEquals(EgressCapacity.Status.EXHAUSTED, exhausted.status());
        assertEquals(Optional.of(21L), exhausted.nodesSupported());
        assertEquals(Optional.of(-5L), exhausted.headroomNodes());
        assertEquals(Optional.of(2), exhausted.addressesNeeded()); // 3,000 × 26 = 78,000 → 2 IPs
        // 2,600 × 23 = 59,800 fits; 2,600 × 26 = 67,600 does not.
        assertEquals(EgressCapacity.Status.NO_SURGE_ROOM, egress("      loadBalancer: {allocatedOutboundPorts: 2600}\n", SYSTEM_3 + WEB_20).status());
        // Managed IPs by id count one each: 2 × 64,000 = 128,000 ≥ 3,000 × 26.
        assertEquals(EgressCapacity.Status.OK, egress("""
                      loadBalancer:
                        allocatedOutboundPorts: 3000
                        outboundIpIds: [/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/a, /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/b]
                """, SYSTEM_3 + WEB_20).status());
    }

    @Test
    void prefixesByIdLeaveTheAddressesUnknown() {
        EgressCapacity e = egress("""
                      loadBalancer:
                        allocatedOutboundPorts: 3000
                        outboundIpPrefixIds: [/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/p]
                """, SYSTEM_3 + WEB_20);
        assertEquals(Optional.empty(), e.addresses());
        assertEquals(EgressCapacity.Status.UNKNOWN, e.status());
    }

    @ParameterizedTest(name = "{0} nodes get {1} ports by default")
    @CsvSource({"1, 1024", "50, 1024", "51, 512", "100, 512", "101, 256", "200, 256", "201, 128", "400, 128", "401, 64", "800, 64",
            "801, 32", "1000, 32", "5000, 32"})
    void azureDefaultAllocationByPoolSize(int nodes, int ports) {
        assertEquals(ports, EgressCapacity.defaultPortsPerNode(nodes));
    }

    @Test
    void defaultAllocationPastFiftyNodesIsFewPorts() {
        // 3 + 45 nodes, surge 1 + 5 = 54 nodes: 512 ports each.
        EgressCapacity e = egress("", SYSTEM_3 + "      - {name: web, vmSize: v, count: 45, subnet: plain}\n");
        assertEquals(Optional.of(512L), e.portsPerNodeAtMaxScale());
        assertEquals(EgressCapacity.Status.FEW_PORTS, e.status());
        assertEquals(Optional.empty(), e.addressesNeeded());
    }

    @Test
    void natGatewayOfTheSpecCountsItsPrefix() {
        // nat: 1 IP + a /30 (4) = 5 addresses × 64,512 = 322,560 ports for 3 + 1 nodes: 80,640 each; 315 nodes at 1,024.
        EgressCapacity e = egress("      outbound: userAssignedNatGateway\n",
                "      - {name: system, mode: system, vmSize: v, count: 3, subnet: nodes}\n");
        assertEquals(Optional.of(5), e.addresses());
        assertEquals(Optional.of(322_560L), e.portsAvailable());
        assertEquals(Optional.of(80_640L), e.portsPerNodeAtMaxScale());
        assertEquals(Optional.of(1), e.addressesNeeded());
        assertEquals(Optional.of(311L), e.headroomNodes()); // 322,560 / 1,024 = 315, less 4 nodes
    }

    @Test
    void natGatewayAksnetAddsHasOneIpAndAManagedOneItsCount() {
        // 'plain' gets aksnet's own NAT gateway: 1 IP, 64,512 ports, for 60 + 6 nodes: 977 each, fewer than 1,024.
        EgressCapacity added = egress("      outbound: userAssignedNatGateway\n",
                "      - {name: system, mode: system, vmSize: v, count: 60, subnet: plain}\n");
        assertEquals(Optional.of(1), added.addresses());
        assertEquals(Optional.of(977L), added.portsPerNodeAtMaxScale());
        assertEquals(EgressCapacity.Status.FEW_PORTS, added.status());
        assertEquals(Optional.of(2), added.addressesNeeded()); // 1,024 × 66 = 67,584 → 2 IPs
    }
}
