package dev.aksnet.generate;

import dev.aksnet.model.AppRouting;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application routing add-on in every target (issue 19): its zones, its controller, its identity's grants after the cluster. */
class AppRoutingGenerationTest {
    static final String ZONES = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-dns/providers/Microsoft.Network/";

    private static LoadedSpec spec() {
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay())
                        .appRouting(AppRouting.DefaultController.INTERNAL, ZONES + "dnszones/contoso.com", ZONES + "privateDnsZones/internal.contoso.com")
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build());
    }

    @Test
    void azurermWritesWebAppRoutingAndGrantsEachZonesRole() {
        String tf = file(spec(), Target.TERRAFORM, "main.tf");
        assertTrue(tf.contains("default_nginx_controller = \"Internal\""), tf);
        assertTrue(tf.matches("(?s).*\"DNS Zone Contributor\"\\s+principal_id\\s+= azurerm_kubernetes_cluster\\.k\\.web_app_routing\\[0\\]"
                + "\\.web_app_routing_identity\\[0\\]\\.object_id.*"), tf);
        assertTrue(tf.matches("(?s).*privateDnsZones/internal\\.contoso\\.com\"\\s+role_definition_name\\s+= \"Private DNS Zone Contributor\".*"), tf);
    }

    @Test
    void bicepAndAzapiWriteIngressProfileAndGrantTheAddOnIdentity() {
        String bicep = file(spec(), Target.BICEP, "main.bicep");
        assertTrue(bicep.matches("(?s).*ingressProfile: \\{\\s+webAppRouting: \\{\\s+enabled: true\\s+dnsZoneResourceIds: \\[.*"
                + "nginx: \\{\\s+defaultIngressControllerType: 'Internal'.*"), bicep);
        assertTrue(bicep.contains("'modules/dns-zone-contributor.bicep'") && bicep.contains("'modules/private-dns-zone-contributor.bicep'"), bicep);
        assertTrue(bicep.contains("principalId: kCluster.properties.ingressProfile.webAppRouting.identity.objectId"), bicep);
        String azapi = file(spec(), Target.TERRAFORM_AZAPI, "main.tf");
        assertTrue(azapi.contains("\"properties.ingressProfile.webAppRouting.identity.objectId\""), "exported: " + azapi);
        assertTrue(azapi.contains("principalId      = azapi_resource.k.output.properties.ingressProfile.webAppRouting.identity.objectId"), azapi);
    }
}
