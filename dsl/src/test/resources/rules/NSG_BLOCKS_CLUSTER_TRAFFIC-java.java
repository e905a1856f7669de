// expect: NSG_BLOCKS_CLUSTER_TRAFFIC at 20:1
// fix: ["\"deny-all\", 4000, INBOUND, DENY, ANY, \"*\"", "\"deny-internet\", 4000, INBOUND, DENY, ANY, \"Internet\""]
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkSecurityGroup;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;

import static dev.aksnet.model.NetworkSecurityGroup.Access.DENY;
import static dev.aksnet.model.NetworkSecurityGroup.Direction.INBOUND;
import static dev.aksnet.model.NetworkSecurityGroup.Protocol.ANY;

final class Spec {
    public static Deployment spec() {
        return Deployment.builder().location("westeurope").resourceGroup("rg-test")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16")
                        .subnet(Subnet.named("nodes").cidr("10.10.0.0/22").networkSecurityGroup("nsg"))).networkSecurityGroup(NetworkSecurityGroup.named("nsg")
                        .rule("deny-all", 4000, INBOUND, DENY, ANY, "*", "*", "*"))
                .cluster(Cluster.named("k1").network(Network.azureCniOverlay().serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
    }
}
