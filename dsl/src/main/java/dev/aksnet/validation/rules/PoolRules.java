package dev.aksnet.validation.rules;

import dev.aksnet.model.NodeCount;
import dev.aksnet.model.OsType;
import dev.aksnet.model.PoolMode;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.validation.ValidationContext.ClusterAt;
import dev.aksnet.validation.ValidationContext.PoolAt;

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

    static String countPath(PoolAt p, boolean min) {
        return p.pool().count() instanceof NodeCount.Autoscale ? p.path() + ".autoscale" + (min ? ".min" : ".max") : p.path() + ".count";
    }
}
