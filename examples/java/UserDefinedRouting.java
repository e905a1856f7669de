import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/user-defined-routing/cluster.yaml. */
public final class UserDefinedRouting {
    private UserDefinedRouting() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-secure-prod")
                .tag("env", "prod").tag("owner", "security")
                .virtualNetwork(VirtualNetwork.named("vnet-secure").addressSpace("10.40.0.0/16")
                        .subnet("nodes", "10.40.0.0/22", "Microsoft.Storage", "Microsoft.KeyVault")
                        .subnet("AzureFirewallSubnet", "10.40.255.0/26"))
                .cluster(Cluster.named("secure").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16")
                                .serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10")
                                .userDefinedRouting("10.40.255.4"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
    }
}
