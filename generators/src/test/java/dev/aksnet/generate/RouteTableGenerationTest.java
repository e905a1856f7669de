package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.RouteTable;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.plan.ResourcePlanner;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Route tables of the spec (issue 15): one table shared by two node subnets of a kubenet cluster egressing through a
 * firewall. aksnet adds no table of its own there, grants the cluster identity on the spec's, and no target removes
 * the pod routes AKS writes into it.
 */
class RouteTableGenerationTest {

    private static Deployment kubenetWithSpecTable(dev.aksnet.dsl.NetworkBuilders.Common<?> network) {
        return Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16")
                        .subnet(Subnet.named("nodes").cidr("10.10.0.0/22").routeTable("rt-egress"))
                        .subnet(Subnet.named("nodes2").cidr("10.10.4.0/22").routeTable("rt-egress"))
                        .subnet("AzureFirewallSubnet", "10.10.255.0/26"))
                .routeTable(RouteTable.named("rt-egress").toAppliance("default", "0.0.0.0/0", "10.10.255.4")
                        .route("on-premises", "192.168.0.0/16", RouteTable.NextHop.VIRTUAL_NETWORK_GATEWAY).withoutBgpRoutePropagation())
                .cluster(Cluster.named("k").network(network)
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes"))
                        .nodePool(NodePool.linux("user").vmSize("Standard_D4s_v5").count(2).subnet("nodes2")))
                .build();
    }

    private static Deployment kubenetUdr() {
        return kubenetWithSpecTable(Network.kubenet().outbound(OutboundType.USER_DEFINED_ROUTING));
    }

    @Test
    void theSpecsTableReplacesAksnetsOwnAndIsGrantedToTheKubenetCluster() {
        ResourcePlan plan = ResourcePlanner.plan(valid(kubenetUdr()).deployment());
        assertEquals(1, plan.routeTables().size(), "no table of aksnet's beside the spec's: " + plan.routeTables());
        ResourcePlan.RouteTable rt = plan.routeTables().get(0);
        assertEquals("rt-egress", rt.name());
        assertTrue(rt.madeFor().isEmpty());
        assertTrue(rt.aksWritesRoutes());
        assertEquals(Optional.of("k"), rt.ownerCluster());
        assertEquals(Optional.of(false), rt.bgpRoutePropagation());
        assertEquals(List.of(new ResourcePlan.Route("default", "0.0.0.0/0", "VirtualAppliance", Optional.of("10.10.255.4")),
                new ResourcePlan.Route("on-premises", "192.168.0.0/16", "VirtualNetworkGateway", Optional.empty())), rt.routes());
        plan.networks().get(0).subnets().stream().filter(s -> s.name().startsWith("nodes"))
                .forEach(s -> assertEquals(Optional.of(rt), s.routeTable(), s.name()));
        assertTrue(plan.roleGrants().stream().anyMatch(g -> g.scope().equals(new ResourcePlan.RouteTableScope(rt))), plan.roleGrants().toString());
    }

    @Test
    void azurermWritesEachRouteApartAndTheClusterWaitsForThemOnce() {
        String tf = file(valid(kubenetUdr()), Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("resource \"azurerm_route_table\" \"rt_egress\" {"), tf);
        assertTrue(tf.contains("  bgp_route_propagation_enabled = false\n"), tf);
        assertFalse(tf.contains("  route {"), "an inline route list would make Terraform remove kubenet's routes");
        assertTrue(tf.contains("resource \"azurerm_route\" \"rt_egress_on_premises\" {"), tf);
        assertFalse(tf.contains("next_hop_in_ip_address = \"\""), tf);
        assertEquals(2, count(tf, "route_table_id = azurerm_route_table.rt_egress.id"), tf);
        assertEquals(1, count(tf, "    azurerm_route.rt_egress_default,\n"), "depends_on names each route once: " + tf);
        assertTrue(tf.contains("scope                            = azurerm_route_table.rt_egress.id"), tf);
    }

    @Test
    void azapiKeepsAksRoutesAndBicepPutsThemBack() {
        LoadedSpec spec = valid(kubenetUdr());
        String azapi = file(spec, Target.TERRAFORM_AZAPI, "main.tf");
        assertTrue(azapi.contains("      body.properties.routes,\n"), azapi);
        assertTrue(azapi.contains("disableBgpRoutePropagation = true"), azapi);
        String bicep = file(spec, Target.BICEP, "main.bicep");
        assertTrue(bicep.contains("filter(rtRtEgressDeployed.properties.routes, r => !contains(['default', 'on-premises'], r.name))"), bicep);
        assertTrue(bicep.contains("    disableBgpRoutePropagation: true\n    routes: concat(rtRtEgressAksRoutes, [\n"), bicep);
    }

    @Test
    void withoutKubenetAksWritesNoRoutesButUserDefinedRoutingIsStillGranted() {
        Deployment d = kubenetWithSpecTable(Network.azureCniOverlay().outbound(OutboundType.USER_DEFINED_ROUTING));
        ResourcePlan plan = ResourcePlanner.plan(valid(d).deployment());
        ResourcePlan.RouteTable rt = plan.routeTables().get(0);
        assertFalse(rt.aksWritesRoutes());
        // As on the table aksnet would add: AKS reads the default route it checks with the cluster identity.
        assertTrue(plan.roleGrants().stream().anyMatch(g -> g.scope().equals(new ResourcePlan.RouteTableScope(rt))));
        String bicep = file(valid(d), Target.BICEP, "main.bicep");
        assertFalse(bicep.contains("existing = if"), "nothing to read back: " + bicep);
        assertTrue(bicep.contains("    disableBgpRoutePropagation: true\n    routes: [\n"), bicep);
    }

    @Test
    void aTableUnderALoadBalancerOutboundIsNeitherGrantedNorReadBack() {
        Deployment d = kubenetWithSpecTable(Network.azureCniOverlay().outbound(OutboundType.LOAD_BALANCER));
        ResourcePlan plan = ResourcePlanner.plan(valid(d).deployment());
        assertFalse(plan.roleGrants().stream().anyMatch(g -> g.scope() instanceof ResourcePlan.RouteTableScope), plan.roleGrants().toString());
        assertEquals(1, plan.routeTables().size());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
