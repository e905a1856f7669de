import dev.aksnet.model.ApiServer;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Delegation;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkSecurityGroup;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;

import static dev.aksnet.model.NetworkSecurityGroup.Access.ALLOW;
import static dev.aksnet.model.NetworkSecurityGroup.Access.DENY;
import static dev.aksnet.model.NetworkSecurityGroup.Direction.INBOUND;
import static dev.aksnet.model.NetworkSecurityGroup.Protocol.ANY;
import static dev.aksnet.model.NetworkSecurityGroup.Protocol.TCP;

/** The Java twin of examples/hub-and-spoke/cluster.yaml. */
public final class HubAndSpoke {
    private HubAndSpoke() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-spoke-prod")
                .tag("env", "prod").tag("owner", "platform")
                .virtualNetwork(VirtualNetwork.named("vnet-hub").existing().resourceGroup("rg-hub-prod").addressSpace("10.200.0.0/24")
                        .subnet("AzureFirewallSubnet", "10.200.0.0/26"))
                .virtualNetwork(VirtualNetwork.named("vnet-spoke").addressSpace("10.240.0.0/16").dnsServers("10.200.0.4")
                        .peering("vnet-hub", true, false)
                        .subnet(Subnet.named("nodes").cidr("10.240.0.0/22").networkSecurityGroup("nsg-nodes"))
                        .subnet(Subnet.named("apiserver").cidr("10.240.4.0/28").delegation(Delegation.API_SERVER)))
                .networkSecurityGroup(NetworkSecurityGroup.named("nsg-nodes")
                        .rule("allow-https-from-hub", 1000, INBOUND, ALLOW, TCP, "10.200.0.0/24", "10.240.0.0/22", "443")
                        .rule("deny-internet-in", 4000, INBOUND, DENY, ANY, "Internet", "*", "*"))
                .privateDnsZone("private.westeurope.azmk8s.io", "vnet-hub")
                .cluster(Cluster.named("prod").kubernetesVersion("1.36")
                        .apiServer(ApiServer.settings().privateEndpoint().privateDnsZone("private.westeurope.azmk8s.io")
                                .vnetIntegration("apiserver"))
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10")
                                .userDefinedRouting("10.200.0.4"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes"))
                        .nodePool(NodePool.linux("user").vmSize("Standard_D8s_v5").autoscale(2, 10).subnet("nodes")))
                .build();
    }
}
