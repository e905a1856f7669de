import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/application-gateway-ingress/cluster.yaml: the add-on's three ways to get a gateway. */
public final class ApplicationGatewayIngress {
    private ApplicationGatewayIngress() {
    }

    static final String PARTNER_GATEWAY = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-shared-edge"
            + "/providers/Microsoft.Network/applicationGateways/agw-partners";

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-edge-prod")
                .tag("env", "prod").tag("owner", "edge")
                .virtualNetwork(VirtualNetwork.named("vnet-edge").addressSpace("10.70.0.0/16")
                        .subnet("nodes", "10.70.0.0/22")
                        .subnet("appgw", "10.70.8.0/24")
                        .subnet("partner-nodes", "10.70.16.0/22"))
                .cluster(Cluster.named("web").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10"))
                        .ingress(Ingress.applicationGatewayIngressControllerInSubnet("appgw"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .cluster(Cluster.named("batch").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay())
                        .ingress(Ingress.applicationGatewayIngressControllerNewSubnet("10.225.0.0/24"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3)))
                .cluster(Cluster.named("partners").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10"))
                        .ingress(Ingress.applicationGatewayIngressControllerExisting(PARTNER_GATEWAY))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("partner-nodes")))
                .build();
    }
}
