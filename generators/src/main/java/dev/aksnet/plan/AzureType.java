package dev.aksnet.plan;

/**
 * Every Azure resource type aksnet plans, with the API version every target deploys it at: the one place an API
 * version is written. The versions are those of the Bicep compiler's type data aksnet is checked against
 * (bicep-types-az); azurerm picks its own versions, which is one reason the azapi target exists.
 */
public enum AzureType {
    RESOURCE_GROUP("Microsoft.Resources/resourceGroups", "2025-04-01"),
    VIRTUAL_NETWORK("Microsoft.Network/virtualNetworks", AzureType.NETWORK),
    VIRTUAL_NETWORK_PEERING("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", AzureType.NETWORK),
    SUBNET("Microsoft.Network/virtualNetworks/subnets", AzureType.NETWORK),
    ROUTE_TABLE("Microsoft.Network/routeTables", AzureType.NETWORK),
    NAT_GATEWAY("Microsoft.Network/natGateways", AzureType.NETWORK),
    NETWORK_SECURITY_GROUP("Microsoft.Network/networkSecurityGroups", AzureType.NETWORK),
    PUBLIC_IP_ADDRESS("Microsoft.Network/publicIPAddresses", AzureType.NETWORK),
    PUBLIC_IP_PREFIX("Microsoft.Network/publicIPPrefixes", AzureType.NETWORK),
    /** 2020-06-01: the version of the private DNS zones' stable type data aksnet is checked against. */
    PRIVATE_DNS_ZONE("Microsoft.Network/privateDnsZones", AzureType.PRIVATE_DNS),
    PRIVATE_DNS_ZONE_LINK("Microsoft.Network/privateDnsZones/virtualNetworkLinks", AzureType.PRIVATE_DNS),
    USER_ASSIGNED_IDENTITY("Microsoft.ManagedIdentity/userAssignedIdentities", "2024-11-30"),
    /** Referenced only (a network isolated cluster's registry of the user's): 2023-07-01, its newest GA version. */
    CONTAINER_REGISTRY("Microsoft.ContainerRegistry/registries", "2023-07-01"),
    /** Referenced only (the application routing add-on's public zones): 2018-05-01, its newest GA version. */
    DNS_ZONE("Microsoft.Network/dnszones", "2018-05-01"),
    /** No newer stable version exists. */
    ROLE_ASSIGNMENT("Microsoft.Authorization/roleAssignments", "2022-04-01"),
    MANAGED_CLUSTER("Microsoft.ContainerService/managedClusters", "2026-04-01"),
    /** Application Gateway for Containers: 2025-01-01 is the newest GA version. */
    TRAFFIC_CONTROLLER("Microsoft.ServiceNetworking/trafficControllers", AzureType.SERVICE_NETWORKING),
    TRAFFIC_CONTROLLER_FRONTEND("Microsoft.ServiceNetworking/trafficControllers/frontends", AzureType.SERVICE_NETWORKING),
    TRAFFIC_CONTROLLER_ASSOCIATION("Microsoft.ServiceNetworking/trafficControllers/associations", AzureType.SERVICE_NETWORKING);

    private static final String NETWORK = "2025-05-01";
    private static final String SERVICE_NETWORKING = "2025-01-01";
    private static final String PRIVATE_DNS = "2020-06-01";

    private final String type;
    private final String apiVersion;

    AzureType(String type, String apiVersion) {
        this.type = type;
        this.apiVersion = apiVersion;
    }

    /** {@code Microsoft.Network/routeTables}. */
    public String type() {
        return type;
    }

    public String apiVersion() {
        return apiVersion;
    }

    /** {@code Microsoft.Network/routeTables@2025-05-01}, as Bicep and azapi name a type. */
    public String typeAtVersion() {
        return type + "@" + apiVersion;
    }
}
