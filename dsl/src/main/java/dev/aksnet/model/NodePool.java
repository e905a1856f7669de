package dev.aksnet.model;

import dev.aksnet.dsl.NodePoolBuilder;

import java.util.List;
import java.util.Objects;

/**
 * A node pool.
 *
 * @param name      the pool's name
 * @param mode      system or user
 * @param os        Linux or Windows
 * @param vmSize    the Azure VM size
 * @param count     fixed count or autoscale range
 * @param maxPods   pods per node, or null for the plugin's default
 * @param subnet    the node subnet, or null on an AKS-managed network
 * @param podSubnet the pod subnet (Azure CNI Pod Subnet), or null
 * @param zones     the availability zones its nodes spread over, or empty (no zone: Azure places them)
 * @param nodePublicIp         whether every node gets its own public IP
 * @param nodePublicIpPrefixId with nodePublicIp: the public IP prefix the nodes' IPs come from, by resource id, or null
 */
public record NodePool(
        String name, PoolMode mode, OsType os, String vmSize, NodeCount count, Integer maxPods,
        SubnetRef subnet, SubnetRef podSubnet, List<Integer> zones, boolean nodePublicIp, String nodePublicIpPrefixId) {
    public NodePool(String name, PoolMode mode, OsType os, String vmSize, NodeCount count, Integer maxPods,
                    SubnetRef subnet, SubnetRef podSubnet) {
        this(name, mode, os, vmSize, count, maxPods, subnet, podSubnet, List.of(), false, null);
    }

    public NodePool {
        zones = zones == null ? List.of() : List.copyOf(zones);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(vmSize, "vmSize");
        Objects.requireNonNull(count, "count");
    }

    /** Starts the Java DSL for a Linux pool. */
    public static NodePoolBuilder linux(String name) {
        return new NodePoolBuilder(name, OsType.LINUX);
    }

    /** Starts the Java DSL for a Windows pool. */
    public static NodePoolBuilder windows(String name) {
        return new NodePoolBuilder(name, OsType.WINDOWS);
    }

    /** Pods per node: the declared value, else the plugin's default. */
    public int effectiveMaxPods(NetworkPlugin plugin) {
        return maxPods != null ? maxPods : plugin.defaultMaxPods();
    }

    /** Extra nodes during an upgrade: max(1, 10% of max nodes rounded up), matching the generated max surge. */
    public int upgradeSurge() {
        return Math.max(1, (count.max() * SURGE_PERCENT + 99) / 100);
    }

    /** The max surge aksnet sets on every pool, in percent. */
    public static final int SURGE_PERCENT = 10;
}
