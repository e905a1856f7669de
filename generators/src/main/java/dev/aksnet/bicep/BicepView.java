package dev.aksnet.bicep;

import java.util.List;

/**
 * Everything the Bicep templates print, decided and escaped in Java ({@link BicepViewBuilder}). Values are finished
 * Bicep expressions: quoted literals or references.
 */
public record BicepView(
        String header,
        String deployHint,
        List<Property> tags,
        String location,
        boolean windows,
        List<Network> networks,
        List<SubnetRef> subnetRefs,
        List<Identity> identities,
        List<RoleAssignment> roleAssignments,
        List<Cluster> clusters,
        List<Output> outputs,
        Types types,
        RoleModule roleModule) {

    /** {@code key: value}, both finished Bicep. */
    public record Property(String key, String value) {
    }

    /** A virtual network: created (with its subnets inline) or existing (with a scope when in another group). */
    public record Network(String symbol, String name, boolean created, String scope, List<String> addressPrefixes, List<Subnet> subnets) {
    }

    public record Subnet(String name, String addressPrefix, boolean delegated, String delegationName, String delegationService) {
    }

    /** An {@code existing} subnet resource, the handle through which pools and role assignments reach a subnet. */
    public record SubnetRef(String symbol, String parent, String name) {
    }

    public record Identity(String symbol, String name) {
    }

    /** Network Contributor on one subnet, through the module so the subnet may be in another resource group. */
    public record RoleAssignment(String symbol, String deploymentName, String scope, String vnetName, String subnetName, String principalId) {
    }

    public record Cluster(String symbol, String name, boolean userAssigned, String identityRef, List<Property> properties,
                          List<Pool> pools, List<Property> networkProfile, boolean windowsProfile, List<String> dependsOn) {
    }

    /** An agent pool profile: its one-line properties and its upgrade surge. */
    public record Pool(List<Property> properties, String maxSurge) {
    }

    public record Output(String name, String type, String value) {
    }

    /** Resource types with their API versions, quoted. */
    public record Types(String managedClusters, String virtualNetworks, String subnets, String identities, String roleAssignments) {
    }

    /** The role-assignment module's facts. */
    public record RoleModule(String path, String roleDefinitionId) {
    }
}
