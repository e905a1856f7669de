package dev.aksnet.bicep;

import dev.aksnet.generate.ArmClusterShape;

import java.util.List;

/**
 * Everything the Bicep templates print, decided and escaped in Java ({@link BicepViewBuilder}). Values are finished
 * Bicep expressions: quoted literals or references.
 */
public record BicepView(
        String header,
        String deployHint,
        String redeployHint,
        List<ArmClusterShape.Property> tags,
        String location,
        boolean windows,
        List<ExistsParam> existsParams,
        List<RouteTable> routeTables,
        List<NatGateway> natGateways,
        List<Network> networks,
        List<SubnetRef> subnetRefs,
        List<Identity> identities,
        List<RoleAssignment> subnetRoleAssignments,
        List<ScopedRoleAssignment> routeTableRoleAssignments,
        List<ZoneRoleAssignment> zoneRoleAssignments,
        List<Cluster> clusters,
        List<TrafficController> trafficControllers,
        List<RoleAssignment> addonRoleAssignments,
        List<Output> outputs,
        Types types,
        RoleModule roleModule) {

    /** A virtual network: created (with its subnets inline) or existing (with a scope when in another group). */
    public record Network(String symbol, String name, boolean created, String scope, List<String> addressPrefixes, List<Subnet> subnets) {
    }

    /** A created subnet; the references are null when the subnet has no route table or NAT gateway. */
    public record Subnet(String name, String addressPrefix, boolean delegated, String delegationName, String delegationService,
                         String routeTableId, String natGatewayId, List<String> serviceEndpoints) {
        public boolean hasRouteTable() {
            return routeTableId != null;
        }

        public boolean hasNatGateway() {
            return natGatewayId != null;
        }
    }

    /**
     * A parameter saying a cluster exists already. ARM cannot ask, and a redeployment must differ from the first
     * deployment for what AKS changes after it: the node counts of autoscaled pools, and kubenet's routes.
     */
    public record ExistsParam(String name, String description) {
    }

    /**
     * A route table with its routes inline, so that a redeployment puts back the same list. A kubenet cluster's table
     * ({@code deployed} not null) also holds the routes AKS writes: on a redeployment they are read back and kept.
     */
    public record RouteTable(String symbol, String name, DeployedRouteTable deployed, List<Route> routes) {
    }

    /**
     * A kubenet route table as deployed: an {@code existing} reference read only when {@code existsParam} says so, and
     * the var holding AKS's routes from it (every route but aksnet's own {@code defaultRouteName}; [] the first time).
     */
    public record DeployedRouteTable(String symbol, String existsParam, String routesVar, String defaultRouteName) {
    }

    /** One route of a table. */
    public record Route(String name, String addressPrefix, String nextHopType, String nextHopIpAddress) {
    }

    /**
     * The deployed state of a cluster that may exist already: an {@code existing} reference, read only when
     * {@code existsParam} says so, and the var holding its pools' node counts by pool name ({} for a new cluster).
     */
    public record DeployedCluster(String symbol, String existsParam, String countsVar) {
    }

    public record NatGateway(String symbol, String name, String publicIpSymbol, String publicIpName) {
    }

    /** An {@code existing} subnet resource, the handle through which pools and role assignments reach a subnet. */
    public record SubnetRef(String symbol, String parent, String name) {
    }

    public record Identity(String symbol, String name) {
    }

    /** Network Contributor on one subnet, through the module so the subnet may be in another resource group. */
    public record RoleAssignment(String symbol, String deploymentName, String scope, String vnetName, String subnetName, String principalId) {
    }

    /** Network Contributor on a resource of this deployment (a route table). */
    public record ScopedRoleAssignment(String symbol, String scopeSymbol, String identitySymbol) {
    }

    public record Cluster(String symbol, String name, DeployedCluster deployed, boolean userAssigned, String identityRef, List<ArmClusterShape.Property> properties,
                          List<ArmClusterShape.Pool> pools, List<ArmClusterShape.Property> networkProfile,
                          List<ArmClusterShape.Property> apiServerAccess, List<ArmClusterShape.Property> ingressAddonConfig,
                          String ingressAddonKey, boolean windowsProfile, List<String> dependsOn) {
    }

    /** Application Gateway for Containers: the traffic controller, its frontend and its association with a subnet. */
    public record TrafficController(String symbol, String name, String frontendSymbol, String frontendName, String associationSymbol,
                                    String associationName, String subnetId) {
    }

    /** Private DNS Zone Contributor on a private cluster's own zone, through a module scoped to the zone's group. */
    public record ZoneRoleAssignment(String symbol, String deploymentName, String scope, String zoneName, String principalId) {
    }

    public record Output(String name, String type, String value) {
    }

    /** Resource types with their API versions, quoted. */
    public record Types(String managedClusters, String virtualNetworks, String subnets, String routeTables,
                        String natGateways, String publicIpAddresses, String identities, String roleAssignments,
                        String trafficControllers, String trafficControllerFrontends, String trafficControllerAssociations) {
    }

    /** The role definitions aksnet grants and the modules that grant them. */
    public record RoleModule(String path, String roleDefinitionId, String zonePath, String zoneRoleDefinitionId) {
    }
}
