package dev.aksnet.validation.rules;

import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.OsType;
import dev.aksnet.model.PodIpAllocation;
import dev.aksnet.model.PoolMode;
import dev.aksnet.resolve.Choices;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.validation.KubernetesVersions;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

import java.util.regex.Pattern;

/**
 * The catalogue's second version on pools: scale set limits, VM sizes, pods per pool, and static block allocation.
 * POOLS = AKS "Create node pools" and "Upgrade node pools"; POD = Azure CNI Pod Subnet, static block allocation
 * ("Kubernetes 1.28 or later", "subnets up to /12", blocks of 16 sized by maxPods + 1); LIM = AKS quotas and limits.
 */
public final class PoolSizingRules {
    private PoolSizingRules() {
    }

    /** Instances of one scale set (POOLS: "current size plus the calculated surge count would exceed 1,000"). */
    static final int SCALE_SET_INSTANCES = 1000;
    /** Pods per pool AKS asks for when maxPods is below 30 (PLAN). */
    static final int PODS_PER_POOL = 30;
    /** The most pods per Windows node recommended (OVL, LIM). */
    public static final int WINDOWS_MAX_PODS = 110;
    /** Static block allocation's first Kubernetes minor version (POD). */
    static final int STATIC_BLOCK_MINOR = 28;
    /** Static block allocation's largest pod subnet (POD). */
    static final int STATIC_BLOCK_LARGEST_PREFIX = 12;
    /** Addresses a /28 block leaves unused per node from which aksnet warns (POD: 32 pods is "High Wastage"). */
    static final int STATIC_BLOCK_WASTE = 8;
    static final Pattern BURSTABLE = Pattern.compile("Standard_B.*", Pattern.CASE_INSENSITIVE);

    private static boolean staticBlock(PoolAt p) {
        return p.cluster().plugin() instanceof Choices.Plugin.PodSubnet ps && ps.allocation() == PodIpAllocation.STATIC_BLOCK;
    }

    private static int maxPods(PoolAt p) {
        return p.pool().effectiveMaxPods(p.cluster().cluster().network().plugin());
    }

    private static String maxPodsPath(PoolAt p) {
        return p.pool().maxPods() != null ? p.path() + ".maxPods" : p.path() + ".name";
    }

    /** POOL_SURGE_EXCEEDS_VMSS (W; POOLS): AKS rejects the upgrade of a pool whose size plus surge passes 1,000. */
    public static final class PoolSurgeExceedsVmss implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POOL_SURGE_EXCEEDS_VMSS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                int max = p.pool().count().max();
                int surge = p.pool().upgradeSurge();
                if (max <= SCALE_SET_INSTANCES && max + surge > SCALE_SET_INSTANCES) {
                    report.at(PoolRules.countPath(p, false), "pool '" + p.pool().name() + "' scales to " + max + " nodes and surges " + surge
                                    + " more in an upgrade: a scale set holds " + SCALE_SET_INSTANCES + " instances, so AKS rejects its upgrades",
                            "lower its maximum to " + (SCALE_SET_INSTANCES - surge) + ", or split it into two pools");
                }
            }
        }
    }

    /** ONLY_CRITICAL_ADDONS_USER_POOL (E; SYS): the critical add-ons taint is for system pools. */
    public static final class OnlyCriticalAddonsUserPool implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ONLY_CRITICAL_ADDONS_USER_POOL;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.pool().onlyCriticalAddons() && p.pool().mode() != PoolMode.SYSTEM) {
                    report.at(p.path() + ".onlyCriticalAddons", "user pool '" + p.pool().name() + "' is for critical add-ons only, but "
                                    + "only system pools run them: its nodes would run nothing",
                            "remove onlyCriticalAddons, or make the pool mode: system");
                }
            }
        }
    }

    /** NO_POOL_FOR_WORKLOADS (W; SYS): with every pool tainted for critical add-ons, application pods stay pending. */
    public static final class NoPoolForWorkloads implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NO_POOL_FOR_WORKLOADS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (var c : spec.clusters()) {
                var pools = spec.pools(c);
                if (!pools.isEmpty() && pools.stream().allMatch(p -> p.pool().onlyCriticalAddons() && p.pool().mode() == PoolMode.SYSTEM)) {
                    PoolAt first = pools.get(0);
                    report.at(first.path() + ".onlyCriticalAddons", "every pool of cluster '" + c.cluster().name() + "' is for critical "
                                    + "add-ons only: application pods have no node to run on",
                            "add a user pool for applications (AKS's advice), or drop onlyCriticalAddons from one system pool");
                }
            }
        }
    }

    /** SYSTEM_POOL_VM_SIZE (W; POOLS, RP SystemPoolSkuTooLow; accepted in practice per MicrosoftDocs/azure-docs#121181). */
    public static final class SystemPoolVmSize implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SYSTEM_POOL_VM_SIZE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.pool().mode() == PoolMode.SYSTEM && BURSTABLE.matcher(p.pool().vmSize()).matches()) {
                    report.at(p.path() + ".vmSize", "system pool '" + p.pool().name() + "' uses " + p.pool().vmSize()
                            + ": AKS does not support burstable B-series sizes for system pools", "use a size such as Standard_D4s_v5");
                }
            }
        }
    }

    /**
     * MAXPODS_POOL_TOTAL (W; PLAN "each subsequent node pool added must have at least three nodes" when maxPods is 10;
     * enforcement for user pools *unconfirmed*). System pools are MAXPODS_SYSTEM_POOL's.
     */
    public static final class MaxPodsPoolTotal implements Rule {
        @Override
        public RuleId id() {
            return RuleId.MAXPODS_POOL_TOTAL;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                int maxPods = maxPods(p);
                int nodes = Math.max(1, p.pool().count().min());
                if (p.pool().mode() != PoolMode.SYSTEM && maxPods < PODS_PER_POOL && (long) maxPods * nodes < PODS_PER_POOL) {
                    report.at(maxPodsPath(p), "pool '" + p.pool().name() + "' holds only " + maxPods + " × " + nodes + " = " + maxPods * nodes
                                    + " pods at its minimum; AKS asks for room for " + PODS_PER_POOL + " pods per pool when maxPods is below " + PODS_PER_POOL,
                            "raise maxPods, or the minimum node count to " + (PODS_PER_POOL + maxPods - 1) / maxPods);
                }
            }
        }
    }

    /** WINDOWS_MAXPODS (W; OVL, LIM): 110 pods per Windows node at most is what AKS recommends. */
    public static final class WindowsMaxPods implements Rule {
        @Override
        public RuleId id() {
            return RuleId.WINDOWS_MAXPODS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                int maxPods = maxPods(p);
                if (p.pool().os() == OsType.WINDOWS && maxPods > WINDOWS_MAX_PODS) {
                    report.at(maxPodsPath(p), "Windows pool '" + p.pool().name() + "' allows " + maxPods + " pods per node"
                                    + (p.pool().maxPods() == null ? " (the plugin's default)" : "") + "; " + WINDOWS_MAX_PODS
                                    + " is the recommended maximum for Windows", "set maxPods: " + WINDOWS_MAX_PODS + " or less");
                }
            }
        }
    }

    /** STATIC_BLOCK_K8S_VERSION (POD): static block allocation needs Kubernetes 1.28 or later. */
    public static final class StaticBlockK8sVersion implements Rule {
        @Override
        public RuleId id() {
            return RuleId.STATIC_BLOCK_K8S_VERSION;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (var c : spec.clusters()) {
                String version = c.cluster().kubernetesVersion();
                boolean staticBlock = c.plugin() instanceof Choices.Plugin.PodSubnet ps && ps.allocation() == PodIpAllocation.STATIC_BLOCK;
                if (staticBlock && version != null && KubernetesVersions.minorOf(version).filter(m -> m < STATIC_BLOCK_MINOR).isPresent()) {
                    report.at(c.path() + ".kubernetesVersion", "static block allocation of '" + c.cluster().name() + "' needs Kubernetes 1."
                            + STATIC_BLOCK_MINOR + " or later, not " + version, "use kubernetesVersion 1." + STATIC_BLOCK_MINOR + " or later");
                }
            }
        }
    }

    /** STATIC_BLOCK_SUBNET_TOO_LARGE (POD): static block allocation supports pod subnets up to /12. */
    public static final class StaticBlockSubnetTooLarge implements Rule {
        @Override
        public RuleId id() {
            return RuleId.STATIC_BLOCK_SUBNET_TOO_LARGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (!staticBlock(p) || p.podSubnet().isEmpty()) {
                    continue;
                }
                var s = p.podSubnet().get();
                Integer prefix = s.subnet().cidr().getNetworkPrefixLength();
                if (prefix != null && prefix < STATIC_BLOCK_LARGEST_PREFIX) {
                    report.at(p.path() + ".podSubnet", "pod subnet '" + s.qualifiedName() + "' is /" + prefix + "; static block allocation "
                            + "supports pod subnets up to /" + STATIC_BLOCK_LARGEST_PREFIX, "use a pod subnet of /" + STATIC_BLOCK_LARGEST_PREFIX + " or smaller");
                }
            }
        }
    }

    /**
     * STATIC_BLOCK_MAXPODS_WASTE (W; POD: each node gets 16 × ceil((maxPods + 1) / 16) addresses, so 31 is ideal, 30
     * acceptable and 32 "High Wastage"): aksnet warns from 8 unused addresses per node.
     */
    public static final class StaticBlockMaxPodsWaste implements Rule {
        @Override
        public RuleId id() {
            return RuleId.STATIC_BLOCK_MAXPODS_WASTE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (!staticBlock(p)) {
                    continue;
                }
                int maxPods = maxPods(p);
                int blocks = (maxPods + 1 + 15) / 16;
                int waste = 16 * blocks - (maxPods + 1);
                if (waste >= STATIC_BLOCK_WASTE) {
                    int lower = 16 * (blocks - 1) - 1;
                    report.at(maxPodsPath(p), "maxPods " + maxPods + " of pool '" + p.pool().name() + "' leaves " + waste + " addresses per node unused "
                                    + "in its /28 blocks (static block allocation reserves maxPods + 1 in blocks of 16)",
                            "use maxPods " + (16 * blocks - 1) + (lower >= 10 ? " (or " + lower + ")" : ""));
                }
            }
        }
    }
}
