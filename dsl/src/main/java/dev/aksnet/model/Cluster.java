package dev.aksnet.model;

import dev.aksnet.dsl.ClusterBuilder;

import java.util.List;
import java.util.Objects;

/**
 * An AKS managed cluster.
 *
 * @param name              the cluster's Azure name
 * @param dnsPrefix         the DNS prefix, or null for the name
 * @param kubernetesVersion the Kubernetes version, or null for AKS's default
 * @param network           its network settings
 * @param nodePools         its node pools, in spec order
 * @param privateCluster    whether the API server has only a private endpoint
 * @param privateDnsZone    a private cluster's DNS zone: {@code system}, {@code none} or a private DNS zone's resource id;
 *                          null for AKS's default (system)
 * @param serviceEndpoints  cluster-level service endpoints: only ever refused (SERVICE_ENDPOINTS_NOT_ON_SUBNET)
 * @param ingress           its Azure-managed ingress, or null
 * @param apiServer         how its API server is reached (VNet integration, authorized ranges, …), or null
 * @param identities        existing identities it uses instead of those aksnet and AKS create, or null
 * @param fqdnSubdomain     a private cluster's FQDN subdomain in its own privatelink zone, instead of dnsPrefix, or null
 * @param appRouting        the application routing add-on (managed NGINX), or null
 */
public record Cluster(String name, String dnsPrefix, String kubernetesVersion, Network network, List<NodePool> nodePools,
                      boolean privateCluster, String privateDnsZone, List<String> serviceEndpoints, Ingress ingress, ApiServer apiServer,
                      ClusterIdentities identities, String fqdnSubdomain, AppRouting appRouting) {

    /** A cluster without the application routing add-on. */
    public Cluster(String name, String dnsPrefix, String kubernetesVersion, Network network, List<NodePool> nodePools,
                   boolean privateCluster, String privateDnsZone, List<String> serviceEndpoints, Ingress ingress, ApiServer apiServer,
                   ClusterIdentities identities, String fqdnSubdomain) {
        this(name, dnsPrefix, kubernetesVersion, network, nodePools, privateCluster, privateDnsZone, serviceEndpoints, ingress, apiServer,
                identities, fqdnSubdomain, null);
    }

    /** A cluster named by its DNS prefix (or name), not an FQDN subdomain. */
    public Cluster(String name, String dnsPrefix, String kubernetesVersion, Network network, List<NodePool> nodePools,
                   boolean privateCluster, String privateDnsZone, List<String> serviceEndpoints, Ingress ingress, ApiServer apiServer,
                   ClusterIdentities identities) {
        this(name, dnsPrefix, kubernetesVersion, network, nodePools, privateCluster, privateDnsZone, serviceEndpoints, ingress, apiServer,
                identities, null);
    }

    /** A cluster with the identities aksnet and AKS create. */
    public Cluster(String name, String dnsPrefix, String kubernetesVersion, Network network, List<NodePool> nodePools,
                   boolean privateCluster, String privateDnsZone, List<String> serviceEndpoints, Ingress ingress, ApiServer apiServer) {
        this(name, dnsPrefix, kubernetesVersion, network, nodePools, privateCluster, privateDnsZone, serviceEndpoints, ingress, apiServer, null);
    }

    /** Whether AKS keeps a public FQDN (resolving to the private address) for a private cluster the spec says nothing of. */
    public static final boolean PUBLIC_FQDN_DEFAULT = true;

    /** The DNS zone AKS creates and manages for a private cluster. */
    public static final String PRIVATE_DNS_ZONE_SYSTEM = "system";
    /** No private DNS zone: the API server is resolved through a public FQDN. */
    public static final String PRIVATE_DNS_ZONE_NONE = "none";
    public Cluster {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, "network");
        nodePools = List.copyOf(nodePools);
        serviceEndpoints = serviceEndpoints == null ? List.of() : List.copyOf(serviceEndpoints);
    }

    public Cluster(String name, String dnsPrefix, String kubernetesVersion, Network network, List<NodePool> nodePools,
                   boolean privateCluster, String privateDnsZone, List<String> serviceEndpoints, Ingress ingress) {
        this(name, dnsPrefix, kubernetesVersion, network, nodePools, privateCluster, privateDnsZone, serviceEndpoints, ingress, null);
    }

    /** A cluster without cluster-level service endpoints, the only kind the Java DSL builds. */
    public Cluster(String name, String dnsPrefix, String kubernetesVersion, Network network, List<NodePool> nodePools,
                   boolean privateCluster, String privateDnsZone, Ingress ingress) {
        this(name, dnsPrefix, kubernetesVersion, network, nodePools, privateCluster, privateDnsZone, List.of(), ingress);
    }

    /** The existing identities it uses, if any. */
    public java.util.Optional<ClusterIdentities> identitiesIfAny() {
        return java.util.Optional.ofNullable(identities);
    }

    /** The user's kubelet identity, by resource id, if the cluster names one (aksnet then grants it AcrPull on a bootstrap registry). */
    public java.util.Optional<String> ownKubeletIdentity() {
        return identitiesIfAny().flatMap(ClusterIdentities::kubeletIfAny);
    }

    /** Its ingress, if any. */
    public java.util.Optional<Ingress> ingressIfAny() {
        return java.util.Optional.ofNullable(ingress);
    }

    /** Starts the Java DSL for a cluster of that name. */
    public static ClusterBuilder named(String name) {
        return new ClusterBuilder(name);
    }

    /** The DNS prefix AKS will use: the declared one, else the cluster's name; null when an FQDN subdomain replaces it. */
    public String effectiveDnsPrefix() {
        return dnsPrefix != null ? dnsPrefix : fqdnSubdomain != null ? null : name;
    }

    /** Whether any pool names a subnet: the cluster lives in the user's own network, not an AKS-managed one. */
    public boolean usesOwnNetwork() {
        return nodePools.stream().anyMatch(p -> p.subnet() != null);
    }

    /** Whether any pool runs Windows. */
    public boolean hasWindowsPools() {
        return nodePools.stream().anyMatch(p -> p.os() == OsType.WINDOWS);
    }

    /** Whether the API server has a private endpoint only: {@code apiServer.private}, else {@code privateCluster}. */
    public boolean isPrivate() {
        return apiServer != null && apiServer.privateCluster() != null ? apiServer.privateCluster() : privateCluster;
    }

    /** The private DNS zone the spec declares, on the cluster or in {@code apiServer}; null when none. */
    public String declaredPrivateDnsZone() {
        return apiServer != null && apiServer.privateDnsZone() != null ? apiServer.privateDnsZone() : privateDnsZone;
    }

    /** Its API server settings, if any. */
    public java.util.Optional<ApiServer> apiServerIfAny() {
        return java.util.Optional.ofNullable(apiServer);
    }

    /** A private cluster's DNS zone in force: the declared one, else {@code system}; null for public clusters. */
    public String effectivePrivateDnsZone() {
        return !isPrivate() ? null : declaredPrivateDnsZone() != null ? declaredPrivateDnsZone() : PRIVATE_DNS_ZONE_SYSTEM;
    }

    /**
     * A private cluster's public FQDN setting in force: the declared one, else AKS's default, {@value
     * #PUBLIC_FQDN_DEFAULT} (the azurerm provider's default is false: written out so that every target deploys the same
     * cluster); null for public clusters.
     */
    public Boolean effectivePublicFqdn() {
        Boolean declared = apiServer == null ? null : apiServer.publicFqdn();
        return !isPrivate() ? null : declared != null ? declared : PUBLIC_FQDN_DEFAULT;
    }

    /** Whether the private cluster uses a DNS zone of your own (a resource id). */
    public boolean customPrivateDnsZone() {
        String zone = effectivePrivateDnsZone();
        return zone != null && !zone.equals(PRIVATE_DNS_ZONE_SYSTEM) && !zone.equals(PRIVATE_DNS_ZONE_NONE);
    }

    /** Nodes at maximum scale, over all pools, without upgrade surge. */
    public int maxNodes() {
        return nodePools.stream().mapToInt(p -> p.count().max()).sum();
    }
}
