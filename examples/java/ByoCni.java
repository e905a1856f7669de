import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/byo-cni/cluster.yaml: the same deployment, built with the typed DSL. */
public final class ByoCni {
    private ByoCni() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-mesh-lab")
                .tag("env", "lab").tag("owner", "platform")
                .virtualNetwork(VirtualNetwork.named("vnet-mesh").addressSpace("10.70.0.0/16").subnet("nodes", "10.70.0.0/22"))
                .cluster(Cluster.named("mesh").kubernetesVersion("1.36")
                        .network(Network.byoCni().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("vnet-mesh/nodes"))
                        .nodePool(NodePool.linux("apps").vmSize("Standard_D8s_v5").autoscale(2, 10).maxPods(110).subnet("vnet-mesh/nodes")))
                .build();
    }
}
