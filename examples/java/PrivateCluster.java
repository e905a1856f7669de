import dev.aksnet.model.AppRouting;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/private-cluster/cluster.yaml. */
public final class PrivateCluster {
    private PrivateCluster() {
    }

    static final String ZONE = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-dns-prod"
            + "/providers/Microsoft.Network/privateDnsZones/ledger.privatelink.westeurope.azmk8s.io";

    static final String APPS_ZONE = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-dns-prod"
            + "/providers/Microsoft.Network/privateDnsZones/ledger.internal.contoso.com";

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-ledger-prod")
                .tag("env", "prod").tag("owner", "ledger")
                .virtualNetwork(VirtualNetwork.named("vnet-ledger").addressSpace("10.110.0.0/16").subnet("nodes", "10.110.0.0/22"))
                .cluster(Cluster.named("ledger").kubernetesVersion("1.36").privateCluster(ZONE)
                        .appRouting(AppRouting.DefaultController.INTERNAL, APPS_ZONE)
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
    }
}
