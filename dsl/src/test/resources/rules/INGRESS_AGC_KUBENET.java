// expect: INGRESS_AGC_KUBENET at 19:1
// fix: ["Network.kubenet()", "Network.azureCniOverlay()"]
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;

final class Spec {
    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-test")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16")
                        .subnet("nodes", "10.10.0.0/22")
                        .trafficControllerSubnet("alb", "10.10.8.0/24"))
                .cluster(Cluster.named("k1")
                        .network(Network.kubenet())
                        .ingress(Ingress.applicationGatewayForContainers("alb"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
    }
}
