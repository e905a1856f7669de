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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cluster that brings its own CNI (plugin none), in every target (issue 19): no plugin mode, the pod CIDR kept. */
class ByoCniGenerationTest {
    private static LoadedSpec spec() {
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("k").kubernetesVersion("1.36").network(Network.byoCni().podCidr("10.244.0.0/16"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build());
    }

    @Test
    void azurermWritesPluginNoneWithThePodCidrAndNoDataPlane() {
        String tf = file(spec(), Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("network_plugin    = \"none\""), tf);
        assertTrue(tf.contains("pod_cidr          = \"10.244.0.0/16\""), tf);
        assertFalse(tf.contains("network_plugin_mode") || tf.contains("network_data_plane") || tf.contains("network_policy"), tf);
        // The kubelet's own density limit: written, as for every pool.
        assertTrue(tf.contains("max_pods                     = 110") || tf.matches("(?s).*max_pods\\s+= 110.*"), tf);
    }

    @Test
    void bicepAndAzapiWriteNetworkPluginNone() {
        for (Target t : new Target[]{Target.BICEP, Target.TERRAFORM_AZAPI}) {
            String out = file(spec(), t, t == Target.BICEP ? "main.bicep" : "main.tf");
            assertTrue(out.matches("(?s).*networkPlugin\\s*[:=] ['\"]none['\"].*"), out);
            assertTrue(out.matches("(?s).*podCidr\\s*[:=] ['\"]10\\.244\\.0\\.0/16['\"].*"), out);
            assertFalse(out.contains("networkPluginMode"), out);
        }
    }
}
