package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Advanced Container Networking Services in every target (issue 19); nothing written when nothing is on. */
class AdvancedNetworkingGenerationTest {
    private static LoadedSpec spec(boolean observability, boolean security) {
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("k").kubernetesVersion("1.36").network(Network.azureCniOverlay().dataplane(NetworkDataplane.CILIUM)
                                .advancedNetworking(observability, security))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build());
    }

    @Test
    void azurermWritesTheAdvancedNetworkingBlock() {
        String tf = file(spec(true, false), Target.TERRAFORM, "main.tf");
        assertTrue(tf.matches("(?s).*advanced_networking \\{\\s+observability_enabled = true\\s+security_enabled\\s+= false\\s+}.*"), tf);
    }

    @Test
    void bicepAndAzapiWriteTheApiObject() {
        for (Target t : new Target[]{Target.BICEP, Target.TERRAFORM_AZAPI}) {
            String out = file(spec(false, true), t, t == Target.BICEP ? "main.bicep" : "main.tf").replaceAll("\\s+", " ");
            assertTrue(out.matches(".*advancedNetworking ?[:=] \\{ enabled ?[:=] true observability ?[:=] \\{ enabled ?[:=] false \\} "
                    + "security ?[:=] \\{ enabled ?[:=] true \\} \\}.*"), out);
        }
    }

    @Test
    void nothingOnWritesNothing() {
        assertFalse(file(spec(false, false), Target.TERRAFORM, "main.tf").contains("advanced_networking"));
        assertFalse(file(spec(false, false), Target.BICEP, "main.bicep").contains("advancedNetworking"));
    }
}
