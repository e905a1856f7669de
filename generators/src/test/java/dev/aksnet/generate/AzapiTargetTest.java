package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The terraform-azapi target: azapi only, and re-applying keeps what AKS changed, as the other targets do. */
class AzapiTargetTest {

    private static Deployment kubenetOnExistingAndCreated() {
        return Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .virtualNetwork(VirtualNetwork.named("hub").existing().resourceGroup("rg-hub").addressSpace("10.20.0.0/16")
                        .subnet("shared", "10.20.0.0/22"))
                .cluster(Cluster.named("k").network(Network.kubenet().userDefinedRouting("10.20.0.4"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").autoscale(1, 3).subnet("nodes")))
                .cluster(Cluster.named("j").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(2).subnet("hub/shared")))
                .build();
    }

    @Test
    void onlyTheAzapiProviderIsUsed() {
        var spec = valid(kubenetOnExistingAndCreated());
        String main = file(spec, Target.TERRAFORM_AZAPI, "main.tf");
        assertFalse(main.contains("azurerm"), main);
        assertTrue(Pattern.compile("^(resource|data) \"azapi_", Pattern.MULTILINE).matcher(main).find());
        assertFalse(Pattern.compile("^(resource|data) \"(?!azapi_)", Pattern.MULTILINE).matcher(main).find(), main);
        String versions = file(spec, Target.TERRAFORM_AZAPI, "versions.tf");
        assertTrue(versions.contains("source  = \"azure/azapi\"") && !versions.contains("azurerm"), versions);
    }

    @Test
    void kubenetRouteTableKeepsTheRoutesAksWritesAndTheDefaultRouteIsInline() {
        String main = file(valid(kubenetOnExistingAndCreated()), Target.TERRAFORM_AZAPI, "main.tf");
        String table = block(main, "resource \"azapi_resource\" \"rt_vnet_nodes\"");
        assertTrue(table.contains("nextHopIpAddress = \"10.20.0.4\""), table);
        assertTrue(table.contains("ignore_changes = [\n      body.properties.routes,"), table);
    }

    @Test
    void existingNetworksAreReadAndTheClusterWaitsForItsGrants() {
        String main = file(valid(kubenetOnExistingAndCreated()), Target.TERRAFORM_AZAPI, "main.tf");
        assertTrue(main.contains("data \"azapi_resource\" \"hub_shared\" {"), "the existing subnet is read, so a plan fails early");
        assertFalse(main.contains("resource \"azapi_resource\" \"hub\""), "an existing network is never created");
        String cluster = block(main, "resource \"azapi_resource\" \"k\"");
        assertTrue(cluster.contains("azapi_resource.k_nodes_network_contributor,") && cluster.contains("azapi_resource.k_rt_nodes_network_contributor,"),
                cluster);
        assertTrue(cluster.contains("body.properties.agentPoolProfiles[0].count,"), "the autoscaler's count is kept");
        String grant = block(main, "resource \"azapi_resource\" \"j_shared_network_contributor\"");
        assertTrue(grant.contains("parent_id = data.azapi_resource.hub_shared.id"), grant);
    }

    /** The text of one top-level block, from its header to its closing brace. */
    private static String block(String text, String header) {
        int start = text.indexOf(header + " {");
        assertTrue(start >= 0, header + " not found in\n" + text);
        int end = text.indexOf("\n}\n", start);
        return text.substring(start, end + 2);
    }
}
