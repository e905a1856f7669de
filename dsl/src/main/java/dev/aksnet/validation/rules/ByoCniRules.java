package dev.aksnet.validation.rules;

import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.OsType;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

/**
 * Bring your own CNI (plugin none). BYO = AKS "Bring your own CNI plugin" (use-byo-cni.md: support, "You must specify a
 * Pod CIDR", no pod IP management by AKS); the catalogue's AzureCNIOnlyForWindows (Windows pools need Azure CNI).
 * What aksnet still checks for such a cluster is everything about nodes, subnets, services and egress: capacity counts
 * one address per node, the pod CIDR must clear the networks and reserved ranges, and AKS's own policy engines and data
 * plane do not apply.
 */
public final class ByoCniRules {
    private ByoCniRules() {
    }

    private static boolean byo(ClusterAt c) {
        return c.cluster().network().plugin() == NetworkPlugin.BYO_CNI;
    }

    /** BYO_CNI_UNSUPPORTED (W; BYO: "Microsoft support can't assist with CNI-related issues"). */
    public static final class Unsupported implements Rule {
        @Override
        public RuleId id() {
            return RuleId.BYO_CNI_UNSUPPORTED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (byo(c)) {
                    report.at(c.networkPath() + ".plugin", "cluster '" + c.cluster().name() + "' brings its own CNI: AKS installs no pod "
                                    + "networking, and Microsoft support can't assist with CNI-related issues (pod-to-pod traffic, kubectl proxy)",
                            "install your CNI right after the cluster is created (nodes stay NotReady until then), or use azure-cni-overlay");
                }
            }
        }
    }

    /** BYO_CNI_POD_CIDR (E; BYO: "You must specify a Pod CIDR … control plane to pod communication might fail"). */
    public static final class PodCidr implements Rule {
        @Override
        public RuleId id() {
            return RuleId.BYO_CNI_POD_CIDR;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (byo(c) && c.cluster().network().podCidr() == null) {
                    report.at(c.networkPath() + ".plugin", "cluster '" + c.cluster().name() + "' brings its own CNI without a pod CIDR: "
                                    + "AKS's control plane routes to pods through it, and without one that traffic may fail or be misrouted",
                            "add podCidr: 10.244.0.0/16 (or the range your CNI assigns pods from; clear of the networks and reserved ranges)");
                }
            }
        }
    }

    /** BYO_CNI_POLICY (E; BYO): AKS's network policy engines and the Cilium data plane need a CNI of AKS's. */
    public static final class Policy implements Rule {
        @Override
        public RuleId id() {
            return RuleId.BYO_CNI_POLICY;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Network n = c.cluster().network();
                if (!byo(c)) {
                    continue;
                }
                if (n.dataplane() == NetworkDataplane.CILIUM) {
                    report.at(c.networkPath() + ".dataplane", "cluster '" + c.cluster().name() + "' brings its own CNI with dataplane "
                            + "cilium: AKS's Cilium data plane is a CNI of AKS's", "leave dataplane out (install Cilium yourself as the "
                            + "CNI), or use plugin azure-cni-overlay with dataplane cilium");
                } else if (n.policy() != null && n.policy() != NetworkPolicy.NONE) {
                    report.at(c.networkPath() + ".policy", "cluster '" + c.cluster().name() + "' brings its own CNI with policy "
                                    + n.policy().specName() + ": AKS installs no policy engine without a CNI of its own",
                            "leave policy out and enforce network policy with your CNI");
                }
            }
        }
    }

    /** BYO_CNI_WINDOWS (E; AzureCNIOnlyForWindows): Windows pools need Azure CNI. */
    public static final class Windows implements Rule {
        @Override
        public RuleId id() {
            return RuleId.BYO_CNI_WINDOWS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (byo(p.cluster()) && p.pool().os() == OsType.WINDOWS) {
                    report.at(p.path() + ".os", "Windows pool '" + p.pool().name() + "' is in cluster '" + p.cluster().cluster().name()
                                    + "', which brings its own CNI: Windows pools need Azure CNI (AKS: AzureCNIOnlyForWindows)",
                            "use plugin azure-cni-overlay, or move the Windows pool to another cluster");
                }
            }
        }
    }
}
