package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OsSku;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pool's OS image and a Windows pool without its own outbound NAT, in every target (issue 19). */
class PoolOsGenerationTest {
    private static LoadedSpec spec(OsSku windowsSku) {
        var win = NodePool.windows("win").vmSize("Standard_D4s_v5").count(2).maxPods(110).subnet("nodes").withoutWindowsOutboundNat();
        if (windowsSku != null) {
            win.osSku(windowsSku);
        }
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("k").kubernetesVersion("1.36").network(Network.azureCniOverlay().userDefinedRouting("10.10.200.4"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes").osSku(OsSku.AZURE_LINUX))
                        .nodePool(win))
                .build());
    }

    @Test
    void azurermWritesOsSkuAndTheWindowsProfileBlock() {
        String tf = file(spec(OsSku.WINDOWS_2022), Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("os_sku                      = \"AzureLinux\""), tf);
        assertTrue(tf.contains("os_sku                = \"Windows2022\""), tf);
        assertTrue(tf.matches("(?s).*windows_profile \\{\\s+outbound_nat_enabled = false\\s+}.*"), tf);
        assertFalse(tf.contains("azapi_resource"), tf);
    }

    @Test
    void aWindows2025PoolSendsTheClusterThroughAzapiInTheAzurermTarget() {
        String tf = file(spec(OsSku.WINDOWS_2025), Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("# Through azapi: azurerm's os_sku has no Windows2025."), tf);
        assertFalse(tf.contains("resource \"azurerm_kubernetes_cluster\""), tf);
        assertTrue(tf.contains("osSKU        = \"Windows2025\""), tf);
    }

    @Test
    void bicepAndAzapiWriteOsSkuAndDisableOutboundNat() {
        for (Target t : new Target[]{Target.BICEP, Target.TERRAFORM_AZAPI}) {
            String out = file(spec(null), t, t == Target.BICEP ? "main.bicep" : "main.tf");
            assertTrue(out.matches("(?s).*osSKU\\s*[:=] ['\"]AzureLinux['\"].*"), out);
            assertTrue(out.matches("(?s).*windowsProfile\\s*[:=] \\{\\s+disableOutboundNat\\s*[:=] true\\s+}.*"), out);
        }
    }
}
