import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.NatGateway;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;

/** The Java twin of examples/nat-gateway-zonal/cluster.yaml. */
public final class NatGatewayZonal {
    private NatGatewayZonal() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("northeurope").resourceGroup("rg-ledger-prod")
                .tag("env", "prod").tag("owner", "ledger")
                .virtualNetwork(VirtualNetwork.named("vnet-spoke-ledger").existing().resourceGroup("rg-network-prod")
                        .addressSpace("10.140.0.0/16")
                        .subnet(Subnet.named("nodes-zone1").cidr("10.140.0.0/22").natGateway("nat-ledger-zone1").privateSubnet())
                        .subnet(Subnet.named("nodes-zone2").cidr("10.140.4.0/22").natGateway("nat-ledger-zone2").privateSubnet()))
                .natGateway(NatGateway.named("nat-ledger-zone1").zone(1).publicIps(2).idleTimeoutMinutes(4))
                .natGateway(NatGateway.named("nat-ledger-zone2").zone(2).publicIpPrefixLength(31).idleTimeoutMinutes(4))
                .cluster(Cluster.named("ledger").kubernetesVersion("1.36")
                        .network(Network.azureCniOverlay().podCidr("10.244.0.0/16").serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10")
                                .outbound(OutboundType.USER_ASSIGNED_NAT_GATEWAY))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(2).zones(1).subnet("nodes-zone1"))
                        .nodePool(NodePool.linux("zone2").vmSize("Standard_D4s_v5").autoscale(2, 10).zones(2).subnet("nodes-zone2")))
                .build();
    }
}
