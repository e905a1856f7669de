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
 * @param maxSurge             extra nodes while it upgrades, or null for aksnet's default ({@link MaxSurge#DEFAULT})
 * @param onlyCriticalAddons   a system pool that runs only critical add-ons: AKS's {@code CriticalAddonsOnly=true:NoSchedule}
 *                             taint keeps application pods off it
 * @param osSku                its OS image family, or null for AKS's default for the OS and Kubernetes version
 * @param windowsOutboundNat   false: a Windows pool without Windows' own outbound NAT (node port reuse, SNAT through the
 *                             cluster's NAT gateway or firewall instead); null for the default (enabled)
 */
public record NodePool(
        String name, PoolMode mode, OsType os, String vmSize, NodeCount count, Integer maxPods,
        SubnetRef subnet, SubnetRef podSubnet, List<Integer> zones, boolean nodePublicIp, String nodePublicIpPrefixId,
        MaxSurge maxSurge, boolean onlyCriticalAddons, OsSku osSku, Boolean windowsOutboundNat) {
    public NodePool(String name, PoolMode mode, OsType os, String vmSize, NodeCount count, Integer maxPods,
                    SubnetRef subnet, SubnetRef podSubnet) {
        this(name, mode, os, vmSize, count, maxPods, subnet, podSubnet, List.of(), false, null, null, false);
    }

    /** A pool with AKS's default OS image and outbound NAT. */
    public NodePool(String name, PoolMode mode, OsType os, String vmSize, NodeCount count, Integer maxPods,
                    SubnetRef subnet, SubnetRef podSubnet, List<Integer> zones, boolean nodePublicIp, String nodePublicIpPrefixId,
                    MaxSurge maxSurge, boolean onlyCriticalAddons) {
        this(name, mode, os, vmSize, count, maxPods, subnet, podSubnet, zones, nodePublicIp, nodePublicIpPrefixId, maxSurge,
                onlyCriticalAddons, null, null);
    }

    /** Whether Windows' own outbound NAT is declared off. */
    public boolean windowsOutboundNatDisabled() {
        return Boolean.FALSE.equals(windowsOutboundNat);
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

    /** The max surge the pool is deployed with: the declared one, else aksnet's default. */
    public MaxSurge effectiveMaxSurge() {
        return maxSurge != null ? maxSurge : MaxSurge.DEFAULT;
    }

    /** Extra nodes during an upgrade at max scale, matching the generated max surge. */
    public int upgradeSurge() {
        return effectiveMaxSurge().surgeNodes(count.max());
    }
}
