package dev.aksnet.diff;

import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.yaml.SpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One spec pair per knowledge entry (both directions where they differ): the fact, its class and its path. */
class SpecDiffTest {
    /** A cluster on its own network with a user pool; each case edits it. */
    static final String BASE = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg
            virtualNetworks:
              - name: vnet
                addressSpace: [10.10.0.0/16]
                subnets:
                  - {name: nodes, cidr: 10.10.0.0/20}
                  - {name: nodes2, cidr: 10.10.16.0/20}
                  - {name: apiserver, cidr: 10.10.32.0/28, delegation: apiServer}
                  - {name: spare, cidr: 10.10.48.0/24}
            clusters:
              - name: k1
                kubernetesVersion: "1.34"
                network:
                  plugin: azure-cni-overlay
                  podCidr: 10.244.0.0/16
                  serviceCidr: 10.0.0.0/16
                  dnsServiceIp: 10.0.0.10
                  outbound: loadBalancer
                nodePools:
                  - name: system
                    mode: system
                    vmSize: Standard_D4s_v5
                    count: 3
                    subnet: nodes
                  - name: user
                    vmSize: Standard_D8s_v5
                    count: 2
                    subnet: nodes
            """;

    static LoadedSpec read(String text) {
        SpecReader.Result r = new SpecReader().read("spec.yaml", text);
        assertTrue(r.spec().isPresent(), r.diagnostics().toString());
        return r.spec().get();
    }

    static List<Change> diff(String base, String next) {
        return SpecDiff.between(List.of(read(base)), List.of(read(next)));
    }

    static String edit(String text, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            assertTrue(text.contains(pairs[i]), pairs[i]);
            text = text.replace(pairs[i], pairs[i + 1]);
        }
        return text;
    }

    static Stream<Arguments> cases() {
        String kubenet = edit(BASE, "plugin: azure-cni-overlay", "plugin: kubenet");
        String cilium = edit(BASE, "outbound: loadBalancer", "outbound: loadBalancer\n      dataplane: cilium");
        String vni = edit(BASE, "    kubernetesVersion: \"1.34\"", "    kubernetesVersion: \"1.34\"\n    apiServer: {vnetIntegration: {subnet: apiserver}}");
        String privateVni = edit(BASE, "    kubernetesVersion: \"1.34\"",
                "    kubernetesVersion: \"1.34\"\n    apiServer: {private: true, vnetIntegration: {subnet: apiserver}}");
        String privateCluster = edit(BASE, "    kubernetesVersion: \"1.34\"", "    kubernetesVersion: \"1.34\"\n    privateCluster: true");
        String managedNat = edit(BASE, "outbound: loadBalancer", "outbound: managedNatGateway");
        String userNat = edit(BASE, "outbound: loadBalancer", "outbound: userAssignedNatGateway");
        String managedVnet = edit(BASE, "        subnet: nodes\n", "");
        return Stream.of(
                Arguments.of("service CIDR", BASE, edit(BASE, "serviceCidr: 10.0.0.0/16", "serviceCidr: 10.1.0.0/16", "dnsServiceIp: 10.0.0.10",
                        "dnsServiceIp: 10.1.0.10"), "SERVICE_CIDR", "clusters[0].network.serviceCidr"),
                Arguments.of("DNS service IP", BASE, edit(BASE, "dnsServiceIp: 10.0.0.10", "dnsServiceIp: 10.0.0.53"), "DNS_SERVICE_IP",
                        "clusters[0].network.dnsServiceIp"),
                Arguments.of("pod CIDR grows", BASE, edit(BASE, "podCidr: 10.244.0.0/16", "podCidr: 10.244.0.0/15"), "POD_CIDR_EXPANDED",
                        "clusters[0].network.podCidr"),
                Arguments.of("pod CIDR shrinks", edit(BASE, "podCidr: 10.244.0.0/16", "podCidr: 10.244.0.0/15"), BASE, "POD_CIDR_CHANGED",
                        "clusters[0].network.podCidr"),
                Arguments.of("kubenet to overlay", kubenet, BASE, "PLUGIN_TO_OVERLAY", "clusters[0].network.plugin"),
                Arguments.of("overlay to kubenet", BASE, kubenet, "PLUGIN_CHANGED", "clusters[0].network.plugin"),
                Arguments.of("to Cilium", BASE, cilium, "DATAPLANE_TO_CILIUM", "clusters[0].network.dataplane"),
                Arguments.of("from Cilium", cilium, BASE, "DATAPLANE_FROM_CILIUM", "clusters[0].network.dataplane"),
                Arguments.of("network policy added", BASE, edit(BASE, "outbound: loadBalancer", "outbound: loadBalancer\n      policy: calico"),
                        "POLICY_ADDED", "clusters[0].network.policy"),
                Arguments.of("network policy removed", edit(BASE, "outbound: loadBalancer", "outbound: loadBalancer\n      policy: calico"), BASE,
                        "POLICY_REMOVED", "clusters[0].network.policy"),
                Arguments.of("network policy swapped", edit(BASE, "outbound: loadBalancer", "outbound: loadBalancer\n      policy: calico"),
                        edit(BASE, "outbound: loadBalancer", "outbound: loadBalancer\n      policy: azure"), "POLICY_CHANGED", "clusters[0].network.policy"),
                Arguments.of("private DNS zone", privateCluster, edit(privateCluster, "privateCluster: true", "privateCluster: true\n    privateDnsZone: none"),
                        "PRIVATE_DNS_ZONE_CHANGED", "clusters[0].privateDnsZone"),
                Arguments.of("pod IP allocation", edit(BASE, "plugin: azure-cni-overlay", "plugin: azure-cni-pod-subnet", "      podCidr: 10.244.0.0/16\n", "",
                        "count: 2\n", "count: 2\n        podSubnet: spare\n"),
                        edit(BASE, "plugin: azure-cni-overlay", "plugin: azure-cni-pod-subnet\n      podIpAllocation: static-block",
                                "      podCidr: 10.244.0.0/16\n", "", "count: 2\n", "count: 2\n        podSubnet: spare\n"),
                        "POD_IP_ALLOCATION", "clusters[0].network.podIpAllocation"),
                Arguments.of("route table added", BASE, BASE + "routeTables:\n  - name: rt\n", "NETWORK_RESOURCE_CHANGED", "routeTables[0]"),
                Arguments.of("pool OS", BASE, edit(BASE, "  - name: user\n", "  - name: user\n        os: windows\n"), "POOL_IMMUTABLE",
                        "clusters[0].nodePools[1].os"),
                Arguments.of("load balancer to user-assigned NAT", BASE, userNat, "OUTBOUND_CHANGED", "clusters[0].network.outbound"),
                Arguments.of("bootstrap cache first", BASE, edit(BASE, "outbound: loadBalancer", "outbound: loadBalancer\n      bootstrap: {artifactSource: cache}"),
                        "BOOTSTRAP_SOURCE", "clusters[0].network.bootstrap"),
                Arguments.of("network isolated in one step", BASE, edit(BASE, "outbound: loadBalancer",
                        "outbound: none\n      bootstrap: {artifactSource: cache}"), "BOOTSTRAP_AND_OUTBOUND_NONE_TOGETHER", "clusters[0].network.bootstrap"),
                Arguments.of("outbound none once the cache is in use", edit(BASE, "outbound: loadBalancer", "outbound: loadBalancer\n      bootstrap: {artifactSource: cache}"),
                        edit(BASE, "outbound: loadBalancer", "outbound: none\n      bootstrap: {artifactSource: cache}"), "OUTBOUND_CHANGED",
                        "clusters[0].network.outbound"),
                Arguments.of("control-plane identity of your own", BASE, edit(BASE, "    kubernetesVersion: \"1.34\"",
                        "    kubernetesVersion: \"1.34\"\n    identity: {controlPlane: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-id/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-aks}"), "CONTROL_PLANE_IDENTITY", "clusters[0].identity.controlPlane"),
                Arguments.of("kubelet identity of your own", BASE, edit(BASE, "    kubernetesVersion: \"1.34\"",
                        "    kubernetesVersion: \"1.34\"\n    identity: {kubelet: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-id/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-kubelet}"), "KUBELET_IDENTITY", "clusters[0].identity.kubelet"),
                Arguments.of("Linux pool to Azure Linux", BASE, edit(BASE, "  - name: user\n", "  - name: user\n        osSku: AzureLinux\n"),
                        "POOL_OS_SKU", "clusters[0].nodePools[1].osSku"),
                Arguments.of("network observability", BASE, edit(BASE, "outbound: loadBalancer",
                        "outbound: loadBalancer\n      advancedNetworking: {observability: true}"), "ADVANCED_NETWORKING",
                        "clusters[0].network.advancedNetworking"),
                Arguments.of("DNS prefix", BASE, edit(BASE, "  - name: k1\n", "  - name: k1\n    dnsPrefix: k1-prod\n"), "DNS_NAME",
                        "clusters[0].dnsPrefix"),
                Arguments.of("application routing", BASE, edit(BASE, "  - name: k1\n", "  - name: k1\n    appRouting: {defaultController: internal}\n"),
                        "APP_ROUTING", "clusters[0].appRouting"),
                Arguments.of("dual-stack after creation", BASE, edit(BASE, "outbound: loadBalancer", "outbound: loadBalancer\n      ipFamilies: [IPv4, IPv6]"),
                        "IP_FAMILIES", "clusters[0].network.ipFamilies"),
                Arguments.of("user-assigned NAT to load balancer", userNat, BASE, "OUTBOUND_CHANGED", "clusters[0].network.outbound"),
                Arguments.of("own network: load balancer to managed NAT", BASE, managedNat, "OUTBOUND_REFUSED", "clusters[0].network.outbound"),
                Arguments.of("managed network: load balancer to managed NAT", managedVnet, edit(managedVnet, "outbound: loadBalancer",
                        "outbound: managedNatGateway"), "OUTBOUND_CHANGED", "clusters[0].network.outbound"),
                Arguments.of("managed network: managed NAT back to load balancer", edit(managedVnet, "outbound: loadBalancer",
                        "outbound: managedNatGateway"), managedVnet, "OUTBOUND_REFUSED", "clusters[0].network.outbound"),
                Arguments.of("kubenet to overlay and Cilium at once", kubenet, cilium, "PLUGIN_AND_DATAPLANE_TOGETHER",
                        "clusters[0].network.dataplane"),
                Arguments.of("outbound settings", BASE, edit(BASE, "outbound: loadBalancer", "outbound: loadBalancer\n      loadBalancer: {managedOutboundIps: 2}"),
                        "OUTBOUND_SETTINGS", "clusters[0].network.loadBalancer.managedOutboundIps"),
                Arguments.of("private cluster on", BASE, privateCluster, "PRIVATE_CLUSTER_TOGGLED", "clusters[0].privateCluster"),
                Arguments.of("private cluster off", privateCluster, BASE, "PRIVATE_CLUSTER_TOGGLED", "clusters[0].privateCluster"),
                Arguments.of("private with VNet integration", vni, privateVni, "PRIVATE_WITH_VNET_INTEGRATION", "clusters[0].apiServer.private"),
                Arguments.of("VNet integration on", BASE, vni, "VNET_INTEGRATION_ENABLED", "clusters[0].apiServer.vnetIntegration"),
                Arguments.of("VNet integration off", vni, BASE, "VNET_INTEGRATION_DISABLED", "clusters[0].apiServer.vnetIntegration"),
                Arguments.of("authorized ranges", BASE, edit(BASE, "    kubernetesVersion: \"1.34\"",
                        "    kubernetesVersion: \"1.34\"\n    apiServer: {authorizedIpRanges: [203.0.113.0/24]}"), "API_SERVER_ACCESS", "clusters[0].apiServer.authorizedIpRanges"),
                Arguments.of("ingress add-on", BASE, edit(BASE, "    kubernetesVersion: \"1.34\"",
                        "    kubernetesVersion: \"1.34\"\n    ingress: {type: applicationGatewayIngressController, subnetCidr: 10.225.0.0/24}"),
                        "INGRESS_CHANGED", "clusters[0].ingress"),
                Arguments.of("Kubernetes upgrade", BASE, edit(BASE, "\"1.34\"", "\"1.35\""), "KUBERNETES_UPGRADE", "clusters[0].kubernetesVersion"),
                Arguments.of("Kubernetes downgrade", edit(BASE, "\"1.34\"", "\"1.35\""), BASE, "KUBERNETES_DOWNGRADE", "clusters[0].kubernetesVersion"),
                Arguments.of("Kubernetes patch pinned", BASE, edit(BASE, "\"1.34\"", "\"1.34.2\""), "KUBERNETES_PATCH_PINNED",
                        "clusters[0].kubernetesVersion"),
                Arguments.of("Kubernetes patch left to AKS", edit(BASE, "\"1.34\"", "\"1.34.2\""), BASE, "KUBERNETES_PATCH_PINNED",
                        "clusters[0].kubernetesVersion"),
                Arguments.of("pool added", edit(BASE, "  - name: user\n        vmSize: Standard_D8s_v5\n        count: 2\n        subnet: nodes\n", ""),
                        BASE, "POOL_ADDED", "clusters[0].nodePools[1]"),
                Arguments.of("pool removed", BASE, edit(BASE, "  - name: user\n        vmSize: Standard_D8s_v5\n        count: 2\n        subnet: nodes\n", ""),
                        "POOL_REMOVED", "clusters[0].nodePools[1]"),
                Arguments.of("the only system pool removed", BASE, edit(BASE, "- name: system", "- name: system2"), "LAST_SYSTEM_POOL_REMOVED",
                        "clusters[0].nodePools[0]"),
                Arguments.of("pool scaled", BASE, edit(BASE, "count: 2", "autoscale: {min: 2, max: 5}"), "POOL_SCALED", "clusters[0].nodePools[1]"),
                Arguments.of("pool VM size", BASE, edit(BASE, "Standard_D8s_v5", "Standard_D16s_v5"), "POOL_IMMUTABLE", "clusters[0].nodePools[1].vmSize"),
                Arguments.of("pool subnet", BASE, edit(BASE, "count: 2\n        subnet: nodes", "count: 2\n        subnet: nodes2"), "POOL_IMMUTABLE",
                        "clusters[0].nodePools[1].subnet"),
                Arguments.of("pool max pods", BASE, edit(BASE, "count: 2\n", "count: 2\n        maxPods: 110\n"), "POOL_IMMUTABLE",
                        "clusters[0].nodePools[1].maxPods"),
                Arguments.of("pool max surge", BASE, edit(BASE, "count: 2\n", "count: 2\n        maxSurge: 33%\n"), "POOL_MAX_SURGE",
                        "clusters[0].nodePools[1].maxSurge"),
                Arguments.of("system pool for critical add-ons only", BASE, edit(BASE, "- name: system\n", "- name: system\n        onlyCriticalAddons: true\n"),
                        "POOL_CRITICAL_ADDONS", "clusters[0].nodePools[0].onlyCriticalAddons"),
                Arguments.of("pool zones", BASE, edit(BASE, "count: 2\n", "count: 2\n        zones: [1, 2]\n"), "POOL_IMMUTABLE",
                        "clusters[0].nodePools[1].zones"),
                Arguments.of("pool mode", BASE, edit(BASE, "  - name: user\n", "  - name: user\n        mode: system\n"), "POOL_MODE",
                        "clusters[0].nodePools[1].mode"),
                Arguments.of("subnet CIDR in use", BASE, edit(BASE, "cidr: 10.10.0.0/20}", "cidr: 10.10.0.0/19}"), "SUBNET_IN_USE",
                        "virtualNetworks[0].subnets[0].cidr"),
                Arguments.of("unused subnet CIDR", BASE, edit(BASE, "cidr: 10.10.48.0/24}", "cidr: 10.10.48.0/23}"), "SUBNET_CHANGED",
                        "virtualNetworks[0].subnets[3].cidr"),
                Arguments.of("address space added", BASE, edit(BASE, "[10.10.0.0/16]", "[10.10.0.0/16, 10.11.0.0/16]"), "VNET_SPACE_ADDED",
                        "virtualNetworks[0].addressSpace"),
                Arguments.of("address space with subnets removed", edit(BASE, "[10.10.0.0/16]", "[10.10.0.0/16, 10.11.0.0/16]",
                        "{name: spare, cidr: 10.10.48.0/24}", "{name: spare, cidr: 10.11.0.0/24}"), edit(BASE, "{name: spare, cidr: 10.10.48.0/24}",
                        "{name: spare, cidr: 10.11.0.0/24}"), "VNET_SPACE_REMOVED", "virtualNetworks[0].addressSpace"),
                Arguments.of("DNS servers", BASE, edit(BASE, "addressSpace: [10.10.0.0/16]", "addressSpace: [10.10.0.0/16]\n    dnsServers: [10.10.48.4]"),
                        "DNS_SERVERS_CHANGED", "virtualNetworks[0].dnsServers"),
                Arguments.of("cluster added", BASE.substring(0, BASE.indexOf("clusters:")) + "clusters: []\n", BASE, "CLUSTER_ADDED", "clusters[0]"),
                Arguments.of("cluster removed", BASE, BASE.substring(0, BASE.indexOf("clusters:")) + "clusters: []\n", "CLUSTER_REMOVED", "clusters[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachChangeHasItsFactAndPath(String name, String base, String next, String fact, String path) {
        List<Change> changes = diff(base, next);
        assertTrue(changes.stream().anyMatch(c -> c.fact().id().equals(fact) && c.path().equals(path)),
                () -> name + ": expected " + fact + " at " + path + " in " + changes);
    }

    @Test
    void identicalSpecsChangeNothing() {
        assertEquals(List.of(), diff(BASE, BASE));
        assertEquals(Impact.NONE, SpecDiff.worst(diff(BASE, BASE)));
    }

    /** Network resources are compared field by field, rules and routes by name: each change at its own path and line. */
    @Test
    void networkResourceChangesNameTheFieldThatChanged() {
        String nsg = edit(BASE, "{name: spare, cidr: 10.10.48.0/24}", "{name: spare, cidr: 10.10.48.0/24, networkSecurityGroup: nsg-spare}")
                + "networkSecurityGroups:\n"
                + "  - name: nsg-spare\n"
                + "    rules:\n"
                + "      - {name: a, priority: 100, direction: inbound, access: allow, source: \"*\", destination: \"*\", ports: \"22\"}\n"
                + "      - {name: b, priority: 200, direction: inbound, access: deny, source: Internet, destination: \"*\", ports: \"*\"}\n";
        List<Change> priority = diff(nsg, edit(nsg, "priority: 200", "priority: 300"));
        assertEquals(1, priority.size(), priority::toString);
        assertEquals("networkSecurityGroups[0].rules[1].priority", priority.get(0).path());
        assertEquals(Optional.of("200"), priority.get(0).from());
        assertEquals(Optional.of("300"), priority.get(0).to());
        assertEquals(35, priority.get(0).at().orElseThrow().line());
        List<Change> removed = diff(nsg, edit(nsg, "      - {name: a, priority: 100, direction: inbound, access: allow, source: \"*\", destination: \"*\", ports: \"22\"}\n", ""));
        assertEquals(List.of("networkSecurityGroups[0].rules"), removed.stream().map(Change::path).toList());
        assertEquals(Optional.of("a"), removed.get(0).from());
        List<Change> unassociated = diff(nsg, edit(nsg, ", networkSecurityGroup: nsg-spare}", "}"));
        assertEquals(List.of("virtualNetworks[0].subnets[3].networkSecurityGroup"), unassociated.stream().map(Change::path).toList());
        assertEquals(Optional.of("(unset)"), unassociated.get(0).to());
    }

    /** An unset publicFqdn is AKS's default, written out by every target: spelling the default out changes nothing. */
    @Test
    void aPrivateClustersPublicFqdnComparesAsTheSettingInForce() {
        String unset = edit(BASE, "    kubernetesVersion: \"1.34\"", "    kubernetesVersion: \"1.34\"\n    apiServer: {private: true}");
        String on = edit(BASE, "    kubernetesVersion: \"1.34\"", "    kubernetesVersion: \"1.34\"\n    apiServer: {private: true, publicFqdn: true}");
        String off = edit(BASE, "    kubernetesVersion: \"1.34\"", "    kubernetesVersion: \"1.34\"\n    apiServer: {private: true, publicFqdn: false}");
        assertEquals(List.of(), diff(unset, on));
        List<Change> changes = diff(unset, off);
        assertTrue(changes.stream().anyMatch(c -> c.fact() == ChangeFacts.API_SERVER_ACCESS && c.path().equals("clusters[0].apiServer.publicFqdn")
                && c.to().equals(Optional.of("false"))), changes::toString);
    }

    @Test
    void azurermReplacesTheClusterWhereAksRefuses() {
        Change c = diff(BASE, edit(BASE, "dnsServiceIp: 10.0.0.10", "dnsServiceIp: 10.0.0.53")).get(0);
        assertEquals(Impact.REFUSED, c.fact().impactFor(false));
        assertEquals(Impact.CLUSTER_REPLACE, c.fact().impactFor(true));
        assertEquals(Impact.REFUSED, c.impact());
    }

    @Test
    void changesComeWorstFirstWithTheLineInNew() {
        String next = edit(BASE, "count: 2", "count: 4", "serviceCidr: 10.0.0.0/16", "serviceCidr: 10.1.0.0/16", "dnsServiceIp: 10.0.0.10",
                "dnsServiceIp: 10.1.0.10");
        List<Change> changes = diff(BASE, next);
        assertEquals(Impact.REFUSED, changes.get(0).impact());
        assertEquals(Impact.IN_PLACE, changes.get(changes.size() - 1).impact());
        assertEquals(18, changes.get(0).at().orElseThrow().line()); // serviceCidr in NEW
    }

    @Test
    void everyFactHasASpecPair() {
        java.util.Set<String> covered = new java.util.HashSet<>();
        cases().forEach(a -> covered.add((String) a.get()[3]));
        assertEquals(List.of(), ChangeFacts.ALL.stream().map(ChangeFact::id).filter(id -> !covered.contains(id)).toList(),
                "facts without a spec pair");
    }

    @Test
    void everyFactHasASourceAndADate() {
        for (ChangeFact f : ChangeFacts.ALL) {
            assertTrue(!f.source().isBlank() && f.checked().matches("\\d{4}-\\d{2}") && !f.reason().isBlank(), f.id());
        }
    }
}
