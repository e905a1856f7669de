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
 */
public record Cluster(String name, String dnsPrefix, String kubernetesVersion, Network network, List<NodePool> nodePools) {
    public Cluster {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, "network");
        nodePools = List.copyOf(nodePools);
    }

    /** Starts the Java DSL for a cluster of that name. */
    public static ClusterBuilder named(String name) {
        return new ClusterBuilder(name);
    }

    /** The DNS prefix AKS will use: the declared one, else the cluster's name. */
    public String effectiveDnsPrefix() {
        return dnsPrefix != null ? dnsPrefix : name;
    }

    /** Whether any pool names a subnet: the cluster lives in the user's own network, not an AKS-managed one. */
    public boolean usesOwnNetwork() {
        return nodePools.stream().anyMatch(p -> p.subnet() != null);
    }

    /** Whether any pool runs Windows. */
    public boolean hasWindowsPools() {
        return nodePools.stream().anyMatch(p -> p.os() == OsType.WINDOWS);
    }

    /** Nodes at maximum scale, over all pools, without upgrade surge. */
    public int maxNodes() {
        return nodePools.stream().mapToInt(p -> p.count().max()).sum();
    }
}
