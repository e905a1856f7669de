package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --layout module} (issue 18): the same resources as the root layout, in a group the caller owns; no provider
 * configuration, the group's name and the location as inputs, every output kept.
 */
class ModuleLayoutTest {
    private static final String HUB_SUBSCRIPTION = "7c2b1e4a-0d3f-4b8e-9a61-2f5d8c9e0b17";

    private static LoadedSpec spokeWithHubElsewhere() {
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg-spoke")
                .virtualNetwork(VirtualNetwork.named("vnet-hub").existing().resourceGroup("rg-hub").subscription(HUB_SUBSCRIPTION)
                        .addressSpace("10.200.0.0/24"))
                .virtualNetwork(VirtualNetwork.named("vnet-spoke").addressSpace("10.240.0.0/16").peering("vnet-hub", true, false)
                        .subnet("nodes", "10.240.0.0/22"))
                .cluster(Cluster.named("k").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build());
    }

    private static Map<String, String> files(LoadedSpec spec, Target target, Layout layout) {
        return Generators.standard().forTarget(target).generate(spec, layout).stream()
                .collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content));
    }

    @Test
    void azurermModuleConfiguresNoProviderAndTakesItsGroupAndLocation() {
        Map<String, String> tf = files(spokeWithHubElsewhere(), Target.TERRAFORM, Layout.MODULE);
        assertFalse(tf.get("versions.tf").contains("provider \""), tf.get("versions.tf"));
        // The other subscription's configuration comes from the caller.
        assertTrue(tf.get("versions.tf").contains("configuration_aliases = [azurerm.vnet_hub]"), tf.get("versions.tf"));
        assertFalse(tf.get("main.tf").contains("resource \"azurerm_resource_group\""), tf.get("main.tf"));
        assertTrue(tf.get("main.tf").contains("data \"azurerm_resource_group\" \"main\" {\n  name = var.resource_group_name\n}"), tf.get("main.tf"));
        assertTrue(tf.get("main.tf").contains("location = coalesce(var.location, data.azurerm_resource_group.main.location)"), tf.get("main.tf"));
        assertFalse(tf.get("main.tf").contains("azurerm_resource_group.main.name"), "resources name the variable: " + tf.get("main.tf"));
        assertTrue(tf.get("variables.tf").contains("variable \"resource_group_name\" {"), tf.get("variables.tf"));
        assertTrue(tf.get("variables.tf").contains("default     = \"rg-spoke\""), tf.get("variables.tf"));
        assertFalse(tf.get("variables.tf").contains("subscription_id"), "the caller's provider picks the subscription");
        // The hub's data source and its side of the peering still go through the alias.
        assertEquals(2, tf.get("main.tf").split("provider +\\= azurerm\\.vnet_hub", -1).length - 1, tf.get("main.tf"));
    }

    @Test
    void azapiModuleReadsTheCallersGroup() {
        Map<String, String> tf = files(spokeWithHubElsewhere(), Target.TERRAFORM_AZAPI, Layout.MODULE);
        assertFalse(tf.get("versions.tf").contains("provider \""), tf.get("versions.tf"));
        assertTrue(tf.get("main.tf").contains("data \"azapi_resource\" \"resource_group\" {"), tf.get("main.tf"));
        assertFalse(tf.get("main.tf").contains("resource \"azapi_resource\" \"resource_group\""), tf.get("main.tf"));
        assertTrue(tf.get("main.tf").contains("parent_id = data.azapi_resource.resource_group.id"), tf.get("main.tf"));
        assertTrue(tf.get("main.tf").contains("location = coalesce(var.location, data.azapi_resource.resource_group.location)"), tf.get("main.tf"));
    }

    @Test
    void bicepModuleTakesLocationFromItsGroup() {
        String bicep = files(spokeWithHubElsewhere(), Target.BICEP, Layout.MODULE).get("main.bicep");
        assertTrue(bicep.contains("\nparam location string = resourceGroup().location\n"), bicep);
        assertFalse(bicep.contains("var location"), bicep);
        assertFalse(bicep.contains("az group create"), "a module deploys into a group its caller owns: " + bicep);
    }

    @Test
    void bothLayoutsDeployTheSameResourcesAndOutputs() {
        LoadedSpec spec = spokeWithHubElsewhere();
        for (Target target : Target.values()) {
            Map<String, String> root = files(spec, target, Layout.ROOT);
            Map<String, String> module = files(spec, target, Layout.MODULE);
            assertEquals(root.keySet(), module.keySet(), target.cliName());
            String rootOutputs = String.join("\n", root.values());
            String moduleOutputs = String.join("\n", module.values());
            assertEquals(declared(rootOutputs, "output"), declared(moduleOutputs, "output"), target.cliName());
            List<String> rootResources = declared(rootOutputs, "resource");
            List<String> moduleResources = declared(moduleOutputs, "resource");
            // The group is the only resource a root has and a module does not (Bicep never creates it).
            rootResources.removeIf(r -> r.contains("resource_group") || r.contains("Microsoft.Resources/resourceGroups"));
            assertEquals(rootResources, moduleResources, target.cliName());
        }
    }

    private static List<String> declared(String text, String keyword) {
        return text.lines().filter(l -> l.startsWith(keyword + " ")).map(l -> l.replaceAll(" = \\{$| \\{$", ""))
                .collect(Collectors.toCollection(java.util.ArrayList::new));
    }
}
