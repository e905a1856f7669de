package dev.aksnet.generate;

import dev.aksnet.plan.DerivedNames;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.PodIpAllocation;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §2-§4 in the generated code: Bicep waits for what it names, both targets tag every pool, and re-applying
 * keeps what AKS changed after the first deployment (autoscaled node counts, kubenet routes, the default route).
 */
class ReapplyAndOrderTest {

    /** Kubenet with a firewall default route, an autoscaled system pool and a fixed user pool. */
    private static Deployment kubenetUdr() {
        return Deployment.builder().location("westeurope").resourceGroup("rg").tag("env", "dev")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16")
                        .subnet("nodes", "10.10.0.0/22").subnet("AzureFirewallSubnet", "10.10.255.0/26"))
                .cluster(Cluster.named("k").network(Network.kubenet().userDefinedRouting("10.10.255.4"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").autoscale(2, 5).subnet("nodes"))
                        .nodePool(NodePool.linux("user").vmSize("Standard_D4s_v5").count(2).subnet("nodes")))
                .build();
    }

    @Test
    void bicepRoleModulesNameTheNetworkThroughItsSymbolSoTheyWaitForIt() {
        String bicep = file(valid(kubenetUdr()), Target.BICEP, "main.bicep");
        Matcher m = Pattern.compile("(virtualNetworkName|subnetName): (.*)").matcher(bicep);
        int params = 0;
        while (m.find()) {
            params++;
            assertFalse(m.group(2).startsWith("'"), "a literal name races the network's creation: " + m.group());
        }
        assertEquals(2, params, bicep);
        assertTrue(bicep.contains("virtualNetworkName: vnet.name") && bicep.contains("subnetName: vnetNodes.name"), bicep);
    }

    @Test
    void everyPoolIsTaggedInEveryTarget() {
        LoadedSpec spec = valid(kubenetUdr());
        String bicep = file(spec, Target.BICEP, "main.bicep");
        assertEquals(2, count(bicep, "        tags: tags\n"), bicep);
        String tf = file(spec, Target.TERRAFORM, "main.tf");
        String defaultPool = tf.substring(tf.indexOf("default_node_pool {"), tf.indexOf("upgrade_settings"));
        assertTrue(defaultPool.matches("(?s).*\\n    tags +=  ?local\\.tags\\n.*"), defaultPool);
        String userPool = tf.substring(tf.indexOf("resource \"azurerm_kubernetes_cluster_node_pool\""));
        assertTrue(userPool.matches("(?s).*\\n  tags +=  ?local\\.tags\\n.*"), userPool);
        String azapi = file(valid(staticBlock()), Target.TERRAFORM, "main.tf");
        assertEquals(2, count(azapi, "          tags                = local.tags\n"), azapi);
    }

    @Test
    void bicepRedeploymentsKeepTheAutoscalersCountsAndAksRoutes() {
        String bicep = file(valid(kubenetUdr()), Target.BICEP, "main.bicep");
        assertTrue(bicep.contains("// Redeploy: az deployment group create -g rg -f main.bicep -p kExists=true"), bicep);
        assertTrue(bicep.contains("param kExists bool = false"), bicep);
        // Autoscaled: the minimum the first time, the deployed count afterwards; a fixed pool keeps its count.
        assertTrue(bicep.contains("resource kDeployed 'Microsoft.ContainerService/managedClusters@2026-04-01' existing = if (kExists) {"), bicep);
        assertTrue(bicep.contains("var kNodeCounts = kExists ? toObject(kDeployed.properties.agentPoolProfiles, p => p.name, p => p.count) : {}"),
                bicep);
        assertTrue(bicep.contains("count: kNodeCounts[?'system'] ?? 2\n"), bicep);
        assertTrue(bicep.contains("count: 2\n"), bicep);
        // The kubenet table: AKS's routes read back on redeployments, aksnet's default route inline beside them.
        assertTrue(bicep.contains("resource rtVnetNodesDeployed 'Microsoft.Network/routeTables@2025-05-01' existing = if (kExists) {"), bicep);
        assertTrue(bicep.contains("var rtVnetNodesAksRoutes = kExists ? map(filter(rtVnetNodesDeployed.properties.routes, "
                + "r => r.name != 'default-egress'), r => {"), bicep);
        assertTrue(bicep.contains("    routes: concat(rtVnetNodesAksRoutes, [\n"), bicep);
        assertFalse(bicep.contains("Microsoft.Network/routeTables/routes@"), "no child route that a redeployed table would drop first");
        assertFalse(bicep.contains("= if (!"), "nothing is skipped on redeployments: every resource is still declared");
    }

    @Test
    void aClusterWithoutAutoscalingOrKubenetHasNoRedeployParameter() {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16")
                        .subnet("nodes", "10.10.0.0/22").subnet("AzureFirewallSubnet", "10.10.255.0/26"))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay().userDefinedRouting("10.10.255.4"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
        String bicep = file(valid(d), Target.BICEP, "main.bicep");
        assertFalse(bicep.contains("param ") || bicep.contains("Redeploy:") || bicep.contains("existing = if"), bicep);
        // The default route is inline: a redeployment puts the same list back.
        assertTrue(bicep.contains("""
                  properties: {
                    routes: [
                      {
                        name: 'default-egress'
                """), bicep);
    }

    @Test
    void azapiClustersIgnoreTheAutoscaledCountsAfterCreation() {
        String tf = file(valid(staticBlock()), Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("""
                  lifecycle {
                    ignore_changes = [
                      body.properties.agentPoolProfiles[1].count,
                    ]
                  }
                """), tf);
        assertFalse(tf.contains("agentPoolProfiles[0].count"), "the fixed system pool keeps its count under Terraform");
    }

    @Test
    void azurermRotatesTheDefaultPoolThroughAFreeName() {
        String tf = file(valid(kubenetUdr()), Target.TERRAFORM, "main.tf");
        assertTrue(tf.matches("(?s).*temporary_name_for_rotation = \"systemtmp\"\\n.*"), tf);
        assertEquals("systemtmp", DerivedNames.rotationPool("system", List.of("system", "user")));
        assertEquals("systemtmp1", DerivedNames.rotationPool("system", List.of("system", "systemtmp")));
        assertEquals("averylongtmp", DerivedNames.rotationPool("averylongname", List.of("averylongname")));
        assertEquals("averylontmp1", DerivedNames.rotationPool("averylongname", List.of("averylongname", "averylongtmp")));
        for (String name : List.of(DerivedNames.rotationPool("averylongname", List.of("averylongname", "averylongtmp")),
                DerivedNames.rotationPool("a", List.of("a")))) {
            assertTrue(name.matches("^[a-z][a-z0-9]{0,11}$"), name);
        }
    }

    private static Deployment staticBlock() {
        return Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16")
                        .subnet("nodes", "10.10.0.0/22").delegatedSubnet("pods", "10.10.16.0/20"))
                .cluster(Cluster.named("k").network(Network.azureCniPodSubnet().podIpAllocation(PodIpAllocation.STATIC_BLOCK))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes").podSubnet("pods"))
                        .nodePool(NodePool.linux("batch").vmSize("Standard_D4s_v5").autoscale(0, 10).subnet("nodes").podSubnet("pods")))
                .build();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
