package dev.aksnet.generate;

import dev.aksnet.model.BootstrapProfile;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bootstrap registry of the user's needs a cache rule, a private endpoint and AcrPull outside aksnet: generate says so. */
class NetworkIsolationNextStepsTest {
    private static final String ACR = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-acr/providers/"
            + "Microsoft.ContainerRegistry/registries/acr1";

    private static Deployment isolated(BootstrapProfile bootstrap) {
        return Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("k").privateCluster().network(Network.azureCniOverlay().noOutbound(bootstrap))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
    }

    @Test
    void aRegistryOfTheUsersGetsItsStepsAndAksOwnRegistryNone() {
        List<String> steps = NextSteps.of(isolated(BootstrapProfile.cache(ACR)));
        assertEquals(3, steps.size(), steps.toString());
        assertTrue(steps.get(0).contains(ACR), steps.toString());
        assertTrue(steps.get(1).contains("--source-repo \"mcr.microsoft.com/*\" --target-repo \"aks-managed-repository/*\""), steps.toString());
        assertEquals(List.of(), NextSteps.of(isolated(BootstrapProfile.cache())));
    }
}
