import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/overlay-windows/cluster.yaml, apart from 'model: overlay', which the builder implies. */
public final class OverlayWindows {
    private OverlayWindows() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("northeurope").resourceGroup("rg-shop-prod")
                .tag("env", "prod").tag("owner", "shop")
                .virtualNetwork(VirtualNetwork.named("vnet-shop").addressSpace("10.20.0.0/16")
                        .subnet("system", "10.20.0.0/24")
                        .subnet("workloads", "10.20.4.0/22"))
                .cluster(Cluster.named("shop").dnsPrefix("shop-prod").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay().policy(NetworkPolicy.CALICO).dataplane(NetworkDataplane.AZURE)
                                .podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10")
                                .outbound(OutboundType.LOAD_BALANCER))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("system"))
                        .nodePool(NodePool.windows("win1").vmSize("Standard_D4s_v5").count(2).maxPods(110).subnet("workloads"))
                        .nodePool(NodePool.linux("apps").vmSize("Standard_D8s_v5").autoscale(2, 10).subnet("workloads")))
                .build();
    }
}
