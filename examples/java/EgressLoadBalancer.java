import dev.aksnet.dsl.LoadBalancerBuilder;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/egress-load-balancer/cluster.yaml. */
public final class EgressLoadBalancer {
    private EgressLoadBalancer() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-checkout-prod")
                .tag("env", "prod").tag("owner", "checkout")
                .virtualNetwork(VirtualNetwork.named("vnet-checkout").addressSpace("10.120.0.0/16")
                        .subnet(Subnet.named("nodes").cidr("10.120.0.0/22").privateSubnet()))
                .cluster(Cluster.named("checkout").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10")
                                .loadBalancer(LoadBalancerBuilder.managedOutboundIps(2).allocatedOutboundPorts(4000).idleTimeoutMinutes(10)))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).zones(1, 2, 3).subnet("nodes"))
                        .nodePool(NodePool.linux("web").vmSize("Standard_D8s_v5").autoscale(3, 20).zones(1, 2, 3).subnet("nodes")))
                .build();
    }
}
