package dev.aksnet.generate;

import dev.aksnet.model.BootstrapProfile;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static dev.aksnet.generate.GeneratedOutput.file;
import static dev.aksnet.generate.GeneratedOutput.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Identities of the user's (issue 19), in every target: referenced, never created; granted what aksnet's own identity
 * would be; the kubelet identity assigned with its three ids, operated by the control plane, and pulling from the
 * bootstrap registry.
 */
class ExistingIdentityGenerationTest {
    static final String IDS = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-id/providers/"
            + "Microsoft.ManagedIdentity/userAssignedIdentities/";
    static final String ACR = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-acr/providers/"
            + "Microsoft.ContainerRegistry/registries/acrplatform";

    private static LoadedSpec spec(boolean controlPlane) {
        var cluster = Cluster.named("k").kubernetesVersion("1.36").privateCluster().kubeletIdentity(IDS + "id-kubelet")
                .network(Network.azureCniOverlay().noOutbound(BootstrapProfile.cache(ACR)))
                .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes"));
        if (controlPlane) {
            cluster.controlPlaneIdentity(IDS + "id-aks");
        }
        return valid(Deployment.builder().location("westeurope").resourceGroup("rg")
                .virtualNetwork(VirtualNetwork.named("vnet").addressSpace("10.10.0.0/16").subnet("nodes", "10.10.0.0/22"))
                .cluster(cluster).build());
    }

    private static int count(String text, String regex) {
        return (int) Pattern.compile(regex).matcher(text).results().count();
    }

    @Test
    void azurermReadsBothIdentitiesAndGrantsBeforeTheCluster() {
        String tf = file(spec(true), Target.TERRAFORM, "main.tf");
        assertFalse(tf.contains("resource \"azurerm_user_assigned_identity\""), tf);
        assertEquals(2, count(tf, "data \"azurerm_user_assigned_identity\""), tf);
        assertTrue(tf.contains("identity_ids = [data.azurerm_user_assigned_identity.id_aks.id]"), tf);
        assertTrue(tf.contains("client_id                 = data.azurerm_user_assigned_identity.id_kubelet.client_id"), tf);
        assertTrue(tf.contains("object_id                 = data.azurerm_user_assigned_identity.id_kubelet.principal_id"), tf);
        assertTrue(tf.contains("role_definition_name             = \"Managed Identity Operator\""), tf);
        assertTrue(tf.matches("(?s).*\"AcrPull\"\\s+principal_id\\s+= data\\.azurerm_user_assigned_identity\\.id_kubelet\\.principal_id.*"), tf);
        assertTrue(tf.contains("azurerm_role_assignment.k_kubelet_acr_pull,"), "the cluster waits for AcrPull: " + tf);
        String versions = file(spec(true), Target.TERRAFORM, "versions.tf");
        assertTrue(versions.contains("subscription_id = \"11111111-2222-3333-4444-555555555555\""), versions);
    }

    @Test
    void aKubeletIdentityAloneGetsTheControlPlaneIdentityAksnetCreates() {
        String tf = file(spec(false), Target.TERRAFORM, "main.tf");
        assertEquals(1, count(tf, "resource \"azurerm_user_assigned_identity\""), tf);
        assertTrue(tf.matches("(?s).*\"Managed Identity Operator\"\\s+principal_id\\s+= azurerm_user_assigned_identity\\.k\\.principal_id.*"), tf);
    }

    @Test
    void anEmptyIdentityBlockChangesNothing() {
        String yaml = """
                apiVersion: aksnet/v1
                location: westeurope
                resourceGroup: rg
                clusters:
                  - name: k
                    identity: {}
                    network: {plugin: azure-cni-overlay}
                    nodePools: [{name: system, mode: system, vmSize: Standard_D4s_v5, count: 3}]
                """;
        LoadedSpec spec = new dev.aksnet.yaml.SpecReader().read("spec.yaml", yaml).spec().orElseThrow();
        String tf = file(spec, Target.TERRAFORM, "main.tf");
        assertFalse(tf.contains("azurerm_user_assigned_identity"), "an AKS-managed network needs no identity of aksnet's: " + tf);
        assertTrue(tf.contains("type = \"SystemAssigned\""), tf);
    }

    @Test
    void bicepAndAzapiReferenceTheIdentitiesAndSetIdentityProfile() {
        String bicep = file(spec(true), Target.BICEP, "main.bicep");
        assertEquals(2, count(bicep, "'Microsoft\\.ManagedIdentity/userAssignedIdentities@[^']+' existing = \\{\\n  name: '[^']+'\\n"
                + "  scope: resourceGroup\\('11111111-2222-3333-4444-555555555555', 'rg-id'\\)"), bicep);
        assertTrue(bicep.matches("(?s).*kubeletidentity: \\{\\s+resourceId: kKubeletIdentity\\.id\\s+clientId: kKubeletIdentity\\.properties\\.clientId"
                + "\\s+objectId: kKubeletIdentity\\.properties\\.principalId.*"), bicep);
        assertTrue(bicep.contains("'modules/kubelet-identity-operator.bicep'") && bicep.contains("'modules/container-registry-acr-pull.bicep'"), bicep);
        String azapi = file(spec(true), Target.TERRAFORM_AZAPI, "main.tf");
        assertEquals(2, count(azapi, "data \"azapi_resource\" \"id_(aks|kubelet)\""), azapi);
        assertFalse(azapi.contains("resource \"azapi_resource\" \"k_identity\""), azapi);
        assertTrue(azapi.contains("clientId   = data.azapi_resource.id_kubelet.output.properties.clientId"), azapi);
    }
}
