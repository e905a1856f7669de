package dev.aksnet.bicep;

/** The API version of each resource type aksnet emits (the versions of the Azure reference shapes). */
final class BicepApiVersions {
    private BicepApiVersions() {
    }

    static final String MANAGED_CLUSTERS = "Microsoft.ContainerService/managedClusters@2026-04-01";
    static final String VIRTUAL_NETWORKS = "Microsoft.Network/virtualNetworks@2025-05-01";
    static final String SUBNETS = "Microsoft.Network/virtualNetworks/subnets@2025-05-01";
    static final String ROUTE_TABLES = "Microsoft.Network/routeTables@2025-05-01";
    static final String NAT_GATEWAYS = "Microsoft.Network/natGateways@2025-05-01";
    static final String PUBLIC_IP_ADDRESSES = "Microsoft.Network/publicIPAddresses@2025-05-01";
    static final String USER_ASSIGNED_IDENTITIES = "Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30";
    /** Application Gateway for Containers: outside the reference shapes; 2025-01-01 is the newest GA version. */
    static final String TRAFFIC_CONTROLLERS = "Microsoft.ServiceNetworking/trafficControllers@2025-01-01";
    static final String TRAFFIC_CONTROLLER_FRONTENDS = "Microsoft.ServiceNetworking/trafficControllers/frontends@2025-01-01";
    static final String TRAFFIC_CONTROLLER_ASSOCIATIONS = "Microsoft.ServiceNetworking/trafficControllers/associations@2025-01-01";
    static final String ROLE_ASSIGNMENTS = "Microsoft.Authorization/roleAssignments@2022-04-01";
}
