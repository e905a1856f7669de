import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.MaxSurge;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/dual-stack-cilium/cluster.yaml: the same deployment, built with the typed DSL. */
public final class DualStackCilium {
    private DualStackCilium() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-edge-prod")
                .tag("env", "prod").tag("owner", "edge")
                .virtualNetwork(VirtualNetwork.named("vnet-edge").addressSpace("10.90.0.0/16", "fd00:10:90::/48")
                        .subnet(Subnet.named("nodes").cidrs("10.90.0.0/22", "fd00:10:90::/64"))
                        .subnet(Subnet.named("ingress").cidrs("10.90.4.0/24", "fd00:10:90:1::/64")))
                .cluster(Cluster.named("edge").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay().dataplane(NetworkDataplane.CILIUM).policy(NetworkPolicy.CILIUM)
                                .dualStack()
                                .podCidrs("10.244.0.0/16", "fd12:3456:789a::/64")
                                .serviceCidrs("10.0.0.0/16", "fd12:3456:789b::/108").dnsServiceIp("10.0.0.10")
                                .advancedNetworking(true, true)
                                .loadBalancer(dev.aksnet.dsl.LoadBalancerBuilder.managedOutboundIps(2).managedOutboundIpv6Ips(2)))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("vnet-edge/nodes")
                                .onlyCriticalAddons().maxSurge(MaxSurge.percent(33)))
                        .nodePool(NodePool.linux("apps").vmSize("Standard_D8s_v5").autoscale(2, 20).subnet("vnet-edge/nodes")
                                .maxSurge(MaxSurge.percent(33))))
                .build();
    }
}
