package dev.aksnet.resolve;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.PodIpAllocation;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a spec means, resolved once: references, inherited groups, and each cluster's choices with AKS's defaults. */
class ResolvedSpecTest {

    private static ResolvedSpec resolve(dev.aksnet.dsl.ClusterBuilder cluster) {
        return ResolvedSpec.of(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("hub").existing().resourceGroup("rg-net").addressSpace("10.0.0.0/16")
                        .subnet("nodes", "10.0.0.0/22").subnet("appgw", "10.0.8.0/24"))
                .virtualNetwork(VirtualNetwork.named("spoke").addressSpace("10.1.0.0/16").subnet("nodes", "10.1.0.0/22")
                        .subnet("pods", "10.1.64.0/18"))
                .cluster(cluster).build());
    }

    @Test
    void referencesResolveOnceWithTheResourceGroupTheirNetworkInherits() {
        ResolvedSpec r = resolve(Cluster.named("k").network(Network.azureCniPodSubnet())
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("spoke/nodes").podSubnet("pods"))
                .nodePool(NodePool.linux("user").vmSize("v").count(3).subnet("nodes")));
        assertEquals(List.of("rg-net", "rg"), r.vnets().stream().map(ResolvedSpec.VnetAt::resourceGroup).toList());
        var system = r.pools().get(0);
        assertSame(r.subnets().get(2), system.subnet().orElseThrow(), "spoke/nodes");
        assertSame(r.subnets().get(3), system.podSubnet().orElseThrow());
        assertTrue(r.pools().get(1).subnet().isEmpty(), "'nodes' names two subnets: ambiguous, left to SUBNET_REF_AMBIGUOUS");
        assertEquals(2, r.subnetRefs().get(2).resolution().matches().size());
        assertEquals("clusters[0].nodePools[1].subnet", r.subnetRefs().get(2).path());
        assertEquals(List.of(r.vnets().get(1)), r.vnetsOf(r.clusters().get(0)));
    }

    @Test
    void choicesCarryAksDefaults() {
        ClusterAt overlay = resolve(Cluster.named("k").network(Network.azureCniOverlay())
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3))).clusters().get(0);
        assertEquals("10.244.0.0/16", ((Choices.Plugin.Overlay) overlay.plugin()).podCidr().toCanonicalString());
        assertInstanceOf(Choices.Outbound.LoadBalancer.class, overlay.outbound());
        assertEquals(Optional.empty(), overlay.privateDnsZone(), "a public cluster has no zone");

        ClusterAt podSubnet = resolve(Cluster.named("k").network(Network.azureCniPodSubnet())
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3))).clusters().get(0);
        assertEquals(PodIpAllocation.DYNAMIC, ((Choices.Plugin.PodSubnet) podSubnet.plugin()).allocation());
        assertEquals("pod subnet", podSubnet.plugin().match(o -> "overlay", p -> "pod subnet", n -> "node subnet", k -> "kubenet", b -> "byo"));

        // A CNI of the user's gets no default pod CIDR (BYO_CNI_POD_CIDR asks for one).
        ClusterAt byo = resolve(Cluster.named("k").network(Network.byoCni())
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3))).clusters().get(0);
        assertEquals(Optional.empty(), ((Choices.Plugin.ByoCni) byo.plugin()).podCidr());
    }

    @Test
    void privateDnsZoneAndIngressSourceAreSealedChoices() {
        String zone = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.westeurope.azmk8s.io";
        ClusterAt c = resolve(Cluster.named("k").network(Network.azureCniOverlay()).privateCluster(zone)
                .ingress(Ingress.applicationGatewayIngressControllerInSubnet("hub/appgw"))
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3))).clusters().get(0);
        var id = (Choices.PrivateDnsZone.ZoneId) c.privateDnsZone().orElseThrow();
        assertEquals(new Choices.PrivateDnsZone.Parts("11111111-2222-3333-4444-555555555555", "rg-dns", "privatelink.westeurope.azmk8s.io"),
                id.parts().orElseThrow());
        var ingress = (Choices.IngressSource.ControllerInSubnet) c.ingress().orElseThrow();
        assertEquals("hub/appgw", ingress.subnet().orElseThrow().qualifiedName());

        ClusterAt system = resolve(Cluster.named("k").network(Network.azureCniOverlay()).privateCluster()
                .ingress(Ingress.applicationGatewayIngressControllerNewSubnet("10.2.0.0/24"))
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3))).clusters().get(0);
        assertInstanceOf(Choices.PrivateDnsZone.SystemZone.class, system.privateDnsZone().orElseThrow(), "system is AKS's default");
        assertEquals("10.2.0.0/24", ((Choices.IngressSource.ControllerNewSubnet) system.ingress().orElseThrow()).cidr().toCanonicalString());
    }

    @Test
    void userDefinedRoutingCarriesItsNextHop() {
        ClusterAt c = resolve(Cluster.named("k").network(Network.kubenet().userDefinedRouting("10.0.0.4"))
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("spoke/nodes"))).clusters().get(0);
        var udr = (Choices.Outbound.UserDefinedRouting) c.outbound();
        assertEquals("10.0.0.4", udr.nextHop().orElseThrow().toCanonicalString());
        assertInstanceOf(Choices.Plugin.Kubenet.class, c.plugin());
    }
}
