package dev.aksnet.plan;

/** Built-in Azure role definitions aksnet assigns. */
public final class AzureRoles {
    private AzureRoles() {
    }

    /** Network Contributor: lets the cluster identity join subnets and manage routes on bring-your-own networks. */
    public static final String NETWORK_CONTRIBUTOR_ID = "4d97b98b-1d4f-4787-a291-c67834d212e7";
    public static final String NETWORK_CONTRIBUTOR_NAME = "Network Contributor";

    /** Private DNS Zone Contributor: lets a private cluster's identity write the API server's record in your own zone. */
    public static final String PRIVATE_DNS_ZONE_CONTRIBUTOR_ID = "b12aa53e-6015-4669-85d0-8515ebb3ae7f";
    public static final String PRIVATE_DNS_ZONE_CONTRIBUTOR_NAME = "Private DNS Zone Contributor";

    /** Managed Identity Operator: lets the control-plane identity assign the user's kubelet identity to the nodes. */
    public static final String MANAGED_IDENTITY_OPERATOR_ID = "f1a07417-d97a-45cb-824c-7a7467783830";
    public static final String MANAGED_IDENTITY_OPERATOR_NAME = "Managed Identity Operator";

    /** AcrPull: lets the kubelet identity pull from a container registry (a network isolated cluster's own registry). */
    public static final String ACR_PULL_ID = "7f951dda-4ed3-4680-a7ca-43fe172d538d";
    public static final String ACR_PULL_NAME = "AcrPull";

    public static final ResourcePlan.Role MANAGED_IDENTITY_OPERATOR = new ResourcePlan.Role(MANAGED_IDENTITY_OPERATOR_NAME,
            MANAGED_IDENTITY_OPERATOR_ID);
    public static final ResourcePlan.Role ACR_PULL = new ResourcePlan.Role(ACR_PULL_NAME, ACR_PULL_ID);

    /** DNS Zone Contributor: lets the application routing add-on manage records in a public DNS zone of the user's. */
    public static final String DNS_ZONE_CONTRIBUTOR_ID = "befefa01-2a29-4197-83a8-272ff33ce314";
    public static final String DNS_ZONE_CONTRIBUTOR_NAME = "DNS Zone Contributor";
    public static final ResourcePlan.Role DNS_ZONE_CONTRIBUTOR = new ResourcePlan.Role(DNS_ZONE_CONTRIBUTOR_NAME, DNS_ZONE_CONTRIBUTOR_ID);
    public static final ResourcePlan.Role NETWORK_CONTRIBUTOR = new ResourcePlan.Role(NETWORK_CONTRIBUTOR_NAME, NETWORK_CONTRIBUTOR_ID);
    public static final ResourcePlan.Role PRIVATE_DNS_ZONE_CONTRIBUTOR = new ResourcePlan.Role(PRIVATE_DNS_ZONE_CONTRIBUTOR_NAME,
            PRIVATE_DNS_ZONE_CONTRIBUTOR_ID);
}
