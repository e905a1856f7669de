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

/** A private cluster named by an FQDN subdomain in its own privatelink zone, instead of a DNS prefix (issue 19). */
class FqdnSubdomainGenerationTest {
    static final String ZONE = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-dns/providers/"
            + "Microsoft.Network/privateDnsZones/privatelink.westeurope.azmk8s.io";

    private static LoadedSpec spec() {
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("k").privateCluster(ZONE).fqdnSubdomain("payments-api").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build());
    }

    @Test
    void azurermWritesDnsPrefixPrivateClusterAndNoDnsPrefix() {
        String tf = file(spec(), Target.TERRAFORM, "main.tf");
        assertTrue(tf.matches("(?s).*\\bdns_prefix_private_cluster\\s+= \"payments-api\".*"), tf);
        assertFalse(tf.matches("(?s).*\\bdns_prefix\\s+=.*"), tf);
    }

    @Test
    void bicepAndAzapiWriteFqdnSubdomainAndNoDnsPrefix() {
        for (Target t : new Target[]{Target.BICEP, Target.TERRAFORM_AZAPI}) {
            String out = file(spec(), t, t == Target.BICEP ? "main.bicep" : "main.tf");
            assertTrue(out.matches("(?s).*fqdnSubdomain\\s*[:=] ['\"]payments-api['\"].*"), out);
            assertFalse(out.contains("dnsPrefix"), out);
        }
    }
}
