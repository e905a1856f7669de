package dev.aksnet.terraform;


import java.util.List;

/**
 * Everything the azurerm Terraform templates print, spelt in Java ({@link TerraformViewBuilder}) from the resource
 * plan. Values are finished HCL expressions: quoted literals or references.
 *
 * @param header            the generated-file comment, first line of every file
 * @param requiredTerraform the Terraform version constraint
 * @param configuresProviders whether versions.tf configures the providers (a root) or only requires them (a module,
 *                          whose caller configures them)
 * @param moduleLocation    a module's location local (the caller's variable, else the group's); null in a root
 * @param providers         required providers: azurerm, and azapi when a cluster is written through it
 * @param subscriptions     azurerm configurations of other subscriptions, where existing networks of the spec live
 * @param variables         variables.tf
 * @param tags              the tags local, sorted
 * @param foundation        the resource group (root layout), the route tables of the spec with their routes, and the created networks
 * @param networkSecurityGroups network security groups, their security_rule blocks inline
 * @param subnets           created subnets, with their delegations
 * @param dataSources       the caller's resource group when a module needs its id, subnets of existing networks
 * @param attachments       route tables, routes, NAT gateways, public IPs and their subnet associations
 * @param access            identities and the role grants clusters wait for
 * @param clusters          azurerm_kubernetes_cluster blocks
 * @param azapiClusters     clusters azurerm cannot express, as azapi blocks
 * @param nodePools         pools other than each cluster's default pool
 * @param ingress           traffic controllers and the grants to the ingress add-on's identity
 * @param outputs           outputs.tf
 */
public record TerraformView(
        String header,
        String requiredTerraform,
        boolean configuresProviders,
        String moduleLocation,
        List<Provider> providers,
        List<SubscriptionProvider> subscriptions,
        List<Variable> variables,
        List<Attribute> tags,
        List<Resource> foundation,
        List<NetworkSecurityGroup> networkSecurityGroups,
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

    /** An aliased azurerm configuration for another subscription: its alias and subscription id, quoted. */
    public record SubscriptionProvider(String alias, String subscriptionId) {
    }

    /**
     * A required provider: its local name, source and version constraint, and in a module the aliased configurations it
     * expects from its caller ({@code [azurerm.hub]}; null when none).
     */
    public record Provider(String name, String source, String version, String configurationAliases) {
    }

    /** A resource or data source: its type, local name and one-line attributes in print order. */
    public record Resource(String type, String local, List<Attribute> attributes, String maxSurge, List<String> dependsOn,
                           List<Attribute> windowsProfile) {
        public Resource(String type, String local, List<Attribute> attributes) {
            this(type, local, attributes, null, List.of(), List.of());
        }

        /** A node pool: an upgrade_settings block, and the pool it is created after (none for the first). */
        public Resource(String type, String local, List<Attribute> attributes, String maxSurge) {
            this(type, local, attributes, maxSurge, List.of(), List.of());
        }

        /** A node pool with its windows_profile block (empty for none). */
        public Resource(String type, String local, List<Attribute> attributes, String maxSurge, List<String> dependsOn) {
            this(type, local, attributes, maxSurge, dependsOn, List.of());
        }

        /** Node pools print an upgrade_settings block. */
        public boolean hasUpgradeSettings() {
            return maxSurge != null;
        }
    }

    /** An azurerm_network_security_group: its one-line attributes and one attribute list per security_rule block. */
    public record NetworkSecurityGroup(String local, List<Attribute> attributes, List<List<Attribute>> rules) {
    }

    /** A created subnet; {@code delegated} adds its delegation block. */
    public record Subnet(String local, List<Attribute> attributes, boolean delegated, String delegationName,
                         String delegationService, String delegationActions) {
    }

    /**
     * An azurerm_kubernetes_cluster. {@code comments} say what the view decided that azurerm cannot show;
     * {@code loadBalancerProfile}, {@code natGatewayProfile} and {@code advancedNetworking} are network_profile's nested
     * blocks, empty for none;
     * {@code apiServerAccessProfile} the api_server_access_profile block, empty for none; {@code bootstrapProfile} the
     * bootstrap_profile block and {@code kubeletIdentity} the kubelet_identity block, each empty for none.
     */
    public record Cluster(String local, List<String> comments, List<Attribute> attributes, List<Attribute> defaultPool,
                          String maxSurge, List<Attribute> identity, List<Attribute> networkProfile, List<Attribute> loadBalancerProfile,
                          List<Attribute> natGatewayProfile, List<Attribute> advancedNetworking, List<Attribute> apiServerAccessProfile,
                          List<Attribute> bootstrapProfile,
                          List<Attribute> kubeletIdentity, List<Attribute> windowsProfile,
                          List<Attribute> ingressApplicationGateway, List<Attribute> webAppRouting,
                          List<String> dependsOn) {
    }

    public record Variable(String name, List<Attribute> attributes) {
    }

    public record Output(String name, List<Attribute> attributes) {
    }
}
