// expect: KUBENET_ROUTE_CONFLICT at 17:1
// fix: ["\"10.244.3.0/24\"", "\"192.168.0.0/16\""]
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.RouteTable;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;

final class Spec {
    public static Deployment spec() {
        return Deployment.builder().location("westeurope").resourceGroup("rg-test")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16")
                        .subnet(Subnet.named("nodes").cidr("10.10.0.0/22").routeTable("rt")))
                .routeTable(RouteTable.named("rt")
                        .toAppliance("pods-elsewhere", "10.244.3.0/24", "10.10.200.4"))
                .cluster(Cluster.named("k1").network(Network.kubenet().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
    }
}
