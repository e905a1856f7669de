package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.MaxSurge;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pool's maxSurge and the critical add-ons taint, in every target (issue 19). */
class PoolUpgradeAndTaintTest {
    private static final String TAINT = "CriticalAddonsOnly=true:NoSchedule";

    private static LoadedSpec twoSystemPools() {
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes").onlyCriticalAddons())
                        .nodePool(NodePool.linux("system2").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes").onlyCriticalAddons()
                                .maxSurge(MaxSurge.count(2)))
                        .nodePool(NodePool.linux("apps").vmSize("Standard_D4s_v5").count(3).subnet("nodes").maxSurge(MaxSurge.percent(33))))
                .build());
    }

    @Test
    void azurermSaysItWithOnlyCriticalAddonsOnTheDefaultPoolAndWithTaintsOnOthers() {
        String tf = file(twoSystemPools(), Target.TERRAFORM, "main.tf");
        assertEquals(1, tf.split("only_critical_addons_enabled = true", -1).length - 1, tf);
        assertTrue(tf.contains("node_taints           = [\"" + TAINT + "\"]"), tf);
        assertTrue(tf.contains("max_surge = \"2\""), tf);
        assertTrue(tf.contains("max_surge = \"33%\""), tf);
        assertTrue(tf.contains("max_surge = \"10%\""), "the default pool keeps aksnet's default: " + tf);
    }

    @Test
    void bicepAndAzapiSetNodeTaintsOnBothSystemPools() {
        String bicep = file(twoSystemPools(), Target.BICEP, "main.bicep");
        assertEquals(2, bicep.split("'" + TAINT + "'", -1).length - 1, bicep);
        assertTrue(bicep.contains("maxSurge: '33%'"), bicep);
        String azapi = file(twoSystemPools(), Target.TERRAFORM_AZAPI, "main.tf");
        assertEquals(2, azapi.split("\"" + TAINT + "\"", -1).length - 1, azapi);
    }
}
