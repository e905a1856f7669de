import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.VirtualNetwork;

/**
 * A starter aksnet spec in Java: Azure CNI Overlay, the recommended plugin: pods use a private range, nodes one VNet address each.
 * Any aksnet command takes this file: aksnet validate Payments.java; aksnet plan Payments.java;
 * aksnet generate --target terraform Payments.java (or --target bicep).
 * IDE completion: add dev.aksnet:aksnet-dsl to the classpath (README, "Java specs"); the builders only offer what fits.
 */
public final class Payments {
    private Payments() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-aks-dev")   // Terraform creates the group; Bicep deploys into it
                .tag("env", "dev").tag("owner", "platform")
                // Ranges reached over peering, VPN or ExpressRoute: pod, service and VNet ranges must avoid them.
                .connectedNetwork("onprem", "192.168.0.0/16")
                .virtualNetwork(VirtualNetwork.named("vnet-aks").addressSpace("10.10.0.0/16")
                        .subnet("nodes", "10.10.0.0/22"))                     // one address per node
                .cluster(Cluster.named("aks-dev").kubernetesVersion("1.37")
                        .network(Network.azureCniOverlay()
                                .podCidr("10.244.0.0/16")                     // private pod range, one /24 per node
                                .policy(NetworkPolicy.CALICO)
                                .serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10")   // outside the VNet and connected networks
                                .outbound(OutboundType.LOAD_BALANCER))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3)
                                .subnet("vnet-aks/nodes"))
                        .nodePool(NodePool.linux("user").vmSize("Standard_D4s_v5").autoscale(1, 5)
                                .subnet("vnet-aks/nodes")))
                .build();
    }
}
