package dev.aksnet.dsl;

import dev.aksnet.model.NodeCount;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OsType;
import dev.aksnet.model.PoolMode;
import dev.aksnet.model.SubnetRef;

import java.util.Objects;

/** Builds a {@link NodePool} ({@code NodePool.linux("system")}, {@code NodePool.windows("win1")}). */
public final class NodePoolBuilder {
    private final String name;
    private final OsType os;
    private PoolMode mode = PoolMode.USER;
    private String vmSize;
    private NodeCount count;
    private Integer maxPods;
    private SubnetRef subnet;
    private SubnetRef podSubnet;
    private final java.util.List<Integer> zones = new java.util.ArrayList<>();
    private boolean nodePublicIp;
    private String nodePublicIpPrefixId;
    private dev.aksnet.model.MaxSurge maxSurge;
    private boolean onlyCriticalAddons;
    private dev.aksnet.model.OsSku osSku;
    private Boolean windowsOutboundNat;

    private final StackTraceElement site = CallSites.caller();

    public NodePoolBuilder(String name, OsType os) {
        this.name = Objects.requireNonNull(name, "name");
        this.os = Objects.requireNonNull(os, "os");
    }

    /** A system pool (pools are user pools unless said). */
    public NodePoolBuilder system() {
        this.mode = PoolMode.SYSTEM;
        return this;
    }

    public NodePoolBuilder vmSize(String vmSize) {
        this.vmSize = Objects.requireNonNull(vmSize, "vmSize");
        return this;
    }

    /** A fixed node count. */
    public NodePoolBuilder count(int nodes) {
        this.count = new NodeCount.Fixed(nodes);
        return this;
    }

    /** The cluster autoscaler keeps the pool between min and max nodes. */
    public NodePoolBuilder autoscale(int min, int max) {
        this.count = new NodeCount.Autoscale(min, max);
        return this;
    }

    public NodePoolBuilder maxPods(int maxPods) {
        this.maxPods = maxPods;
        return this;
    }

    /** The node subnet: {@code "vnet/subnet"}, or {@code "subnet"} when unambiguous. */
    public NodePoolBuilder subnet(String subnet) {
        this.subnet = SubnetRef.parse(subnet);
        return this;
    }

    /** The pod subnet (Azure CNI Pod Subnet only). */
    public NodePoolBuilder podSubnet(String podSubnet) {
        this.podSubnet = SubnetRef.parse(podSubnet);
        return this;
    }

    /** The availability zones the nodes spread over, e.g. {@code zones(1, 2, 3)}. */
    public NodePoolBuilder zones(int... zones) {
        for (int z : zones) {
            this.zones.add(z);
        }
        return this;
    }

    /** Every node gets its own public IP. */
    public NodePoolBuilder nodePublicIp() {
        this.nodePublicIp = true;
        return this;
    }

    /** Every node gets its own public IP, from this public IP prefix (a resource id). */
    public NodePoolBuilder nodePublicIp(String prefixId) {
        this.nodePublicIp = true;
        this.nodePublicIpPrefixId = Objects.requireNonNull(prefixId, "prefixId");
        return this;
    }

    /** Extra nodes while the pool upgrades: {@code MaxSurge.percent(33)} or {@code MaxSurge.count(5)} (default 10%). */
    public NodePoolBuilder maxSurge(dev.aksnet.model.MaxSurge maxSurge) {
        this.maxSurge = Objects.requireNonNull(maxSurge, "maxSurge");
        return this;
    }

    /** A system pool for critical add-ons only: the CriticalAddonsOnly taint keeps application pods off it. */
    public NodePoolBuilder onlyCriticalAddons() {
        this.onlyCriticalAddons = true;
        return this;
    }

    /** The OS image family, e.g. {@code OsSku.AZURE_LINUX} or {@code OsSku.WINDOWS_2022}. */
    public NodePoolBuilder osSku(dev.aksnet.model.OsSku sku) {
        this.osSku = java.util.Objects.requireNonNull(sku, "sku");
        return this;
    }

    /** A Windows pool without Windows' own outbound NAT (needs a NAT gateway or user-defined routing for egress). */
    public NodePoolBuilder withoutWindowsOutboundNat() {
        this.windowsOutboundNat = false;
        return this;
    }

    public NodePool build() {
        if (vmSize == null) {
            throw new IllegalStateException("node pool '" + name + "' has no vmSize");
        }
        if (count == null) {
            throw new IllegalStateException("node pool '" + name + "' has neither count(…) nor autoscale(…)");
        }
        return CallSites.remember(new NodePool(name, mode, os, vmSize, count, maxPods, subnet, podSubnet, zones,
                nodePublicIp, nodePublicIpPrefixId, maxSurge, onlyCriticalAddons, osSku, windowsOutboundNat), site);
    }
}
