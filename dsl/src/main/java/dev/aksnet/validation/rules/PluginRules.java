package dev.aksnet.validation.rules;

import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.OsType;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.validation.ValidationContext.ClusterAt;
import dev.aksnet.validation.ValidationContext.PoolAt;
import dev.aksnet.validation.ValidationContext.SubnetAt;

import java.util.List;
import java.util.Optional;

/** What each plugin accepts, and how plugins, subnets and dataplanes combine (network-rules.md §4). */
public final class PluginRules {
    private PluginRules() {
    }

    /** POD_CIDR_NOT_ALLOWED (CLI, TF): flat plugins take pod IPs from subnets. */
    public static final class PodCidrNotAllowed implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_CIDR_NOT_ALLOWED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                NetworkPlugin plugin = c.cluster().network().plugin();
                if (!plugin.usesPodCidr() && c.cluster().network().podCidr() != null) {
                    report.at(c.networkPath() + ".podCidr", "podCidr is set, but " + plugin.specName()
                                    + " gives pods addresses from " + (plugin.usesPodSubnet() ? "pod subnets" : "the node subnet"),
                            "remove podCidr, or use azure-cni-overlay to give pods a private range");
                }
            }
        }
    }

    /** POD_IP_ALLOCATION_NOT_ALLOWED (POD). */
    public static final class PodIpAllocationNotAllowed implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_IP_ALLOCATION_NOT_ALLOWED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                NetworkPlugin plugin = c.cluster().network().plugin();
                if (!plugin.usesPodSubnet() && c.cluster().network().podIpAllocation() != null) {
                    report.at(c.networkPath() + ".podIpAllocation", "podIpAllocation is set, but only azure-cni-pod-subnet allocates pod IPs from a subnet; '"
                            + c.cluster().name() + "' uses " + plugin.specName(), "remove podIpAllocation");
                }
            }
        }
    }

    /** POD_SUBNET_REQUIRED (POD). */
    public static final class PodSubnetRequired implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_SUBNET_REQUIRED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.cluster().cluster().network().plugin().usesPodSubnet() && p.pool().podSubnet() == null) {
                    report.at(p.path(), "node pool '" + p.pool().name() + "' has no podSubnet, which azure-cni-pod-subnet needs",
                            "add podSubnet: a subnet of the node subnet's network delegated to AKS (delegation: aks)");
                }
            }
        }
    }

    /** POD_SUBNET_NOT_ALLOWED (POD). */
    public static final class PodSubnetNotAllowed implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_SUBNET_NOT_ALLOWED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                NetworkPlugin plugin = p.cluster().cluster().network().plugin();
                if (!plugin.usesPodSubnet() && p.pool().podSubnet() != null) {
                    report.at(p.path() + ".podSubnet", "node pool '" + p.pool().name() + "' names a podSubnet, but its cluster uses "
                            + plugin.specName(), "remove podSubnet, or use plugin azure-cni-pod-subnet");
                }
            }
        }
    }

    /** KUBENET_NO_WINDOWS (CNI feature matrix: Windows node pools, kubenet: no). */
    public static final class KubenetNoWindows implements Rule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_NO_WINDOWS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.cluster().cluster().network().plugin() == NetworkPlugin.KUBENET && p.pool().os() == OsType.WINDOWS) {
                    report.at(p.path() + ".os", "node pool '" + p.pool().name() + "' is Windows, but kubenet does not support Windows node pools",
                            "use plugin azure-cni-overlay, which supports Windows and conserves VNet address space");
                }
            }
        }
    }

    /** KUBENET_SHARED_SUBNET (CNI feature matrix: sharing VNet subnets across clusters, kubenet: no). */
    public static final class KubenetSharedSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_SHARED_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.cluster().cluster().network().plugin() != NetworkPlugin.KUBENET || p.subnet().isEmpty()) {
                    continue;
                }
                SubnetAt subnet = p.subnet().get();
                Optional<PoolAt> other = spec.pools().stream()
                        .filter(q -> q.cluster() != p.cluster())
                        .filter(q -> q.subnet().map(s -> s.subnet() == subnet.subnet()).orElse(false)
                                || q.podSubnet().map(s -> s.subnet() == subnet.subnet()).orElse(false))
                        .findFirst();
                other.ifPresent(q -> report.at(p.path() + ".subnet", "kubenet cluster '" + p.cluster().cluster().name()
                                + "' shares subnet '" + subnet.qualifiedName() + "' with cluster '" + q.cluster().cluster().name()
                                + "'; kubenet clusters cannot share subnets",
                        "give the kubenet cluster a subnet of its own, or use azure-cni-overlay, which can share"));
            }
        }
    }

    /** NODE_SUBNET_DELEGATED (CNI prerequisites: "The node pool subnet cannot be a delegated subnet"). */
    public static final class NodeSubnetDelegated implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NODE_SUBNET_DELEGATED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                p.subnet().filter(s -> s.subnet().delegation() != null).ifPresent(s -> report.at(p.path() + ".subnet",
                        "node pool '" + p.pool().name() + "' uses subnet '" + s.qualifiedName() + "', which is delegated to "
                                + s.subnet().delegation().serviceName() + "; node subnets cannot be delegated",
                        "use an undelegated subnet for nodes (delegate only pod subnets)"));
            }
        }
    }

    /** POOLS_MIXED_NETWORKS (NP): a cluster lives in one network, its own or an AKS-managed one. */
    public static final class PoolsMixedNetworks implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POOLS_MIXED_NETWORKS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                List<PoolAt> pools = spec.pools(c);
                boolean someWith = pools.stream().anyMatch(p -> p.pool().subnet() != null);
                Optional<PoolAt> without = pools.stream().filter(p -> p.pool().subnet() == null).findFirst();
                if (someWith && without.isPresent()) {
                    report.at(without.get().path(), "node pool '" + without.get().pool().name() + "' names no subnet, but other pools of '"
                            + c.cluster().name() + "' do", "give every pool of the cluster a subnet, or none for an AKS-managed network");
                }
                var vnets = spec.vnetsOf(c);
                if (vnets.size() > 1) {
                    report.at(c.path() + ".nodePools", "the pools of '" + c.cluster().name() + "' use subnets of "
                            + vnets.size() + " virtual networks (" + String.join(", ", vnets.stream().map(v -> v.vnet().name()).toList()) + ")",
                            "put all of a cluster's subnets in one virtual network");
                }
            }
        }
    }

    /** CILIUM_PLUGIN (CIL): Cilium runs on Azure CNI Overlay and Pod Subnet. */
    public static final class CiliumPlugin implements Rule {
        @Override
        public RuleId id() {
            return RuleId.CILIUM_PLUGIN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                var n = c.cluster().network();
                if (n.effectiveDataplane() == NetworkDataplane.CILIUM
                        && (n.plugin() == NetworkPlugin.KUBENET || n.plugin() == NetworkPlugin.AZURE_CNI_NODE_SUBNET)) {
                    report.at(c.networkPath() + ".dataplane", "the Cilium dataplane does not run on " + n.plugin().specName(),
                            "use plugin azure-cni-overlay (or azure-cni-pod-subnet) with dataplane cilium");
                }
            }
        }
    }

    /** CILIUM_POLICY_PAIR (CIL): the Cilium dataplane enforces policy itself, and Cilium policy needs its dataplane. */
    public static final class CiliumPolicyPair implements Rule {
        @Override
        public RuleId id() {
            return RuleId.CILIUM_POLICY_PAIR;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                var n = c.cluster().network();
                boolean ciliumDataplane = n.effectiveDataplane() == NetworkDataplane.CILIUM;
                boolean ciliumPolicy = n.effectivePolicy() == NetworkPolicy.CILIUM;
                if (ciliumDataplane && !ciliumPolicy) {
                    report.at(c.networkPath() + (n.policy() != null ? ".policy" : ".dataplane"), "dataplane cilium needs policy cilium, not "
                            + n.effectivePolicy().specName(), "write policy: cilium");
                } else if (ciliumPolicy && !ciliumDataplane) {
                    report.at(c.networkPath() + ".policy", "policy cilium needs dataplane cilium", "add dataplane: cilium, or choose policy azure or calico");
                }
            }
        }
    }

    /** CILIUM_NO_WINDOWS (CIL): Azure CNI Powered by Cilium is Linux only. */
    public static final class CiliumNoWindows implements Rule {
        @Override
        public RuleId id() {
            return RuleId.CILIUM_NO_WINDOWS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.cluster().cluster().network().effectiveDataplane() == NetworkDataplane.CILIUM && p.pool().os() == OsType.WINDOWS) {
                    report.at(p.path() + ".os", "node pool '" + p.pool().name() + "' is Windows, but the Cilium dataplane supports Linux only",
                            "use dataplane azure for a cluster with Windows pools");
                }
            }
        }
    }
}
