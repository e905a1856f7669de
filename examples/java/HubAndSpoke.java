import dev.aksnet.model.ApiServer;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Delegation;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.MaxSurge;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkSecurityGroup;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.PrivateEndpointNetworkPolicies;
import dev.aksnet.model.RouteTable;
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
                .virtualNetwork(VirtualNetwork.named("vnet-hub").existing().resourceGroup("rg-hub-prod")
                        .subscription("7c2b1e4a-0d3f-4b8e-9a61-2f5d8c9e0b17").addressSpace("10.200.0.0/24")
                        .subnet("AzureFirewallSubnet", "10.200.0.0/26").subnet("GatewaySubnet", "10.200.0.64/27")
                        .subnet("AzureBastionSubnet", "10.200.0.128/26"))
                .virtualNetwork(VirtualNetwork.named("vnet-spoke").addressSpace("10.240.0.0/16").dnsServers("10.200.0.4")
                        .peering("vnet-hub", true, false)
                        .subnet(Subnet.named("nodes").cidr("10.240.0.0/22").routeTable("rt-egress").networkSecurityGroup("nsg-nodes"))
                        .subnet(Subnet.named("ingress-services").cidr("10.240.4.0/28").routeTable("rt-egress")
                                .networkSecurityGroup("nsg-ingress-services"))
                        .subnet(Subnet.named("apiserver").cidr("10.240.4.16/28").delegation(Delegation.API_SERVER))
                        .subnet(Subnet.named("private-endpoints").cidr("10.240.4.32/28").networkSecurityGroup("nsg-private-endpoints")
                                .privateEndpointNetworkPolicies(PrivateEndpointNetworkPolicies.NETWORK_SECURITY_GROUP_ENABLED))
                        .subnet(Subnet.named("application-gateway").cidr("10.240.5.0/24").networkSecurityGroup("nsg-application-gateway")))
                .routeTable(RouteTable.named("rt-egress").withoutBgpRoutePropagation()
                        .toAppliance("to-hub-firewall", "0.0.0.0/0", "10.200.0.4"))
                .networkSecurityGroup(NetworkSecurityGroup.named("nsg-nodes")
                        .rule("allow-https-from-hub", 1000, INBOUND, ALLOW, TCP, "10.200.0.0/24", "10.240.0.0/22", "443")
                        .rule("deny-internet-in", 4000, INBOUND, DENY, ANY, "Internet", "*", "*"))
                .networkSecurityGroup(NetworkSecurityGroup.named("nsg-ingress-services")
                        .rule("allow-https-from-gateway", 100, INBOUND, ALLOW, TCP, "10.240.5.0/24", "10.240.4.0/28", "443")
                        .rule("deny-internet-in", 4000, INBOUND, DENY, ANY, "Internet", "*", "*"))
                .networkSecurityGroup(NetworkSecurityGroup.named("nsg-private-endpoints")
                        .rule("allow-from-spoke", 100, INBOUND, ALLOW, ANY, "VirtualNetwork", "VirtualNetwork", "*")
                        .rule("deny-all-in", 1000, INBOUND, DENY, ANY, "*", "*", "*"))
                .networkSecurityGroup(NetworkSecurityGroup.named("nsg-application-gateway")
                        .rule("allow-https-in", 100, INBOUND, ALLOW, TCP, "Internet", "VirtualNetwork", "443")
                        .rule("allow-gateway-manager", 110, INBOUND, ALLOW, TCP, "GatewayManager", "*", "65200-65535")
                        .rule("allow-load-balancer", 120, INBOUND, ALLOW, ANY, "AzureLoadBalancer", "*", "*")
                        .rule("deny-all-in", 4096, INBOUND, DENY, ANY, "*", "*", "*"))
                .privateDnsZone("private.westeurope.azmk8s.io", "vnet-hub")
                .cluster(Cluster.named("prod").kubernetesVersion("1.36")
                        .apiServer(ApiServer.settings().privateEndpoint().privateDnsZone("private.westeurope.azmk8s.io").noPublicFqdn()
                                .vnetIntegration("apiserver"))
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10")
                                .outbound(OutboundType.USER_DEFINED_ROUTING))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes").onlyCriticalAddons())
                        .nodePool(NodePool.linux("user").vmSize("Standard_D8s_v5").autoscale(2, 10).subnet("nodes").maxSurge(MaxSurge.percent(33))))
                .build();
    }
}
