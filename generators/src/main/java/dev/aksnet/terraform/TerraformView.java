package dev.aksnet.terraform;


import java.util.List;

/**
 * Everything the Terraform templates print, decided and escaped in Java ({@link TerraformViewBuilder}). Values
 * are finished HCL expressions: quoted literals or references.
 */
public record TerraformView(
        String header,
        String requiredTerraform,
        List<Provider> providers,
        List<Variable> variables,
        List<Attribute> tags,
        List<Resource> foundation,
        List<Subnet> subnets,
        List<Resource> dataSources,
        List<Resource> attachments,
        List<Resource> access,
        List<Cluster> clusters,
        List<dev.aksnet.azapi.AzapiView.Block> azapiClusters,
        List<Resource> nodePools,
        List<Resource> ingress,
        List<Output> outputs) {

    /** {@code key = value}, both finished HCL. */
    public record Attribute(String key, String value) {
    }

    /** A required provider: its local name, source and version constraint. */
    public record Provider(String name, String source, String version) {
    }

    /** A resource or data source: its type, local name and one-line attributes in print order. */
    public record Resource(String type, String local, List<Attribute> attributes, String maxSurge) {
        public Resource(String type, String local, List<Attribute> attributes) {
            this(type, local, attributes, null);
        }

        /** Node pools print an upgrade_settings block. */
        public boolean hasUpgradeSettings() {
            return maxSurge != null;
        }
    }

    /** A created subnet; {@code delegated} adds its delegation block. */
    public record Subnet(String local, List<Attribute> attributes, boolean delegated, String delegationName,
                         String delegationService, String delegationActions) {
    }

    /** An azurerm_kubernetes_cluster. {@code comments} say what the view decided that azurerm cannot show. */
    public record Cluster(String local, List<String> comments, List<Attribute> attributes, List<Attribute> defaultPool,
                          String maxSurge, List<Attribute> identity, List<Attribute> networkProfile, boolean windowsProfile,
                          List<Attribute> ingressApplicationGateway, List<String> dependsOn) {
    }

    public record Variable(String name, List<Attribute> attributes) {
    }

    public record Output(String name, List<Attribute> attributes) {
    }
}
