package dev.aksnet.terraform;

import java.util.List;

/**
 * Everything the Terraform templates print, decided and escaped in Java ({@link TerraformViewBuilder}). Values
 * are finished HCL expressions: quoted literals or references.
 */
public record TerraformView(
        String header,
        String requiredTerraform,
        String azurermSource,
        String azurermVersion,
        List<Variable> variables,
        List<Attribute> tags,
        Resource resourceGroup,
        List<Resource> virtualNetworks,
        List<Subnet> subnets,
        List<Resource> existingSubnets,
        List<Resource> identities,
        List<Resource> roleAssignments,
        List<Cluster> clusters,
        List<Pool> nodePools,
        List<Output> outputs) {

    /** {@code key = value}, both finished HCL. */
    public record Attribute(String key, String value) {
    }

    /** A resource or data source: its local name and its one-line attributes in print order. */
    public record Resource(String local, List<Attribute> attributes) {
    }

    /** A created subnet; {@code delegated} adds its delegation block. */
    public record Subnet(String local, List<Attribute> attributes, boolean delegated, String delegationName,
                         String delegationService, String delegationActions) {
    }

    /** A node pool: the default pool block of a cluster, or an {@code azurerm_kubernetes_cluster_node_pool}. */
    public record Pool(String local, List<Attribute> attributes, String maxSurge) {
    }

    public record Cluster(String local, List<Attribute> attributes, Pool defaultPool, List<Attribute> identity,
                          List<Attribute> networkProfile, boolean windowsProfile, List<String> dependsOn) {
    }

    public record Variable(String name, List<Attribute> attributes) {
    }

    public record Output(String name, List<Attribute> attributes) {
    }
}
