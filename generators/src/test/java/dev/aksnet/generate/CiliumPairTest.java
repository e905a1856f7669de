package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * G_CILIUM_PAIR: the Cilium data plane and Cilium policy go together, so when a spec gives one the output states both.
 * (azurerm's default network_data_plane is azure, which AKS then refuses: NetworkPolicyCiliumRequiresCiliumDataplane.)
 */
class CiliumPairTest {

    private static LoadedSpec spec(dev.aksnet.dsl.NetworkBuilders.Common<?> network) {
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("k").network(network)
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build());
    }

    @Test
    void aDataplaneAloneBringsItsPolicyIntoEveryTarget() {
        LoadedSpec spec = spec(Network.azureCniOverlay().dataplane(NetworkDataplane.CILIUM));
        String tf = file(spec, Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("network_policy      = \"cilium\"") && tf.contains("network_data_plane  = \"cilium\""), tf);
        String bicep = file(spec, Target.BICEP, "main.bicep");
        assertTrue(bicep.contains("networkPolicy: 'cilium'") && bicep.contains("networkDataplane: 'cilium'"), bicep);
        String azapi = file(spec, Target.TERRAFORM_AZAPI, "main.tf");
        assertTrue(azapi.contains("networkPolicy") && azapi.contains("\"cilium\""), azapi);
    }

    @Test
    void aPolicyAloneBringsItsDataplane() {
        LoadedSpec spec = spec(Network.azureCniOverlay().policy(NetworkPolicy.CILIUM));
        String tf = file(spec, Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("network_policy      = \"cilium\"") && tf.contains("network_data_plane  = \"cilium\""), tf);
    }
}
