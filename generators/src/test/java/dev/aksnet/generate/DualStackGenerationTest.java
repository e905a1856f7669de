package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dual-stack cluster in every target (issue 19): the network's and subnet's IPv6 prefixes, and the cluster's IP
 * families with one pod and one service range per family, in the list forms (never beside podCidr / serviceCidr).
 */
class DualStackGenerationTest {
    private static LoadedSpec spec(boolean defaults) {
        dev.aksnet.dsl.NetworkBuilders.Overlay network = Network.azureCniOverlay().dataplane(NetworkDataplane.CILIUM).policy(NetworkPolicy.CILIUM).dualStack();
        if (!defaults) {
            network.podCidrs("10.244.0.0/16", "fd12:3456:789a::/64").serviceCidrs("10.0.0.0/16", "fd12:3456:789b::/108").dnsServiceIp("10.0.0.10");
        }
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16", "fd00:10:10::/48")
                        .subnet(Subnet.named("nodes").cidrs("10.10.0.0/22", "fd00:10:10::/64")))
                .cluster(Cluster.named("k").kubernetesVersion("1.36").network(network)
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build());
    }

    /** The text with all white space squeezed out, so that one pattern reads HCL lists and Bicep arrays alike. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void azurermWritesIpVersionsAndTheListForms() {
        String tf = file(spec(false), Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("address_space       = [\"10.10.0.0/16\", \"fd00:10:10::/48\"]"), tf);
        assertTrue(tf.contains("address_prefixes     = [\"10.10.0.0/22\", \"fd00:10:10::/64\"]"), tf);
        assertTrue(tf.contains("ip_versions         = [\"IPv4\", \"IPv6\"]"), tf);
        assertTrue(tf.contains("pod_cidrs           = [\"10.244.0.0/16\", \"fd12:3456:789a::/64\"]"), tf);
        assertTrue(tf.contains("service_cidrs       = [\"10.0.0.0/16\", \"fd12:3456:789b::/108\"]"), tf);
        assertFalse(Pattern.compile("\\b(pod_cidr|service_cidr)\\s*=").matcher(tf).find(), tf);
    }

    @Test
    void bicepAndAzapiWriteTheApiLists() {
        for (Target t : new Target[]{Target.BICEP, Target.TERRAFORM_AZAPI}) {
            String out = squeezed(file(spec(false), t, t == Target.BICEP ? "main.bicep" : "main.tf")).replace('"', '\'').replace(",", "");
            for (String expected : new String[]{"ipFamilies[=:]\\['IPv4''IPv6'\\]", "podCidrs[=:]\\['10.244.0.0/16''fd12:3456:789a::/64'\\]",
                    "serviceCidrs[=:]\\['10.0.0.0/16''fd12:3456:789b::/108'\\]",
                    "addressPrefixes[=:]\\['10.10.0.0/22''fd00:10:10::/64'\\]"}) {
                assertTrue(Pattern.compile(expected).matcher(out).find(), t + " lacks " + expected + ": " + out);
            }
            assertFalse(Pattern.compile("(podCidr|serviceCidr|addressPrefix)[=:]'").matcher(out).find(), t + ": " + out);
        }
    }

    @Test
    void withoutRangesTheDefaultsOfBothFamiliesAreWritten() {
        String tf = file(spec(true), Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("pod_cidrs           = [\"10.244.0.0/16\", \"fd12:3456:789a::/64\"]"), tf);
        assertTrue(tf.contains("service_cidrs       = [\"10.0.0.0/16\", \"fd12:3456:789a:1::/108\"]"), tf);
    }

    @Test
    void ipv6EgressIpsArePerFamilyInEveryTarget() {
        LoadedSpec spec = valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16", "fd00:10:10::/48")
                        .subnet(Subnet.named("nodes").cidrs("10.10.0.0/22", "fd00:10:10::/64")))
                .cluster(Cluster.named("k").kubernetesVersion("1.36").network(Network.azureCniOverlay().dualStack()
                                .loadBalancer(dev.aksnet.dsl.LoadBalancerBuilder.managedOutboundIps(2).managedOutboundIpv6Ips(3)))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build());
        assertTrue(file(spec, Target.TERRAFORM, "main.tf").contains("managed_outbound_ipv6_count = 3"));
        for (Target t : new Target[]{Target.BICEP, Target.TERRAFORM_AZAPI}) {
            String out = squeezed(file(spec, t, t == Target.BICEP ? "main.bicep" : "main.tf"));
            assertTrue(Pattern.compile("managedOutboundIPs[=:]\\{count[=:]2countIPv6[=:]3}").matcher(out).find(), t + ": " + out);
        }
    }

    @Test
    void aSingleStackClusterKeepsTheOneRangeForms() {
        String tf = file(valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build()), Target.TERRAFORM, "main.tf");
        assertFalse(tf.contains("ip_versions") || tf.contains("pod_cidrs") || tf.contains("service_cidrs"), tf);
        assertTrue(tf.contains("pod_cidr            = \"10.244.0.0/16\""), tf);
    }
}
