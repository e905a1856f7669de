package dev.aksnet.generate;

import dev.aksnet.plan.InfrastructurePlan;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.PodIpAllocation;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingress shapes the examples do not show: kubenet route sharing, existing networks, the azapi cluster, next steps. */
class IngressGenerationTest {

    private static final String GATEWAY = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-edge"
            + "/providers/Microsoft.Network/applicationGateways/agw";

    private static Deployment kubenetWithAddonSubnet() {
        return Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16")
                        .subnet("nodes", "10.10.0.0/22").subnet("appgw", "10.10.8.0/24"))
                .cluster(Cluster.named("k").network(Network.kubenet())
                        .ingress(Ingress.applicationGatewayIngressControllerInSubnet("appgw"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
    }

    @Test
    void kubenetGatewaySubnetSharesTheNodeSubnetsRouteTableInBothTargets() {
        Deployment d = kubenetWithAddonSubnet();
        InfrastructurePlan plan = InfrastructurePlan.of(d);
        var n = plan.networks().get(0);
        var appgw = new InfrastructurePlan.PlannedSubnet(n, n.vnet().subnet("appgw").orElseThrow());
        var nodes = new InfrastructurePlan.PlannedSubnet(n, n.vnet().subnet("nodes").orElseThrow());
        assertEquals(nodes, plan.routeTableOwner(appgw).orElseThrow());

        LoadedSpec spec = valid(d);
        String tf = file(spec, Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("""
                resource "azurerm_subnet_route_table_association" "vnet_appgw" {
                  subnet_id      = azurerm_subnet.vnet_appgw.id
                  route_table_id = azurerm_route_table.vnet_nodes.id
                }"""), tf);
        // The cluster waits for the association, as for its other subnets' attachments.
        assertTrue(tf.contains("    azurerm_subnet_route_table_association.vnet_appgw,"), tf);
        String bicep = file(spec, Target.BICEP, "main.bicep");
        // Closing delimiters at the file's left margin keep the absolute indentation of the lines.
        assertTrue(bicep.contains("""
                        name: 'appgw'
                        properties: {
                          addressPrefix: '10.10.8.0/24'
                          routeTable: {
                            id: rtVnetNodes.id
                          }
                """), bicep);
    }

    @Test
    void trafficControllerOnAnExistingNetworkAssociatesTheSubnetItReads() {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").existing().resourceGroup("rg-net").addressSpace("10.10.0.0/16")
                        .subnet("nodes", "10.10.0.0/22").trafficControllerSubnet("alb", "10.10.8.0/24"))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay())
                        .ingress(Ingress.applicationGatewayForContainers("alb"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
        LoadedSpec spec = valid(d);
        String tf = file(spec, Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("data \"azurerm_subnet\" \"vnet_alb\""), tf);
        assertTrue(tf.contains("  subnet_id                    = data.azurerm_subnet.vnet_alb.id"), tf);
        assertFalse(tf.contains("resource \"azurerm_subnet\""), "aksnet creates nothing in an existing network");
        String bicep = file(spec, Target.BICEP, "main.bicep");
        assertTrue(bicep.contains("resource vnetAlb 'Microsoft.Network/virtualNetworks/subnets@2025-05-01' existing = {"), bicep);
        assertTrue(bicep.contains("      id: vnetAlb.id"), bicep);
    }

    @Test
    void addonOnAnAzapiClusterGoesIntoTheBodyAndExportsItsIdentity() {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16")
                        .subnet("nodes", "10.10.0.0/22").delegatedSubnet("pods", "10.10.64.0/18").subnet("appgw", "10.10.8.0/24"))
                .cluster(Cluster.named("k").network(Network.azureCniPodSubnet().podIpAllocation(PodIpAllocation.STATIC_BLOCK))
                        .ingress(Ingress.applicationGatewayIngressControllerInSubnet("appgw"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes").podSubnet("pods")))
                .build();
        String tf = file(valid(d), Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("""
                      addonProfiles = {
                        ingressApplicationGateway = {
                          enabled = true
                          config = {
                            subnetId = azurerm_subnet.vnet_appgw.id
                          }
                        }
                      }
                """), tf);
        assertTrue(tf.contains("response_export_values = [\"properties.nodeResourceGroup\", "
                + "\"properties.addonProfiles.ingressApplicationGateway.identity.objectId\"]"), tf);
        assertTrue(tf.contains("principal_id                     = azapi_resource.k.output.properties.addonProfiles"
                + ".ingressApplicationGateway.identity.objectId"), tf);
    }

    @Test
    void nextStepsNameTheHelmInstallAndTheGrantsOnAForeignGateway() {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg-apps")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16")
                        .subnet("nodes", "10.10.0.0/22").subnet("nodes2", "10.10.4.0/22").trafficControllerSubnet("alb", "10.10.8.0/24"))
                .cluster(Cluster.named("shop").network(Network.azureCniOverlay())
                        .ingress(Ingress.applicationGatewayForContainers("alb"))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .cluster(Cluster.named("edge").network(Network.azureCniOverlay())
                        .ingress(Ingress.applicationGatewayIngressControllerExisting(GATEWAY))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes2")))
                .cluster(Cluster.named("plain").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3)))
                .build();
        valid(d);
        List<String> steps = NextSteps.of(d);
        assertEquals(6, steps.size(), steps.toString());
        assertTrue(steps.get(0).startsWith("next: cluster 'shop' uses Application Gateway for Containers"));
        assertTrue(steps.get(1).contains("helm install alb-controller " + NextSteps.ALB_CONTROLLER_CHART));
        assertTrue(steps.get(2).contains("/resourceGroups/rg-apps/providers/Microsoft.ServiceNetworking/trafficControllers/alb-shop"));
        assertTrue(steps.get(3).startsWith("next: cluster 'edge' drives an existing application gateway"));
        assertTrue(steps.get(4).endsWith("--role Contributor --scope " + GATEWAY));
        assertTrue(steps.get(5).endsWith("--role Reader --scope /subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-edge"));
    }
}
