import dev.aksnet.model.ApiServer;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Delegation;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/api-server-vnet-integration/cluster.yaml. */
public final class ApiServerVnetIntegration {
    private ApiServerVnetIntegration() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-platform-prod")
                .tag("env", "prod").tag("owner", "platform")
                .virtualNetwork(VirtualNetwork.named("vnet-platform").addressSpace("10.160.0.0/16")
                        .subnet("nodes-ops", "10.160.0.0/22")
                        .subnet("nodes-web", "10.160.4.0/22")
                        .subnet(Subnet.named("apiserver").cidr("10.160.8.0/27").delegation(Delegation.API_SERVER)))
                .cluster(Cluster.named("ops").kubernetesVersion("1.36")
                        .apiServer(ApiServer.settings().privateEndpoint().privateDnsZone("system").publicFqdn().vnetIntegration("apiserver"))
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes-ops")))
                .cluster(Cluster.named("web").kubernetesVersion("1.36")
                        .apiServer(ApiServer.settings().vnetIntegration("apiserver").authorizedIpRanges("203.0.113.0/24", "198.51.100.16/28"))
                        .network(Network.azureCniOverlay().podCidr("10.245.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes-web")))
                .build();
    }
}
