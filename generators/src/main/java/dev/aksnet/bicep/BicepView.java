package dev.aksnet.bicep;

import dev.aksnet.arm.ArmValue;

import java.util.List;

/**
 * Everything the Bicep templates print, spelt in Java ({@link BicepViewBuilder}) from the resource plan. Values are
 * finished Bicep expressions: quoted literals or references; bodies are ARM request bodies ({@link ArmValue}).
 *
 * @param header       the generated-file comment
 * @param deployHint   the comment line with the commands that deploy it
 * @param redeployHint the comment line for redeployments, or null when a redeployment is the same command
 * @param tags         the tags var, sorted
 * @param location     the location var's value (root layout); null in the module layout, where location is a parameter
 *                     defaulting to the resource group's
 * @param params       parameters, in print order: the inputs the plan asks for, then the clusters' "exists" flags
 * @param routeTables  route tables, with their routes and, for kubenet, their deployed state
 * @param natGateways  NAT gateways with their public IPs and prefixes
 * @param natGatewayAttachments NAT gateways attached to subnets of existing networks, through their module
 * @param peerings     each direction of each peering, through the peering module scoped to its network's group
 * @param networkSecurityGroups network security groups, their rules inline
 * @param networks     created and existing networks
 * @param privateDnsZones private DNS zones aksnet creates, with their links
 * @param subnetRefs   {@code existing} handles of the subnets pools and grants use
 * @param identities   user-assigned identities
 * @param subnetRoleAssignments     grants on subnets, through the role module
 * @param scopedRoleAssignments     grants on resources of this deployment (route tables, private DNS zones)
 * @param resourceRoleAssignments   grants on resources of the user's by id (private DNS zones, public IPs, prefixes),
 *                                  through a module of the resource's type
 * @param clusters     managed clusters
 * @param trafficControllers        Application Gateway for Containers
 * @param addonRoleAssignments      grants to the ingress add-on's identity, after its cluster
 * @param outputs      outputs with their descriptions
 * @param types        each resource type at its API version, quoted
 * @param roleModule   the role modules and the role definitions they grant
 */
public record BicepView(
        String header,
        String deployHint,
        String redeployHint,
        List<Property> tags,
        String location,
        List<Param> params,
        List<RouteTable> routeTables,
        List<NatGateway> natGateways,
        List<NetworkSecurityGroup> networkSecurityGroups,
        List<Network> networks,
        List<PrivateDnsZone> privateDnsZones,
        List<SubnetRef> subnetRefs,
        List<NatGatewayAttachment> natGatewayAttachments,
        List<PeeringModuleCall> peerings,
        List<Identity> identities,
        List<RoleAssignment> subnetRoleAssignments,
        List<ScopedRoleAssignment> scopedRoleAssignments,
        List<ResourceRoleAssignment> resourceRoleAssignments,
        List<Cluster> clusters,
        List<TrafficController> trafficControllers,
        List<RoleAssignment> addonRoleAssignments,
        List<Output> outputs,
        Types types,
        RoleModule roleModule) {

    /** {@code key: value}, both finished Bicep. */
    public record Property(String key, String value) {
    }

    /**
     * A parameter.
     *
     * @param defaultValue its default expression, or null when the user must give it
     * @param secure       whether it is {@code @secure()}
     */
    public record Param(String name, String description, String type, String defaultValue, boolean secure) {
    }

    /** A virtual network: created (body with its subnets inline) or existing (with a scope when in another group). */
    public record Network(String symbol, String name, boolean created, String scope, ArmValue.ArmObject body) {
    }

    /**
     * A route table with its routes inline, so that a redeployment puts back the same list. A kubenet cluster's table
     * ({@code deployed} not null) also holds the routes AKS writes: on a redeployment they are read back and kept.
     */
    public record RouteTable(String symbol, String name, DeployedRouteTable deployed, ArmValue.ArmArray routes,
                             String disableBgpRoutePropagation) {
        public boolean hasRoutes() {
            return !routes.items().isEmpty();
        }

        /** Whether it writes a properties object: BGP propagation set, routes of its own, or AKS's routes to keep. */
        public boolean hasProperties() {
            return disableBgpRoutePropagation != null || deployed != null || hasRoutes();
        }
    }

    /**
     * A kubenet route table as deployed: an {@code existing} reference read only when {@code existsParam} says so, and
     * the var holding AKS's routes from it ([] the first time): those {@code keepFilter} keeps (a lambda that drops
     * aksnet's own routes), or all of them when it is null.
     */
    public record DeployedRouteTable(String symbol, String existsParam, String routesVar, String keepFilter) {
    }

    /**
     * The deployed state of a cluster that may exist already: an {@code existing} reference, read only when
     * {@code existsParam} says so, and the var holding its pools' node counts by pool name ({} for a new cluster).
     */
    public record DeployedCluster(String symbol, String existsParam, String countsVar) {
    }

    /** A NAT gateway with the public IPs (and prefix, or null) aksnet creates for it, printed before it. */
    public record NatGateway(String symbol, String name, ArmValue.ArmObject body, List<PublicAddress> publicIps, PublicAddress publicIpPrefix) {
    }

    /** A private DNS zone aksnet creates (global), with its links to networks (children of the zone). */
    public record PrivateDnsZone(String symbol, String name, String location, List<PrivateDnsZoneLink> links) {
    }

    public record PrivateDnsZoneLink(String symbol, String name, ArmValue.ArmObject body) {
    }

    /** A network security group aksnet creates. */
    public record NetworkSecurityGroup(String symbol, String name, ArmValue.ArmObject body) {
    }

    /** A public IP or public IP prefix aksnet creates. */
    public record PublicAddress(String symbol, String name, ArmValue.ArmObject body) {
    }

    /**
     * A NAT gateway attached to a subnet of an existing network, through the module: a subnet is one resource, so the
     * module puts it back with the properties it has ({@code subnetProperties}, read here) and the NAT gateway added.
     * {@code after} is the attachment to the same network's subnet before it, or null: Azure refuses concurrent writes to
     * the subnets of one network (AnotherOperationInProgress).
     */
    public record NatGatewayAttachment(String symbol, String deploymentName, String scope, String vnetName, String subnetName,
                                       String subnetProperties, String natGatewayId, String after) {
    }

    /** An {@code existing} subnet resource, the handle through which pools and role assignments reach a subnet. */
    public record SubnetRef(String symbol, String parent, String name) {
    }

    public record Identity(String symbol, String name, String existingScope) {
        /** An identity the deployment creates. */
        public Identity(String symbol, String name) {
            this(symbol, name, null);
        }

        /** Whether it is the user's, referenced with {@code existing} in {@code existingScope}. */
        public boolean existing() {
            return existingScope != null;
        }
    }

    /** Network Contributor on one subnet, through the module so the subnet may be in another resource group. */
    public record RoleAssignment(String symbol, String deploymentName, String scope, String vnetName, String subnetName, String principalId) {
    }

    /** A role on a resource of this deployment (a route table): its guid() name arguments, scope and body. */
    public record ScopedRoleAssignment(String symbol, String nameSeed, String scopeSymbol, ArmValue.ArmObject body) {
    }

    /**
     * A managed cluster: its envelope and its properties.
     *
     * @param deployed     its deployed state, read on redeployments (autoscaled pools), or null
     * @param identityType the identity's type, quoted
     * @param userAssigned whether its identity is {@code identityRef}, else system-assigned
     */
    public record Cluster(String symbol, String name, DeployedCluster deployed, String identityType, boolean userAssigned, String identityRef,
                          ArmValue.ArmObject properties, List<String> dependsOn) {
    }

    /** Application Gateway for Containers: the traffic controller, its frontend and its association with a subnet. */
    public record TrafficController(String symbol, String name, String frontendSymbol, String frontendName, String associationSymbol,
                                    String associationName, ArmValue.ArmObject associationBody) {
    }

    /**
     * One direction of a peering, through the module (a child of a network in another resource group must be deployed
     * there): the local network's name and the remote network's id are symbol references, so ARM waits for both.
     */
    public record PeeringModuleCall(String symbol, String deploymentName, String scope, String vnetName, String name, String remoteId,
                                    String allowVirtualNetworkAccess, String allowForwardedTraffic, String allowGatewayTransit,
                                    String useRemoteGateways) {
    }

    /** The peering module: its header, types and parameter descriptions, quoted. */
    public record PeeringModule(String header, String virtualNetworks, String peerings, String vnetNameDescription,
                                String nameDescription, String remoteIdDescription) {
    }

    /** A role on a resource of the user's (by id), through its type's module scoped to the resource's group. */
    public record ResourceRoleAssignment(String symbol, String modulePath, String deploymentName, String scope, String nameParam,
                                         String resourceName, String principalId) {
    }

    /**
     * The module granting one role on resources of one type, by name in the module's resource group.
     *
     * @param purpose           comment lines saying what it grants and why it is a module
     * @param resourceType      the resource's type at its version, quoted
     * @param nameParam         the parameter naming the resource
     * @param nameDescription   its description, quoted
     * @param resourceSymbol    the existing resource's symbol; {@code assignmentSymbol} the role assignment's
     * @param roleDefinitionId  the role granted, quoted
     */
    public record ResourceRoleModule(String header, String path, List<String> purpose, String resourceType, String nameParam,
                                     String nameDescription, String resourceSymbol, String assignmentSymbol, String roleDefinitionId,
                                     String principalIdDescription, String principalType, String roleAssignmentType) {
    }

    /** The module attaching a NAT gateway to an existing subnet: its header, types and parameter descriptions, quoted. */
    public record NatGatewayAttachmentModule(String header, String virtualNetworks, String subnets, String vnetNameDescription,
                                             String subnetNameDescription, String subnetPropertiesDescription,
                                             String natGatewayIdDescription) {
    }

    public record Output(String name, String description, String type, String value) {
    }

    /** Resource types with their API versions, quoted. */
    public record Types(String managedClusters, String virtualNetworks, String subnets, String routeTables,
                        String natGateways, String networkSecurityGroups, String publicIpAddresses, String publicIpPrefixes,
                        String identities, String roleAssignments,
                        String trafficControllers, String trafficControllerFrontends, String trafficControllerAssociations,
                        String privateDnsZones, String privateDnsZoneLinks) {
    }

    /**
     * The role definitions aksnet grants and the modules that grant them: paths, role definition ids, the principal
     * type, and the descriptions of the modules' parameters, all quoted.
     */
    public record RoleModule(String path, String roleDefinitionId, String principalType, String vnetNameDescription,
                             String subnetNameDescription, String principalIdDescription, String natGatewayAttachmentPath,
                             String peeringPath) {
    }
}
