package dev.aksnet.validation.rules;

import dev.aksnet.model.NodeCount;
import dev.aksnet.model.OsType;
import dev.aksnet.model.PoolMode;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;

/** Node pools and scale (network-rules.md §5). */
public final class PoolRules {
    private PoolRules() {
    }

    /** Nodes per pool (LIM: AKS quotas and limits). */
    static final int MAX_NODES_PER_POOL = 1000;
    static final int MIN_MAX_PODS = 10;
    static final int MAX_MAX_PODS = 250;

    /** SYSTEM_POOL_REQUIRED (NP). */
    public static final class SystemPoolRequired implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SYSTEM_POOL_REQUIRED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (c.cluster().nodePools().stream().noneMatch(p -> p.mode() == PoolMode.SYSTEM)) {
                    report.at(c.path() + ".nodePools", "cluster '" + c.cluster().name() + "' has no system node pool",
                            "mark a Linux pool with mode: system");
                }
            }
        }
    }

    /** SYSTEM_POOL_LINUX (NP): system pools run Linux. */
    public static final class SystemPoolLinux implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SYSTEM_POOL_LINUX;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.pool().mode() == PoolMode.SYSTEM && p.pool().os() == OsType.WINDOWS) {
                    report.at(p.path() + ".os", "system node pool '" + p.pool().name() + "' runs Windows; system pools must run Linux",
                            "make this pool a user pool and add a Linux system pool");
                }
            }
        }
    }

    /** SYSTEM_POOL_SCALE_TO_ZERO (NP): system pools keep at least one node. */
    public static final class SystemPoolScaleToZero implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SYSTEM_POOL_SCALE_TO_ZERO;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.pool().mode() == PoolMode.SYSTEM && p.pool().count().min() == 0) {
                    report.at(countPath(p, true), "system node pool '" + p.pool().name() + "' can have zero nodes",
                            "give system pools at least one node (three for production)");
                }
            }
        }
    }

    /** AUTOSCALE_RANGE (NP, LIM). */
    public static final class AutoscaleRange implements Rule {
        @Override
        public RuleId id() {
            return RuleId.AUTOSCALE_RANGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (!(p.pool().count() instanceof NodeCount.Autoscale a)) {
                    continue;
                }
                if (a.min() < 0 || a.min() > a.max() || a.max() > MAX_NODES_PER_POOL) {
                    report.at(p.path() + ".autoscale", "autoscale range " + a.min() + ".." + a.max() + " of node pool '"
                            + p.pool().name() + "' is not valid", "use 0 <= min <= max <= " + MAX_NODES_PER_POOL);
                }
            }
        }
    }

    /** POOL_COUNT_RANGE (LIM). */
    public static final class PoolCountRange implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POOL_COUNT_RANGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.pool().count() instanceof NodeCount.Fixed f && (f.count() < 0 || f.count() > MAX_NODES_PER_POOL)) {
                    report.at(p.path() + ".count", "node pool '" + p.pool().name() + "' has count " + f.count(),
                            "use a count from 0 to " + MAX_NODES_PER_POOL);
                }
            }
        }
    }

    /** MAXPODS_RANGE (PLAN, CLI). */
    public static final class MaxPodsRange implements Rule {
        @Override
        public RuleId id() {
            return RuleId.MAXPODS_RANGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                Integer maxPods = p.pool().maxPods();
                if (maxPods != null && (maxPods < MIN_MAX_PODS || maxPods > MAX_MAX_PODS)) {
                    report.at(p.path() + ".maxPods", "maxPods " + maxPods + " of node pool '" + p.pool().name() + "' is out of range",
                            "use " + MIN_MAX_PODS + " to " + MAX_MAX_PODS);
                }
            }
        }
    }

    /** SYSTEM_POOL_SIZE (NP): fewer than 2 system nodes leaves no room for a node to fail or upgrade. */
    public static final class SystemPoolSize implements Rule {
        static final int MIN_SYSTEM_NODES = 2;

        @Override
        public RuleId id() {
            return RuleId.SYSTEM_POOL_SIZE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                var systemPools = spec.pools(c).stream().filter(p -> p.pool().mode() == PoolMode.SYSTEM).toList();
                int nodes = systemPools.stream().mapToInt(p -> p.pool().count().min()).sum();
                if (!systemPools.isEmpty() && nodes < MIN_SYSTEM_NODES) {
                    report.at(countPath(systemPools.get(0), true), "cluster '" + c.cluster().name() + "' has " + nodes
                            + " system node" + (nodes == 1 ? "" : "s") + " at minimum", "run at least 2 system nodes, 3 for production");
                }
            }
        }
    }

    /** POOL_LIMIT (LIM): 100 node pools per cluster. */
    public static final class PoolLimit implements Rule {
        static final int MAX_POOLS = 100;

        @Override
        public RuleId id() {
            return RuleId.POOL_LIMIT;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                int pools = c.cluster().nodePools().size();
                if (pools > MAX_POOLS) {
                    report.at(c.path() + ".nodePools", "cluster '" + c.cluster().name() + "' has " + pools + " node pools; AKS allows " + MAX_POOLS,
                            "merge pools or split the workloads over clusters");
                }
            }
        }
    }

    /** CLUSTER_MAX_NODES (LIM): 5,000 nodes per cluster; above 1,000 the Standard tier is needed. */
    public static final class ClusterMaxNodes implements Rule {
        static final int MAX_NODES = 5000;
        static final int FREE_TIER_NODES = 1000;

        @Override
        public RuleId id() {
            return RuleId.CLUSTER_MAX_NODES;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                int nodes = c.cluster().maxNodes();
                if (nodes > MAX_NODES) {
                    report.at(c.path() + ".nodePools", "cluster '" + c.cluster().name() + "' reaches " + nodes + " nodes at max scale; AKS allows "
                            + MAX_NODES, "lower the pools' maximum or split the workloads over clusters");
                } else if (nodes > FREE_TIER_NODES) {
                    report.at(c.path() + ".nodePools", dev.aksnet.validation.Severity.WARNING, "cluster '" + c.cluster().name() + "' reaches "
                            + nodes + " nodes at max scale; above " + FREE_TIER_NODES + " AKS needs the Standard pricing tier",
                            "run the cluster on the Standard tier (sku_tier / sku.tier Standard)");
                }
            }
        }
    }

    /**
     * MAXPODS_SYSTEM_POOL (NP: "System node pools must support at least 30 pods"; PLAN; RP
     * InsufficientAgentPoolMaxPodsPerAgentPool): a system pool holds at least 30 pods at its minimum node count, maxPods ×
     * min nodes. *Changed in v2* from maxPods ≥ 30 alone: three nodes of 10 pods are enough.
     */
    public static final class MaxPodsSystemPool implements Rule {
        static final int MIN_SYSTEM_MAX_PODS = 30;

        @Override
        public RuleId id() {
            return RuleId.MAXPODS_SYSTEM_POOL;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                int maxPods = p.pool().effectiveMaxPods(p.cluster().cluster().network().plugin());
                int nodes = Math.max(1, p.pool().count().min());
                long total = (long) maxPods * nodes;
                if (p.pool().mode() == PoolMode.SYSTEM && total < MIN_SYSTEM_MAX_PODS) {
                    int neededNodes = (MIN_SYSTEM_MAX_PODS + maxPods - 1) / maxPods;
                    report.at(p.pool().maxPods() != null ? p.path() + ".maxPods" : countPath(p, true), "system node pool '" + p.pool().name()
                                    + "' holds only " + maxPods + " × " + nodes + " = " + total + " pods at its minimum; system pools must hold at least "
                                    + MIN_SYSTEM_MAX_PODS, "raise maxPods to " + ((MIN_SYSTEM_MAX_PODS + nodes - 1) / nodes)
                                    + ", or the minimum node count to " + neededNodes);
                }
            }
        }
    }

    static String countPath(PoolAt p, boolean min) {
        return p.pool().count() instanceof NodeCount.Autoscale ? p.path() + ".autoscale" + (min ? ".min" : ".max") : p.path() + ".count";
    }
}
