import dev.aksnet.model.BootstrapProfile;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.MaxSurge;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/network-isolated/cluster.yaml: the same deployment, built with the typed DSL. */
public final class NetworkIsolated {
    private NetworkIsolated() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-ledger-prod")
                .tag("env", "prod").tag("owner", "ledger")
                .virtualNetwork(VirtualNetwork.named("vnet-ledger").addressSpace("10.30.0.0/16")
                        .subnet(Subnet.named("nodes").cidr("10.30.0.0/22").privateSubnet()))
                .cluster(Cluster.named("ledger").kubernetesVersion("1.36").privateCluster()
                        .network(Network.azureCniOverlay().dataplane(NetworkDataplane.CILIUM).podCidr("10.244.0.0/16")
                                .serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10")
                                .noOutbound(BootstrapProfile.cache()))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")
                                .onlyCriticalAddons())
                        .nodePool(NodePool.linux("apps").vmSize("Standard_D8s_v5").autoscale(2, 6).subnet("nodes")
                                .maxSurge(MaxSurge.percent(33))))
                .build();
    }
}
