import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.PodIpAllocation;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/pod-subnet-static-block/cluster.yaml ('model: flat' is implied by the builder). */
public final class PodSubnetStaticBlock {
    private PodSubnetStaticBlock() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("swedencentral").resourceGroup("rg-batch-prod")
                .tag("env", "prod").tag("owner", "batch")
                .virtualNetwork(VirtualNetwork.named("vnet-batch").addressSpace("10.60.0.0/16")
                        .subnet("nodes", "10.60.0.0/22")
                        .delegatedSubnet("pods", "10.60.128.0/17"))
                .cluster(Cluster.named("batch").kubernetesVersion("1.36")
                        // Network.azureCniPodSubnet() has no podCidr(...): pods take addresses from the pool's pod subnet.
                        .network(Network.azureCniPodSubnet().podIpAllocation(PodIpAllocation.STATIC_BLOCK)
                                .policy(NetworkPolicy.CILIUM).dataplane(NetworkDataplane.CILIUM)
                                .serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).maxPods(63)
                                .subnet("nodes").podSubnet("pods"))
                        .nodePool(NodePool.linux("jobs").vmSize("Standard_F16s_v2").autoscale(0, 50).maxPods(95)
                                .subnet("nodes").podSubnet("pods")))
                .build();
    }
}
