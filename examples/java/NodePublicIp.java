import dev.aksnet.dsl.LoadBalancerBuilder;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/node-public-ip/cluster.yaml. */
public final class NodePublicIp {
    private NodePublicIp() {
    }

    static final String EDGE = "/subscriptions/22222222-3333-4444-5555-666666666666/resourceGroups/rg-edge-prod/providers/Microsoft.Network/";

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-games-prod")
                .tag("env", "prod").tag("owner", "games")
                .virtualNetwork(VirtualNetwork.named("vnet-games").addressSpace("10.150.0.0/16").subnet("nodes", "10.150.0.0/22"))
                .cluster(Cluster.named("games").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10")
                                .loadBalancer(LoadBalancerBuilder.outboundIps(EDGE + "publicIPAddresses/pip-games-egress").idleTimeoutMinutes(15)))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).zones(1, 2, 3).subnet("nodes"))
                        .nodePool(NodePool.linux("servers").vmSize("Standard_F8s_v2").autoscale(2, 12).zones(1, 2, 3)
                                .nodePublicIp(EDGE + "publicIPPrefixes/ippre-games-nodes").subnet("nodes"))
                        .nodePool(NodePool.linux("relay").vmSize("Standard_D4s_v5").count(2).nodePublicIp().subnet("nodes")))
                .build();
    }
}
