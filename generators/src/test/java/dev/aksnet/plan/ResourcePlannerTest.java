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

    private static final String IP = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-edge/providers/Microsoft.Network/";

    @Test
    void aNatGatewayOfTheSpecOnAnExistingSubnetInAnotherGroupIsAttachedAndItsSubnetGranted() {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").existing().resourceGroup("rg-net").addressSpace("10.0.0.0/16")
                        .subnet(dev.aksnet.model.Subnet.named("nodes").cidr("10.0.0.0/22").natGateway("nat-a").privateSubnet()))
                .natGateway(dev.aksnet.model.NatGateway.named("nat-a").zone(2).publicIps(2).publicIpPrefixLength(30).idleTimeoutMinutes(10))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay().outbound(OutboundType.USER_ASSIGNED_NAT_GATEWAY))
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).zones(2).subnet("nodes")))
                .build();
        ResourcePlan plan = ResourcePlanner.plan(d);
        assertEquals(1, plan.natGateways().size(), "the spec's own, and none added for userAssignedNatGateway");
        ResourcePlan.NatGateway nat = plan.natGateways().get(0);
        assertEquals(List.of("2"), nat.zones());
        assertEquals(List.of("pip-nat-a-1", "pip-nat-a-2"), nat.publicIps().stream().map(ResourcePlan.PublicIp::name).toList());
        assertTrue(nat.publicIps().stream().allMatch(ip -> ip.zones().equals(List.of("2"))), "a public IP's zones are its NAT gateway's");
        assertEquals(30, nat.publicIpPrefix().orElseThrow().prefixLength());
        assertEquals(List.of("2"), nat.publicIpPrefix().orElseThrow().zones());
        assertEquals(java.util.Optional.of(10), nat.idleTimeoutMinutes());

        assertEquals(1, plan.natGatewayAttachments().size());
        ResourcePlan.NatGatewayAttachment a = plan.natGatewayAttachments().get(0);
        assertSame(nat, a.natGateway());
        assertEquals("rg-net", a.subnet().resourceGroup());
        assertFalse(a.subnet().created());
        // The identity may join the subnet wherever it lives, and the cluster waits for the subnet with its NAT gateway.
        ResourcePlan.RoleGrant grant = plan.roleGrants().get(0);
        assertEquals(new SubnetScope(a.subnet()), grant.scope());
        assertTrue(plan.clusters().get(0).waitsFor().contains(new SubnetWait(a.subnet())));
        assertEquals(List.of("2"), plan.clusters().get(0).systemPool().availabilityZones());
    }

    @Test
    void aNatGatewayOfTheSpecOnACreatedSubnetReplacesTheOneAksnetWouldAdd() {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.0.0.0/16")
                        .subnet(dev.aksnet.model.Subnet.named("nodes").cidr("10.0.0.0/22").natGateway("nat-a"))
                        .subnet("more", "10.0.4.0/22"))
                .natGateway(dev.aksnet.model.NatGateway.named("nat-a").publicIps(1))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay().outbound(OutboundType.USER_ASSIGNED_NAT_GATEWAY))
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes"))
                        .nodePool(NodePool.linux("user").vmSize("v").count(3).subnet("more")))
                .build();
        ResourcePlan plan = ResourcePlanner.plan(d);
        assertEquals(List.of("nat-a", "ng-vnet-more"), plan.natGateways().stream().map(ResourcePlan.NatGateway::name).toList());
        var subnets = plan.networks().get(0).subnets();
        assertEquals("nat-a", subnets.get(0).natGateway().orElseThrow().name());
        assertEquals("ng-vnet-more", subnets.get(1).natGateway().orElseThrow().name());
        assertEquals(List.of(), plan.natGatewayAttachments(), "created subnets carry their NAT gateway in their own body");
    }

    @Test
    void publicIpsAndPrefixesOfTheUsersAreGrantedToAUserAssignedIdentityEvenOnAnAksManagedNetwork() {
        Cluster c = Cluster.named("k").network(Network.azureCniOverlay()
                        .loadBalancer(dev.aksnet.dsl.LoadBalancerBuilder.outboundIps(IP + "publicIPAddresses/egress").allocatedOutboundPorts(1024)))
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3).nodePublicIp(IP + "publicIPPrefixes/nodes"))
                .nodePool(NodePool.linux("user").vmSize("v").count(3).nodePublicIp(IP + "publicIPPrefixes/nodes")).build();
        ResourcePlan plan = plan(null, c);
        ResourcePlan.ManagedCluster cluster = plan.clusters().get(0);
        assertInstanceOf(UserAssigned.class, cluster.identity());
        List<ResourcePlan.ExistingResourceScope> scopes = plan.roleGrants().stream().map(g -> (ResourcePlan.ExistingResourceScope) g.scope()).toList();
        assertEquals(List.of(AzureType.PUBLIC_IP_ADDRESS, AzureType.PUBLIC_IP_PREFIX), scopes.stream().map(ResourcePlan.ExistingResourceScope::type).toList(),
                "one grant per resource, however many pools use the prefix");
        assertEquals(List.of("rg-edge", "rg-edge"), scopes.stream().map(ResourcePlan.ExistingResourceScope::resourceGroup).toList());
        assertEquals(2, cluster.waitsFor().stream().filter(w -> w instanceof GrantWait).count());
        ResourcePlan.LoadBalancerProfile lb = cluster.networkProfile().loadBalancerProfile().orElseThrow();
        assertEquals(List.of(IP + "publicIPAddresses/egress"), lb.outboundIpIds());
        assertEquals(java.util.Optional.of(1024), lb.allocatedOutboundPorts());
        assertEquals(java.util.Optional.empty(), lb.managedOutboundIpCount());
        assertTrue(cluster.systemPool().enableNodePublicIp());
        assertEquals(IP + "publicIPPrefixes/nodes", cluster.systemPool().nodePublicIpPrefixId().orElseThrow());
    }

    @Test
    void outboundProfilesAreWrittenOnlyWhenTheSpecSetsThem() {
        Cluster plain = Cluster.named("k").network(Network.azureCniOverlay())
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3)).build();
        assertTrue(plan(null, plain).clusters().get(0).networkProfile().loadBalancerProfile().isEmpty(), "AKS's defaults, unwritten");
        assertInstanceOf(ResourcePlan.SystemAssigned.class, plan(null, plain).clusters().get(0).identity());
        Cluster managedNat = Cluster.named("k").network(Network.azureCniOverlay().managedNatGateway(3, 10))
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3)).build();
        var profile = plan(null, managedNat).clusters().get(0).networkProfile();
        assertEquals(new ResourcePlan.NatGatewayProfile(java.util.Optional.of(3), java.util.Optional.of(10)), profile.natGatewayProfile().orElseThrow());
        assertEquals("managedNATGateway", profile.outboundType());
        assertTrue(profile.loadBalancerProfile().isEmpty());
    }

    @Test
    void theApiServerSubnetIsGrantedToTheClusterIdentityAndNamedInItsAccessProfile() {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.0.0.0/16").subnet("nodes", "10.0.0.0/22")
                        .subnet(dev.aksnet.model.Subnet.named("apiserver").cidr("10.0.4.0/28").delegation(dev.aksnet.model.Delegation.API_SERVER)))
                .cluster(Cluster.named("k").apiServer(dev.aksnet.model.ApiServer.settings().privateEndpoint().publicFqdn().vnetIntegration("apiserver"))
                        .network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes")))
                .build();
        ResourcePlan plan = ResourcePlanner.plan(d);
        ResourcePlan.ManagedCluster cluster = plan.clusters().get(0);
        ResourcePlan.Subnet apiServerSubnet = plan.networks().get(0).subnets().get(1);
        assertEquals("apiServer", apiServerSubnet.delegation().orElseThrow().name());
        assertEquals("Microsoft.ContainerService/managedClusters", apiServerSubnet.delegation().orElseThrow().serviceName());
        ResourcePlan.ApiServerAccess access = cluster.apiServerAccess().orElseThrow();
        assertTrue(access.privateCluster());
        assertEquals(java.util.Optional.of("system"), access.privateDnsZone());
        assertSame(apiServerSubnet, access.vnetIntegration().orElseThrow());
        assertEquals(java.util.Optional.of(true), access.publicFqdn());
        assertTrue(plan.roleGrants().stream().anyMatch(g -> g.scope().equals(new SubnetScope(apiServerSubnet))),
                "Network Contributor on the API server subnet");
        assertTrue(cluster.waitsFor().contains(new SubnetWait(apiServerSubnet)));
    }

    @Test
    void aPublicClusterWithoutApiServerSettingsHasNoAccessProfile() {
        Cluster plain = Cluster.named("k").network(Network.azureCniOverlay())
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3)).build();
        assertTrue(plan(null, plain).clusters().get(0).apiServerAccess().isEmpty());
        Cluster restricted = Cluster.named("k").network(Network.azureCniOverlay())
                .apiServer(dev.aksnet.model.ApiServer.settings().authorizedIpRanges("203.0.113.0/24"))
                .nodePool(NodePool.linux("system").system().vmSize("v").count(3)).build();
        ResourcePlan.ApiServerAccess access = plan(null, restricted).clusters().get(0).apiServerAccess().orElseThrow();
        assertFalse(access.privateCluster());
        assertEquals(java.util.Optional.empty(), access.privateDnsZone());
        assertEquals(List.of("203.0.113.0/24"), access.authorizedIpRanges());
    }

    @Test
    void aPeeringIsWrittenBothWaysAndAClusterBehindCustomDnsWaitsForIt() {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("hub").existing().resourceGroup("rg-hub").addressSpace("10.200.0.0/24"))
                .virtualNetwork(VirtualNetwork.named("spoke").addressSpace("10.0.0.0/16").dnsServers("10.200.0.4")
                        .peering("hub", true, true).subnet("nodes", "10.0.0.0/22"))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes")))
                .build();
        ResourcePlan plan = ResourcePlanner.plan(d);
        assertEquals(List.of("peer-spoke-to-hub", "peer-hub-to-spoke"), plan.peerings().stream().map(ResourcePlan.Peering::name).toList());
        ResourcePlan.Peering out = plan.peerings().get(0);
        ResourcePlan.Peering back = plan.peerings().get(1);
        assertSame(out.local(), back.remote());
        assertTrue(out.useRemoteGateways() && !out.allowGatewayTransit(), "the declaring side uses the hub's gateway");
        assertTrue(back.allowGatewayTransit() && !back.useRemoteGateways(), "the hub lets it");
        assertTrue(out.allowForwardedTraffic() && back.allowForwardedTraffic());
        assertEquals(List.of("10.200.0.4"), out.local().dnsServers());
        assertEquals(List.of(), back.local().dnsServers(), "an existing network's DNS servers are not written");
        var waits = plan.clusters().get(0).waitsFor();
        assertTrue(waits.contains(new ResourcePlan.PeeringWait(out)) && waits.contains(new ResourcePlan.PeeringWait(back)));
    }

    @Test
    void aPrivateDnsZoneOfTheSpecIsCreatedLinkedAndGrantedAndTheClusterNamesIt() {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("hub").existing().resourceGroup("rg-hub").addressSpace("10.200.0.0/24"))
                .virtualNetwork(VirtualNetwork.named("spoke").addressSpace("10.0.0.0/16").subnet("nodes", "10.0.0.0/22"))
                .privateDnsZone("privatelink.westeurope.azmk8s.io", "hub")
                .cluster(Cluster.named("k").privateCluster("privatelink.westeurope.azmk8s.io").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("v").count(3).subnet("nodes")))
                .build();
        ResourcePlan plan = ResourcePlanner.plan(d);
        ResourcePlan.PrivateDnsZone zone = plan.privateDnsZones().get(0);
        assertEquals("privatelink.westeurope.azmk8s.io", zone.name());
        assertEquals(List.of("hub"), zone.links().stream().map(l -> l.network().name()).toList());
        ResourcePlan.ApiServerAccess access = plan.clusters().get(0).apiServerAccess().orElseThrow();
        assertSame(zone, access.createdZone().orElseThrow());
        assertTrue(access.privateDnsZone().isEmpty(), "the zone is referenced, not written as text");
        assertTrue(plan.roleGrants().stream().anyMatch(g -> g.scope().equals(new ResourcePlan.PrivateDnsZoneScope(zone))
                && g.role().equals(AzureRoles.PRIVATE_DNS_ZONE_CONTRIBUTOR)));
        ResourcePlan.Network spoke = plan.networks().get(1);
        assertTrue(plan.roleGrants().stream().anyMatch(g -> g.scope().equals(new ResourcePlan.NetworkScope(spoke))
                && g.role().equals(AzureRoles.NETWORK_CONTRIBUTOR)), "AKS links the zone to the cluster's network");
        assertTrue(plan.roleGrants().stream().noneMatch(g -> g.scope().equals(new ResourcePlan.NetworkScope(plan.networks().get(0)))),
                "not the hub: the spec links that one itself");
    }
}
