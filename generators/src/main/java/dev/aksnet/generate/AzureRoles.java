package dev.aksnet.generate;

/** Built-in Azure role definitions aksnet assigns. */
public final class AzureRoles {
    private AzureRoles() {
    }

    /** Network Contributor: lets the cluster identity join subnets and manage routes on bring-your-own networks. */
    public static final String NETWORK_CONTRIBUTOR_ID = "4d97b98b-1d4f-4787-a291-c67834d212e7";
    public static final String NETWORK_CONTRIBUTOR_NAME = "Network Contributor";
}
