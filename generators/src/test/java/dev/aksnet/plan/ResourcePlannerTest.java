package dev.aksnet.plan;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.plan.ResourcePlan.GrantWait;
import dev.aksnet.plan.ResourcePlan.IdentityPrincipal;
import dev.aksnet.plan.ResourcePlan.RouteTableScope;
import dev.aksnet.plan.ResourcePlan.SubnetScope;
import dev.aksnet.plan.ResourcePlan.SubnetWait;
import dev.aksnet.plan.ResourcePlan.UserAssigned;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decisions every target spells and none makes: which resources exist, what they reference, who is granted what. */
class ResourcePlannerTest {

    private static ResourcePlan plan(VirtualNetwork vnet, Cluster cluster) {
        var b = Deployment.builder().location("westeurope").resourceGroup("rg");
        if (vnet != null) {
            b.virtualNetwork(vnet);
        }
        return ResourcePlanner.plan(b.cluster(cluster).build());
    }

    @Test
    void kubenetSubnetsShareOneRouteTableThatTheIdentityMayWriteBeforeTheClusterExists() {
        ResourcePlan plan = plan(VirtualNetwork.named("vnet").addressSpace("10.0.0.0/16").subnet("nodes", "10.0.0.0/24")
                        .subnet("more", "10.0.1.0/24").build(),
                Cluster.named("k").network(Network.kubenet().outbound(OutboundType.USER_ASSIGNED_NAT_GATEWAY))
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes"))
                        .nodePool(NodePool.linux("user").vmSize("v").count(3).subnet("more")).build());
        assertEquals(1, plan.routeTables().size());
        ResourcePlan.RouteTable table = plan.routeTables().get(0);
        assertTrue(table.aksWritesRoutes(), "kubenet: AKS writes its pod routes into it");
        assertEquals("k", table.ownerCluster().orElseThrow());
        var subnets = plan.networks().get(0).subnets();
        assertSame(table, subnets.get(0).routeTable().orElseThrow());
        assertSame(table, subnets.get(1).routeTable().orElseThrow(), "the second subnet shares the table");
        assertEquals(2, plan.natGateways().size(), "NAT gateways stay per subnet");

        ResourcePlan.ManagedCluster cluster = plan.clusters().get(0);
        var identity = ((UserAssigned) cluster.identity()).identity();
        assertEquals("id-k", identity.name());
        List<ResourcePlan.RoleGrant> grants = plan.roleGrants();
        assertEquals(3, grants.size(), "two subnets and the route table");
        assertTrue(grants.stream().allMatch(g -> g.role().equals(AzureRoles.NETWORK_CONTRIBUTOR)
                && g.principal().equals(new IdentityPrincipal(identity))));
        assertInstanceOf(RouteTableScope.class, grants.get(2).scope());
        // The cluster waits for each grant and for each subnet with what is attached to it.
        assertEquals(List.of(new GrantWait(grants.get(0)), new SubnetWait(subnets.get(0)), new GrantWait(grants.get(1)),
                new SubnetWait(subnets.get(1)), new GrantWait(grants.get(2))), cluster.waitsFor());
    }

    @Test
    void anAksManagedNetworkNeedsNoIdentityNoGrantAndNoNetwork() {
        ResourcePlan plan = plan(null, Cluster.named("k").network(Network.azureCniOverlay())
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3)).build());
        assertInstanceOf(ResourcePlan.SystemAssigned.class, plan.clusters().get(0).identity());
        assertTrue(plan.identities().isEmpty());
        assertTrue(plan.roleGrants().isEmpty());
        assertTrue(plan.networks().isEmpty());
        assertTrue(plan.clusters().get(0).waitsFor().isEmpty());
        assertEquals(List.of("k_id", "k_node_resource_group", "k_identity_principal_id"),
                plan.outputs().stream().map(o -> String.join("_", o.words())).toList());
    }

    @Test
    void anExistingNetworkIsReadForTheSubnetsItsPoolsUseAndGrantedOnThem() {
        ResourcePlan plan = plan(VirtualNetwork.named("hub").existing().resourceGroup("rg-net").addressSpace("10.0.0.0/16")
                        .subnet("nodes", "10.0.0.0/24").subnet("other", "10.0.1.0/24").build(),
                Cluster.named("k").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes")).build());
        ResourcePlan.Network hub = plan.networks().get(0);
        assertFalse(hub.created());
        assertTrue(hub.otherGroup());
        assertTrue(hub.subnets().isEmpty(), "nothing of it is created");
        assertEquals(List.of("nodes"), hub.used().stream().map(ResourcePlan.Subnet::name).toList());
        ResourcePlan.Subnet nodes = hub.used().get(0);
        assertEquals("rg-net", nodes.resourceGroup());
        assertTrue(nodes.routeTable().isEmpty() && nodes.natGateway().isEmpty(), "aksnet attaches nothing to a subnet it does not own");
        assertEquals(new SubnetScope(nodes), plan.roleGrants().get(0).scope());
        assertSame(nodes, plan.clusters().get(0).systemPool().vnetSubnet().orElseThrow(), "pools reference the planned subnet");
    }

    @Test
    void staticBlockAllocationIsSetOnEveryPoolOfTheCluster() {
        ResourcePlan plan = plan(VirtualNetwork.named("vnet").addressSpace("10.0.0.0/16").subnet("nodes", "10.0.0.0/24")
                        .subnet("pods", "10.0.64.0/18").build(),
                Cluster.named("k").network(Network.azureCniPodSubnet().podIpAllocation(dev.aksnet.model.PodIpAllocation.STATIC_BLOCK))
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes").podSubnet("pods")).build());
        ResourcePlan.ManagedCluster cluster = plan.clusters().get(0);
        assertTrue(cluster.staticBlockPods());
        assertEquals(AksNetworking.STATIC_BLOCK, cluster.systemPool().podIpAllocationMode().orElseThrow());
        assertEquals("Microsoft.ContainerService/managedClusters", plan.networks().get(0).subnets().get(1).delegation().orElseThrow().serviceName(),
                "a created pod subnet is delegated to AKS");
    }
}
