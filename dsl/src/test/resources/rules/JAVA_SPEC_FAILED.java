// expect: JAVA_SPEC_FAILED at 15:1
// fix: [".policy(null)", ""]
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;

final class Spec {
    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-test")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("k1")
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").policy(null))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
    }
}
