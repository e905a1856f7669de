package dev.aksnet.model;

/**
 * Whether network policies apply to private endpoints in a subnet (the subnet's {@code privateEndpointNetworkPolicies}):
 * its network security group, its route table, both or neither. Azure's default is {@link #DISABLED}.
 */
public enum PrivateEndpointNetworkPolicies implements SpecEnum {
    DISABLED("disabled", "Disabled"),
    ENABLED("enabled", "Enabled"),
    NETWORK_SECURITY_GROUP_ENABLED("networkSecurityGroupEnabled", "NetworkSecurityGroupEnabled"),
    ROUTE_TABLE_ENABLED("routeTableEnabled", "RouteTableEnabled");

    private final String specName;
    private final String apiValue;

    PrivateEndpointNetworkPolicies(String specName, String apiValue) {
        this.specName = specName;
        this.apiValue = apiValue;
    }

    @Override
    public String specName() {
        return specName;
    }

    /** The API's (and azurerm's) value. */
    public String apiValue() {
        return apiValue;
    }

    /** Whether the subnet's network security group applies to its private endpoints. */
    public boolean networkSecurityGroup() {
        return this == ENABLED || this == NETWORK_SECURITY_GROUP_ENABLED;
    }

    /** Whether the subnet's route table applies to its private endpoints. */
    public boolean routeTable() {
        return this == ENABLED || this == ROUTE_TABLE_ENABLED;
    }
}
