package dev.aksnet.model;

/**
 * Whether network policies apply to private link services in a subnet (its {@code privateLinkServiceNetworkPolicies}).
 * A private link service takes its source addresses from a subnet with them {@link #DISABLED}; Azure's default is
 * {@link #ENABLED}.
 */
public enum PrivateLinkServiceNetworkPolicies implements SpecEnum {
    DISABLED("disabled", "Disabled"),
    ENABLED("enabled", "Enabled");

    private final String specName;
    private final String apiValue;

    PrivateLinkServiceNetworkPolicies(String specName, String apiValue) {
        this.specName = specName;
        this.apiValue = apiValue;
    }

    @Override
    public String specName() {
        return specName;
    }

    /** The API's value. */
    public String apiValue() {
        return apiValue;
    }
}
