package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An existing hub in another subscription (issue 15): every target reads it, and writes its side of the peering, in that
 * subscription, while everything else stays in the deployment's.
 */
class OtherSubscriptionTest {
    private static final String HUB_SUBSCRIPTION = "7c2b1e4a-0d3f-4b8e-9a61-2f5d8c9e0b17";

    private static LoadedSpec spokeWithHubElsewhere() {
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg-spoke")
                .virtualNetwork(VirtualNetwork.named("vnet-hub").existing().resourceGroup("rg-hub").subscription(HUB_SUBSCRIPTION)
                        .addressSpace("10.200.0.0/24"))
                .virtualNetwork(VirtualNetwork.named("vnet-spoke").addressSpace("10.240.0.0/16").peering("vnet-hub", true, false)
                        .subnet("nodes", "10.240.0.0/22"))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build());
    }

    @Test
    void azurermReadsAndPeersTheHubThroughAnAliasOfItsSubscription() {
        LoadedSpec spec = spokeWithHubElsewhere();
        String versions = file(spec, Target.TERRAFORM, "versions.tf");
        assertTrue(versions.contains("provider \"azurerm\" {\n  alias = \"vnet_hub\"\n  features {}\n  subscription_id = \""
                + HUB_SUBSCRIPTION + "\"\n}\n"), versions);
        String tf = file(spec, Target.TERRAFORM, "main.tf");
        assertEquals(2, tf.split("provider +\\= azurerm\\.vnet_hub", -1).length - 1, "the hub's data source and its peering: " + tf);
        assertTrue(tf.contains("resource \"azurerm_virtual_network_peering\" \"vnet_hub_to_vnet_spoke\" {\n  provider "), tf);
        assertFalse(tf.contains("resource \"azurerm_virtual_network_peering\" \"vnet_spoke_to_vnet_hub\" {\n  provider "),
                "the spoke's side is in the deployment's subscription: " + tf);
    }

    @Test
    void bicepAndAzapiNameTheSubscriptionInTheHubsScope() {
        LoadedSpec spec = spokeWithHubElsewhere();
        String bicep = file(spec, Target.BICEP, "main.bicep");
        assertEquals(2, bicep.split("scope: resourceGroup\\('" + HUB_SUBSCRIPTION + "', 'rg-hub'\\)", -1).length - 1, bicep);
        String azapi = file(spec, Target.TERRAFORM_AZAPI, "main.tf");
        assertTrue(azapi.contains("  parent_id = \"/subscriptions/" + HUB_SUBSCRIPTION + "\"\n"), azapi);
    }

    @Test
    void aHubInTheDeploymentsSubscriptionNeedsNoSecondConfiguration() {
        LoadedSpec spec = valid(Deployment.builder().location("westeurope").resourceGroup("rg-spoke")
                .virtualNetwork(VirtualNetwork.named("vnet-hub").existing().resourceGroup("rg-hub").addressSpace("10.200.0.0/24"))
                .virtualNetwork(VirtualNetwork.named("vnet-spoke").addressSpace("10.240.0.0/16").peering("vnet-hub", true, false)
                        .subnet("nodes", "10.240.0.0/22"))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build());
        assertFalse(file(spec, Target.TERRAFORM, "versions.tf").contains("alias"));
        assertTrue(file(spec, Target.BICEP, "main.bicep").contains("scope: resourceGroup('rg-hub')"));
    }
}
