package dev.aksnet.validation.rules;

import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.OsType;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

/**
 * Azure Network Policy Manager (policy {@code azure}). NP = AKS "Secure traffic between pods using network policies"
 * (NPM's scale limits); RET = the NPM retirement notices (Windows: no support since 30 September 2026 and no new
 * onboarding; Linux: support ends 30 September 2028).
 */
public final class NetworkPolicyRules {
    private NetworkPolicyRules() {
    }

    /** NPM's supported scale (NP). */
    static final int NPM_MAX_NODES = 250;
    static final long NPM_MAX_PODS = 20_000;

    /** Azure NPM on Azure CNI (on kubenet, where AKS refuses it, KUBENET_POLICY says so). */
    private static boolean npm(ClusterAt c) {
        return c.cluster().network().effectivePolicy() == NetworkPolicy.AZURE
                && c.cluster().network().plugin() != dev.aksnet.model.NetworkPlugin.KUBENET;
    }

    private static String policyPath(ClusterAt c) {
        return c.networkPath() + ".policy";
    }

    /** NPM_WINDOWS (RET, NP): Azure NPM no longer supports Windows nodes. */
    public static final class NpmWindows implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NPM_WINDOWS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!npm(c)) {
                    continue;
                }
                spec.pools(c).stream().filter(p -> p.pool().os() == OsType.WINDOWS).findFirst().ifPresent(p -> report.at(policyPath(c),
                        "cluster '" + c.cluster().name() + "' uses Azure Network Policy Manager with Windows pool '" + p.pool().name()
                                + "': NPM no longer supports Windows nodes (since 30 September 2026)", "use policy calico, or drop the Windows pool"));
            }
        }
    }

    /** NPM_LINUX_RETIREMENT (W; RET): Azure NPM on Linux loses support on 30 September 2028. */
    public static final class NpmLinuxRetirement implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NPM_LINUX_RETIREMENT;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (npm(c) && spec.pools(c).stream().noneMatch(p -> p.pool().os() == OsType.WINDOWS)) {
                    report.at(policyPath(c), "cluster '" + c.cluster().name() + "' uses Azure Network Policy Manager, whose support on Linux "
                            + "ends on 30 September 2028", "use policy cilium with dataplane cilium (or calico)");
                }
            }
        }
    }

    /** NPM_SCALE (W; NP): Azure NPM is not supported beyond 250 nodes and 20,000 pods. */
    public static final class NpmScale implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NPM_SCALE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!npm(c)) {
                    continue;
                }
                int nodes = c.cluster().maxNodes();
                long pods = spec.pools(c).stream().mapToLong(p -> (long) p.pool().count().max()
                        * p.pool().effectiveMaxPods(c.cluster().network().plugin())).sum();
                if (nodes > NPM_MAX_NODES || pods > NPM_MAX_PODS) {
                    report.at(policyPath(c), "cluster '" + c.cluster().name() + "' reaches " + nodes + " nodes and " + pods + " pods at max scale; "
                            + "Azure Network Policy Manager is not supported beyond " + NPM_MAX_NODES + " nodes and " + NPM_MAX_PODS + " pods",
                            "use policy cilium with dataplane cilium");
                }
            }
        }
    }
}
