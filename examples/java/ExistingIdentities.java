import dev.aksnet.model.BootstrapProfile;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.MaxSurge;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/existing-identities/cluster.yaml: the same deployment, built with the typed DSL. */
public final class ExistingIdentities {
    private ExistingIdentities() {
    }

    private static final String IDENTITIES = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-identities"
            + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/";

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-settle-prod")
                .tag("env", "prod").tag("owner", "settlement")
                .virtualNetwork(VirtualNetwork.named("vnet-settle").addressSpace("10.32.0.0/16")
                        .subnet(Subnet.named("nodes").cidr("10.32.0.0/22").privateSubnet()))
                .cluster(Cluster.named("settle").kubernetesVersion("1.36").privateCluster()
                        .controlPlaneIdentity(IDENTITIES + "id-settle-aks")
                        .kubeletIdentity(IDENTITIES + "id-settle-kubelet")
                        .network(Network.azureCniOverlay().dataplane(NetworkDataplane.CILIUM).podCidr("10.244.0.0/16")
                                .serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10")
                                .noOutbound(BootstrapProfile.cache("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/"
                                        + "rg-registry/providers/Microsoft.ContainerRegistry/registries/acrsettleprod")))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")
                                .onlyCriticalAddons())
                        .nodePool(NodePool.linux("apps").vmSize("Standard_D8s_v5").autoscale(2, 6).subnet("nodes")
                                .maxSurge(MaxSurge.percent(33))))
                .build();
    }
}
