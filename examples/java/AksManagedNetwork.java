import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OutboundType;

/** The Java twin of examples/aks-managed-network/cluster.yaml: no virtual network, no subnets on the pools. */
public final class AksManagedNetwork {
    private AksManagedNetwork() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-sandbox")
                .tag("env", "sandbox").tag("owner", "platform")
                .cluster(Cluster.named("sandbox").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").outbound(OutboundType.MANAGED_NAT_GATEWAY))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(2)))
                .build();
    }
}
