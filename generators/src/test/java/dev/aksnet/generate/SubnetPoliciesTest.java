package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.PrivateEndpointNetworkPolicies;
import dev.aksnet.model.PrivateLinkServiceNetworkPolicies;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A created subnet's private endpoint and private link service network policies, in every target (issue 19). */
class SubnetPoliciesTest {
    private static LoadedSpec spec() {
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16")
                        .subnet(Subnet.named("nodes").cidr("10.10.0.0/22")
                                .privateLinkServiceNetworkPolicies(PrivateLinkServiceNetworkPolicies.DISABLED))
                        .subnet(Subnet.named("endpoints").cidr("10.10.8.0/24")
                                .privateEndpointNetworkPolicies(PrivateEndpointNetworkPolicies.DISABLED)))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build());
    }

    @Test
    void azurermSpellsLinkServicePoliciesAsABoolean() {
        String tf = file(spec(), Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("private_link_service_network_policies_enabled = false"), tf);
        assertTrue(tf.contains("private_endpoint_network_policies = \"Disabled\""), tf);
    }

    @Test
    void bicepAndAzapiWriteTheApiValues() {
        for (Target t : new Target[]{Target.BICEP, Target.TERRAFORM_AZAPI}) {
            String out = file(spec(), t, t == Target.BICEP ? "main.bicep" : "main.tf");
            assertTrue(out.matches("(?s).*privateLinkServiceNetworkPolicies\\s*[:=] ['\"]Disabled['\"].*"), out);
            assertTrue(out.matches("(?s).*privateEndpointNetworkPolicies\\s*[:=] ['\"]Disabled['\"].*"), out);
        }
    }

    @Test
    void unsetPoliciesAreLeftToAzure() {
        String tf = file(valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build()), Target.TERRAFORM, "main.tf");
        assertFalse(tf.contains("network_policies"), tf);
    }
}
