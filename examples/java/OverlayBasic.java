import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/overlay-basic/cluster.yaml: the same deployment, built with the typed DSL. */
public final class OverlayBasic {
    private OverlayBasic() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-payments-prod")
                .tag("env", "prod").tag("owner", "payments")
                .virtualNetwork(VirtualNetwork.named("vnet-payments").addressSpace("10.10.0.0/16")
                        .subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("payments").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16")
                                .serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3)
                                .subnet("vnet-payments/nodes")))
                .build();
    }
}
