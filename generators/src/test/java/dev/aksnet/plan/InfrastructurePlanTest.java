package dev.aksnet.plan;

import dev.aksnet.plan.InfrastructurePlan.PlannedCluster;
import dev.aksnet.plan.InfrastructurePlan.PlannedSubnet;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.VirtualNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generators' obligations (network-rules.md §9), decided once in the plan for both targets. */
class InfrastructurePlanTest {

    private static Deployment deployment(VirtualNetwork vnet, Cluster... clusters) {
        var b = Deployment.builder().location("westeurope").resourceGroup("rg").virtualNetwork(vnet);
        for (Cluster c : clusters) {
            b.cluster(c);
        }
        return b.build();
    }

    private static PlannedSubnet subnet(InfrastructurePlan plan, String name) {
        var n = plan.networks().get(0);
        return new PlannedSubnet(n, n.vnet().subnet(name).orElseThrow());
    }

    @Test
    void kubenetOnCreatedNetworkGetsARouteTableItsIdentityMayWrite() {
        var plan = InfrastructurePlan.of(deployment(
                VirtualNetwork.named("vnet").addressSpace("10.0.0.0/16").subnet("nodes", "10.0.0.0/24").build(),
                Cluster.named("k").network(Network.kubenet())
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes")).build()));
        var egress = plan.egressOf(subnet(plan, "nodes")).orElseThrow();
        assertTrue(egress.routeTable());
        assertTrue(egress.defaultRouteNextHop().isEmpty(), "kubenet adds no default route of its own");
        assertEquals(List.of(subnet(plan, "nodes")), plan.clusters().get(0).routeTablesToWrite());
    }

    @Test
    void kubenetNodeSubnetsShareOneRouteTableBecauseAksWritesItsRoutesIntoOne() {
        var plan = InfrastructurePlan.of(deployment(
                VirtualNetwork.named("vnet").addressSpace("10.0.0.0/16").subnet("nodes", "10.0.0.0/24").subnet("more", "10.0.1.0/24").build(),
                Cluster.named("k").network(Network.kubenet().outbound(OutboundType.USER_ASSIGNED_NAT_GATEWAY))
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes"))
                        .nodePool(NodePool.linux("user").vmSize("v").count(3).subnet("more")).build()));
        assertTrue(plan.egressOf(subnet(plan, "nodes")).orElseThrow().routeTable());
        var more = plan.egressOf(subnet(plan, "more")).orElseThrow();
        assertFalse(more.routeTable(), "no second route table");
        assertTrue(more.natGateway(), "NAT gateways stay per subnet");
        assertEquals(subnet(plan, "nodes"), plan.routeTableOwner(subnet(plan, "more")).orElseThrow());
        assertEquals(List.of(subnet(plan, "nodes")), plan.clusters().get(0).routeTablesToWrite());
    }

    @Test
    void kubenetOnExistingNetworkCreatesNoRouteTable() {
        var plan = InfrastructurePlan.of(deployment(
                VirtualNetwork.named("vnet").existing().addressSpace("10.0.0.0/16").subnet("nodes", "10.0.0.0/24").build(),
                Cluster.named("k").network(Network.kubenet())
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes")).build()));
        assertTrue(plan.egress().isEmpty());
        assertTrue(plan.clusters().get(0).routeTablesToWrite().isEmpty());
    }

    @Test
    void createdPodSubnetIsDelegatedEvenWhenTheSpecDoesNotSaySo() {
        var plan = InfrastructurePlan.of(deployment(
                VirtualNetwork.named("vnet").addressSpace("10.0.0.0/16").subnet("nodes", "10.0.0.0/24").subnet("pods", "10.0.64.0/18").build(),
                Cluster.named("k").network(Network.azureCniPodSubnet())
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes").podSubnet("pods")).build()));
        assertEquals(List.of(subnet(plan, "pods")), List.copyOf(plan.delegated()));
    }

    @Test
    void userDefinedRoutingOnAPodSubnetClusterRoutesPodEgressToo() {
        var plan = InfrastructurePlan.of(deployment(
                VirtualNetwork.named("vnet").addressSpace("10.0.0.0/16").subnet("nodes", "10.0.0.0/24").subnet("pods", "10.0.64.0/18").build(),
                Cluster.named("k").network(Network.azureCniPodSubnet().userDefinedRouting("10.0.255.4"))
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes").podSubnet("pods")).build()));
        for (String s : List.of("nodes", "pods")) {
            var egress = plan.egressOf(subnet(plan, s)).orElseThrow();
            assertEquals("10.0.255.4", egress.defaultRouteNextHop().orElseThrow().toCanonicalString(), s);
        }
    }

    @Test
    void clustersSharingASubnetEachJoinItAndShareOneNatGateway() {
        var vnet = VirtualNetwork.named("vnet").addressSpace("10.0.0.0/16").subnet("shared", "10.0.0.0/22").build();
        var plan = InfrastructurePlan.of(deployment(vnet,
                Cluster.named("a").network(Network.azureCniOverlay().outbound(OutboundType.USER_ASSIGNED_NAT_GATEWAY))
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("shared")).build(),
                Cluster.named("b").network(Network.azureCniOverlay().outbound(OutboundType.USER_ASSIGNED_NAT_GATEWAY))
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("shared")).build()));
        assertEquals(1, plan.egress().size());
        assertTrue(plan.egressOf(subnet(plan, "shared")).orElseThrow().natGateway());
        for (PlannedCluster c : plan.clusters()) {
            assertEquals(List.of(subnet(plan, "shared")), c.subnetsToJoin());
            assertTrue(c.userAssignedIdentity());
        }
    }

    @Test
    void aksManagedNetworkUsesASystemAssignedIdentityAndGrantsNothing() {
        var d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .cluster(Cluster.named("k").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(1))).build();
        var c = InfrastructurePlan.of(d).clusters().get(0);
        assertFalse(c.userAssignedIdentity());
        assertTrue(c.subnetsToJoin().isEmpty());
    }
}
