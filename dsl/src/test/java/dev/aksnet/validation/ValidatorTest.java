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
    void aSmallIngressSubnetNamedByTwoClustersIsReportedOnce() {
        String spec = VALID
                .replace("        cidr: 10.10.0.0/22\n", "        cidr: 10.10.0.0/22\n      - {name: appgw, cidr: 10.10.8.0/26}\n")
                .replace("      plugin: azure-cni-overlay\n",
                        "      plugin: azure-cni-overlay\n    ingress: {type: applicationGatewayIngressController, subnet: appgw}\n")
                + "  - name: k2\n"
                + "    network: {plugin: azure-cni-overlay}\n"
                + "    ingress: {type: applicationGatewayIngressController, subnet: appgw}\n"
                + "    nodePools:\n"
                + "      - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3, subnet: nodes}\n";
        List<Diagnostic> found = RuleFixturesTest.diagnosticsOf("two.yaml", spec);
        assertEquals(1, found.stream().filter(d -> d.rule() == RuleId.INGRESS_GATEWAY_SUBNET_SMALL).count(), found.toString());
        assertEquals(1, found.stream().filter(d -> d.rule() == RuleId.INGRESS_SUBNET_SHARED).count(), found.toString());
    }

    /** Issue 12 §8: next hops no firewall can have, and the service CIDR's broadcast address as DNS IP, are errors. */
    @Test
    void nextHopsNoHostCanHaveAndTheServiceBroadcastAreErrors() {
        String udr = VALID.replace("        cidr: 10.10.0.0/22\n", "        cidr: 10.10.0.0/22\n      - {name: fw, cidr: 10.10.255.0/26}\n")
                .replace("      plugin: azure-cni-overlay\n", "      plugin: azure-cni-overlay\n      outbound: userDefinedRouting\n"
                        + "      egressNextHopIp: HOP\n");
        assertEquals(List.of(), errors(udr.replace("HOP", "10.10.255.4")));
        for (String hop : List.of("0.0.0.0", "255.255.255.255", "10.10.255.0", "10.10.255.1", "10.10.255.3", "10.10.255.63",
                "127.0.0.1", "169.254.169.254", "224.0.0.1", "10.10.3.255")) {
            assertEquals(List.of(RuleId.EGRESS_NEXT_HOP_INVALID), errors(udr.replace("HOP", hop)), hop);
        }
        assertEquals(List.of(RuleId.EGRESS_NEXT_HOP_PUBLIC), errors(udr.replace("HOP", "8.8.8.8")));
        assertEquals(List.of(RuleId.EGRESS_NEXT_HOP_IN_NODE_SUBNET), errors(udr.replace("HOP", "10.10.1.4")));

        String dns = VALID.replace("      plugin: azure-cni-overlay\n",
                "      plugin: azure-cni-overlay\n      serviceCidr: 10.0.0.0/16\n      dnsServiceIp: DNS\n");
        assertEquals(List.of(), errors(dns.replace("DNS", "10.0.255.254")));
        for (String ip : List.of("10.0.255.255", "10.0.0.0", "10.0.0.1")) {
            assertEquals(List.of(RuleId.DNS_IP_RESERVED), errors(dns.replace("DNS", ip)), ip);
        }
    }

    private static List<RuleId> errors(String spec) {
        return RuleFixturesTest.diagnosticsOf("s.yaml", spec).stream().filter(Diagnostic::isError).map(Diagnostic::rule).toList();
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
    void misspeltServiceEndpointGetsTheClosestName() {
        String bad = VALID.replace("cidr: 10.10.0.0/22", "cidr: 10.10.0.0/22\n        serviceEndpoints: [Microsoft.KeyVolt, Microsoft.Nothing]");
        List<Diagnostic> diagnostics = RuleFixturesTest.diagnosticsOf("se.yaml", bad);
        assertEquals(List.of(RuleId.SERVICE_ENDPOINT_UNKNOWN, RuleId.SERVICE_ENDPOINT_UNKNOWN), diagnostics.stream().map(Diagnostic::rule).toList());
        assertEquals("did you mean 'Microsoft.KeyVault'?", diagnostics.get(0).hint());
        assertTrue(diagnostics.get(1).hint().startsWith("use one of Microsoft.AzureActiveDirectory, "), diagnostics.get(1).hint());
    }

    @Test
    void clusterLevelServiceEndpointsOnOwnNetworkPointToTheSubnet() {
        String bad = VALID.replace("  - name: k1\n", "  - name: k1\n    serviceEndpoints: [Microsoft.Storage]\n");
        List<Diagnostic> diagnostics = RuleFixturesTest.diagnosticsOf("se.yaml", bad);
        assertEquals(List.of(RuleId.SERVICE_ENDPOINTS_NOT_ON_SUBNET), diagnostics.stream().map(Diagnostic::rule).toList());
        assertEquals("list serviceEndpoints on the subnet itself: nodes", diagnostics.get(0).hint());
    }

    @Test
    void textFormIsCompilerStyleWithHintOnSecondLine() {
        String bad = VALID.replace("dnsServiceIp", "x").replace("plugin: azure-cni-overlay",
                "plugin: azure-cni-overlay\n      serviceCidr: 10.0.0.0/16\n      dnsServiceIp: 10.9.0.10");
        Diagnostic d = RuleFixturesTest.diagnosticsOf("cluster.yaml", bad).get(0);
        assertEquals("cluster.yaml:15:21: error[DNS_IP_OUTSIDE_SERVICE_CIDR]: DNS service IP 10.9.0.10 of 'k1' is not inside"
                + " its service CIDR 10.0.0.0/16\n  hint: choose an address inside the service CIDR, e.g. 10.0.0.10", d.format());
    }

    @Test
    void aSpecWithTenMistakesShowsTenDiagnostics() {
        String ten = """
                apiVersion: aksnet/v1
                location: westeurope
                resourceGroup: rg-test.
                tags: {"cost/center": x}
                virtualNetworks:
                  - name: vnet
                    addressSpace: [10.10.0.0/16]
                    subnets:
                      - name: nodes
                        cidr: 10.10.0.0/22
                      - name: more
                        cidr: 10.10.2.0/24
                      - name: tiny
                        cidr: 10.10.8.0/30
                clusters:
                  - name: k1
                    network:
                      plugin: kubenet
                      policy: azure
                      podCidr: 10.10.0.0/16
                      serviceCidr: 10.0.0.0/16
                      dnsServiceIp: 10.1.0.10
                    nodePools:
                      - name: system
                        mode: system
                        vmSize: Standard_D4s_v5
                        count: 3
                        maxPods: 300
                        subnet: nodes
                      - name: windows1
                        os: windows
                        vmSize: Standard_D4s_v5
                        count: 1
                        subnet: nodes
                """;
        List<Diagnostic> errors = RuleFixturesTest.diagnosticsOf("ten.yaml", ten).stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(RuleId.RESOURCE_GROUP_NAME_INVALID, RuleId.SUBNET_OVERLAP, RuleId.SUBNET_TOO_SMALL,
                        RuleId.KUBENET_POLICY, RuleId.POD_CIDR_OVERLAPS_VNET, RuleId.DNS_IP_OUTSIDE_SERVICE_CIDR,
                        RuleId.MAXPODS_RANGE, RuleId.WINDOWS_POOL_NAME_TOO_LONG, RuleId.KUBENET_NO_WINDOWS,
                        RuleId.TAG_INVALID).stream().sorted().toList(),
                errors.stream().map(Diagnostic::rule).sorted().toList());
        for (int i = 1; i < errors.size(); i++) {
            assertTrue(Diagnostic.BY_POSITION.compare(errors.get(i - 1), errors.get(i)) <= 0, "sorted by position");
        }
    }

    /** A peered network is a connected one: its overlap with the pod CIDR is reported once, as such. */
    @Test
    void aPeeredNetworkOverlappingThePodCidrIsConnectedNotASpecNetworkToPeerLater() {
        String spec = """
                apiVersion: aksnet/v1
                location: westeurope
                resourceGroup: rg-test
                virtualNetworks:
                  - name: hub
                    existing: true
                    resourceGroup: rg-hub
                    addressSpace: [10.244.0.0/24]
                  - name: vnet
                    addressSpace: [10.10.0.0/16]
                    peerings: [{remote: hub}]
                    subnets:
                      - {name: nodes, cidr: 10.10.0.0/22}
                clusters:
                  - name: k1
                    network: {plugin: azure-cni-overlay, podCidr: 10.244.0.0/16}
                    nodePools:
                      - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3, subnet: nodes}
                """;
        List<Diagnostic> found = RuleFixturesTest.diagnosticsOf("peered.yaml", spec);
        assertEquals(1, found.stream().filter(d -> d.rule() == RuleId.POD_CIDR_OVERLAPS_CONNECTED).count(), found.toString());
        assertEquals(0, found.stream().filter(d -> d.rule() == RuleId.POD_CIDR_OVERLAPS_SPEC_VNET).count(), found.toString());
    }

    private static final String HUB_AND_SPOKE = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg-test
            connectedNetworks:
              - {name: on-premises, cidrs: [192.168.0.0/16]}
            virtualNetworks:
              - name: hub
                existing: true
                resourceGroup: rg-hub
                addressSpace: [10.200.0.0/24]
              - name: hub2
                existing: true
                resourceGroup: rg-hub
                addressSpace: [10.201.0.0/24]
              - name: vnet
                addressSpace: [10.10.0.0/16]
                dnsServers: [DNS]
                peerings: [{remote: hub, useRemoteGateways: true}, {remote: hub2, useRemoteGateways: GW2}]
                subnets:
                  - {name: nodes, cidr: 10.10.0.0/22}
            clusters:
              - name: k1
                privateCluster: true
                network: {plugin: azure-cni-overlay}
                nodePools:
                  - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3, subnet: nodes}
            """;

    private static List<Diagnostic> of(RuleId rule, String spec) {
        return RuleFixturesTest.diagnosticsOf("hub.yaml", spec).stream().filter(d -> d.rule() == rule).toList();
    }

    /** Azure takes useRemoteGateways on one peering of a network; the second is refused where it is written. */
    @Test
    void aSecondPeeringUsingARemoteGatewayIsRefusedAtItsFlag() {
        List<Diagnostic> refused = of(RuleId.PEERING_REMOTE_GATEWAY_REFUSED, HUB_AND_SPOKE.replace("DNS", "10.10.0.4").replace("GW2", "true"));
        assertEquals(1, refused.size(), refused.toString());
        assertEquals(18, refused.get(0).position().line(), refused.toString());
        assertEquals(List.of(), of(RuleId.PEERING_REMOTE_GATEWAY_REFUSED, HUB_AND_SPOKE.replace("DNS", "10.10.0.4").replace("GW2", "false")));
    }

    /** The system zone is linked to the cluster's network only: DNS servers in the hub cannot resolve it. */
    @Test
    void customDnsServersInAnotherNetworkCannotResolveTheSystemZone() {
        List<Diagnostic> inHub = of(RuleId.PRIVATE_DNS_ZONE_NOT_LINKED, HUB_AND_SPOKE.replace("DNS", "10.200.0.4").replace("GW2", "false"));
        assertEquals(1, inHub.size(), inHub.toString());
        assertEquals(23, inHub.get(0).position().line(), "at privateCluster: " + inHub);
        assertTrue(inHub.get(0).message().contains("system private DNS zone"), inHub.toString());
        assertEquals(List.of(), of(RuleId.PRIVATE_DNS_ZONE_NOT_LINKED, HUB_AND_SPOKE.replace("DNS", "10.10.0.4").replace("GW2", "false")),
                "servers in the cluster's own network resolve the system zone");
        assertEquals(List.of(), of(RuleId.PRIVATE_DNS_ZONE_NOT_LINKED, HUB_AND_SPOKE.replace("DNS", "10.200.0.4").replace("GW2", "false")
                .replace("privateCluster: true\n", "privateCluster: true\n    privateDnsZone: none\n")), "no zone, nothing to link");
    }

    /** A zone given by id: aksnet cannot see its links, and says which network they must include. */
    @Test
    void aZoneGivenByIdWithDnsServersInTheHubIsAWarningNamingTheHub() {
        String byId = HUB_AND_SPOKE.replace("DNS", "10.200.0.4").replace("GW2", "false").replace("privateCluster: true\n",
                "privateCluster: true\n    privateDnsZone: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dns/providers/"
                        + "Microsoft.Network/privateDnsZones/privatelink.westeurope.azmk8s.io\n");
        List<Diagnostic> found = of(RuleId.PRIVATE_DNS_ZONE_NOT_LINKED, byId);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("cannot see the links") && found.get(0).hint().contains("hub"), found.toString());
        assertEquals(24, found.get(0).position().line(), "at privateDnsZone");
    }

    /** A DNS server in a connected network: aksnet cannot see the zone's links there, and says so. */
    @Test
    void customDnsServersInAConnectedNetworkAreAWarningAksnetCannotCheck() {
        List<Diagnostic> onPremises = of(RuleId.PRIVATE_DNS_ZONE_NOT_LINKED, HUB_AND_SPOKE.replace("DNS", "192.168.1.4").replace("GW2", "false"));
        assertEquals(1, onPremises.size(), onPremises.toString());
        assertTrue(onPremises.get(0).message().contains("connected network"), onPremises.toString());
        assertEquals(Severity.WARNING, onPremises.get(0).severity());
    }

    /** An NSG rule is an error when it blocks a port AKS uses, a warning when it blocks only workloads' ports or protocols. */
    @Test
    void nsgDenyRulesAreErrorsOnAksPortsAndWarningsOnOthers() {
        String nsg = VALID.replace("        cidr: 10.10.0.0/22\n", "        cidr: 10.10.0.0/22\n        networkSecurityGroup: nsg\n")
                + "networkSecurityGroups:\n  - name: nsg\n    rules:\n      - RULE\n";
        String icmp = "{name: deny-icmp, priority: 100, direction: inbound, access: deny, protocol: icmp, source: \"*\", destination: \"*\", ports: \"*\"}";
        String dns = "{name: deny-dns, priority: 100, direction: inbound, access: deny, protocol: udp, source: VirtualNetwork, destination: \"*\", ports: \"53\"}";
        String probes = "{name: deny-high, priority: 100, direction: inbound, access: deny, protocol: tcp, source: \"*\", destination: \"*\", ports: \"30000-30010\"}";
        assertEquals(List.of(RuleId.NSG_BLOCKS_WORKLOAD_TRAFFIC), rules(nsg.replace("RULE", icmp)));
        assertEquals(List.of(RuleId.NSG_BLOCKS_CLUSTER_TRAFFIC), rules(nsg.replace("RULE", dns)));
        assertEquals(List.of(RuleId.NSG_BLOCKS_CLUSTER_TRAFFIC), rules(nsg.replace("RULE", probes)), "the probes reach node ports");
    }

    private static List<RuleId> rules(String spec) {
        return RuleFixturesTest.diagnosticsOf("nsg.yaml", spec).stream().map(Diagnostic::rule).toList();
    }

    /** Two zones of one name, or one network linked twice to a zone, are refused by Azure: NAME_DUPLICATE at the second. */
    @Test
    void aPrivateDnsZoneDeclaredTwiceOrLinkedTwiceToANetworkIsADuplicate() {
        String zones = VALID + "privateDnsZones:\n  - {name: privatelink.westeurope.azmk8s.io, links: [vnet, VNET]}\n"
                + "  - {name: PrivateLink.westeurope.azmk8s.io, links: []}\n";
        List<Diagnostic> found = RuleFixturesTest.diagnosticsOf("zones.yaml", zones).stream().filter(d -> d.rule() == RuleId.NAME_DUPLICATE).toList();
        assertEquals(List.of("21:60", "22:12"), found.stream().map(d -> d.position().line() + ":" + d.position().column()).toList(), found.toString());
    }

    /** A network's location: a created one is where the deployment is; one holding a cluster's subnets is in its region. */
    @Test
    void aNetworksLocationIsTheClustersRegionAndACreatedOneTheDeployments() {
        assertEquals(List.of(), rules(VALID.replace("  - name: vnet\n", "  - name: vnet\n    location: West Europe\n")), "one region, two spellings");
        assertEquals(List.of(RuleId.VNET_LOCATION_MISMATCH), rules(VALID.replace("  - name: vnet\n", "  - name: vnet\n    location: northeurope\n")));
        String hub = VALID.replace("virtualNetworks:\n", "virtualNetworks:\n  - {name: hub, existing: true, location: northeurope, "
                + "addressSpace: [10.200.0.0/24]}\n");
        assertEquals(List.of(), rules(hub), "a hub in another region holds no subnet of the cluster");
    }

    /** A dual-stack cluster's NSG: IPv6 rules are valid, and each family's flows are checked against that family's rules. */
    @Test
    void aDualStackClustersNsgIsCheckedPerFamily() {
        String spec = """
                apiVersion: aksnet/v1
                location: westeurope
                resourceGroup: rg-test
                virtualNetworks:
                  - name: vnet
                    addressSpace: [10.90.0.0/16, "fd00:10:90::/48"]
                    subnets:
                      - {name: nodes, cidrs: [10.90.0.0/22, "fd00:10:90::/64"], networkSecurityGroup: nsg}
                networkSecurityGroups:
                  - name: nsg
                    rules:
                      - {name: v4, priority: 100, direction: inbound, access: allow, source: VirtualNetwork, destination: "*", ports: "*"}
                      - {name: v4-pods, priority: 110, direction: inbound, access: allow, source: 10.244.0.0/16, destination: "*", ports: "*"}
                      - {name: v6-pods, priority: 120, direction: inbound, access: allow, source: "fd12:3456:789a::/64", destination: "*", ports: "*"}
                      - {name: lb, priority: 130, direction: inbound, access: allow, source: AzureLoadBalancer, destination: "*", ports: "*"}
                      - {name: deny-all, priority: 4000, direction: inbound, access: deny, source: "*", destination: "*", ports: "*"}
                clusters:
                  - name: k1
                    network:
                      plugin: azure-cni-overlay
                      ipFamilies: [IPv4, IPv6]
                      podCidrs: [10.244.0.0/16, "fd12:3456:789a::/64"]
                      serviceCidrs: [10.0.0.0/16, "fd12:3456:789b::/108"]
                      dnsServiceIp: 10.0.0.10
                    nodePools:
                      - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3, subnet: nodes}
                """;
        assertEquals(List.of(), rules(spec).stream().filter(r -> r.name().startsWith("NSG_")).toList(), "both families allowed");
        List<Diagnostic> v6 = RuleFixturesTest.diagnosticsOf("ds.yaml", spec.replace("v6-pods, priority: 120, direction: inbound, access: allow",
                "v6-pods, priority: 120, direction: inbound, access: deny")).stream().filter(d -> d.rule() == RuleId.NSG_BLOCKS_CLUSTER_TRAFFIC).toList();
        assertEquals(1, v6.size(), v6.toString());
        assertEquals(14, v6.get(0).position().line());
        assertTrue(v6.get(0).hint().contains("fd12:3456:789a::/64"), v6.toString());
    }
}
