import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/application-gateway-for-containers/cluster.yaml. */
public final class ApplicationGatewayForContainers {
    private ApplicationGatewayForContainers() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-storefront-prod")
                .tag("env", "prod").tag("owner", "storefront")
                .virtualNetwork(VirtualNetwork.named("vnet-storefront").addressSpace("10.60.0.0/16")
                        .subnet("nodes", "10.60.0.0/22")
                        .trafficControllerSubnet("alb", "10.60.8.0/24"))
                .cluster(Cluster.named("storefront").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10"))
                        .ingress(Ingress.applicationGatewayForContainers("alb"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
    }
}
