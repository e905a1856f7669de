package dev.aksnet.validation.rules;

import dev.aksnet.model.Delegation;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.OsType;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;

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
                if (!plugin.usesPodCidr() && !c.cluster().network().podCidrs().isEmpty()) {
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
                // On an AKS-managed network MANAGED_VNET_POD_SUBNET says what is wrong.
                if (p.cluster().cluster().network().plugin().usesPodSubnet() && p.pool().subnet() != null && p.pool().podSubnet() == null) {
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
                if (n.effectiveDataplane() == NetworkDataplane.CILIUM && n.plugin() == NetworkPlugin.KUBENET) {
                    report.at(c.networkPath() + ".dataplane", "the Cilium dataplane does not run on kubenet",
                            "use plugin azure-cni-overlay (or azure-cni-pod-subnet, azure-cni-node-subnet) with dataplane cilium");
                }
            }
        }
    }

    /**
     * CILIUM_NODE_SUBNET (W; CIL: the Cilium article lists Azure CNI Node Subnet since az CLI 2.69.0, and the azurerm
     * acceptance tests upgrade such a cluster; TF docs: azurerm's own docs still ask for overlay or a pod subnet): it
     * deploys with a recent API, which older tools and modules do not assume.
     */
    public static final class CiliumNodeSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.CILIUM_NODE_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                var n = c.cluster().network();
                if (n.effectiveDataplane() == NetworkDataplane.CILIUM && n.plugin() == NetworkPlugin.AZURE_CNI_NODE_SUBNET) {
                    report.at(c.networkPath() + (n.dataplane() != null ? ".dataplane" : ".policy"), "cluster '" + c.cluster().name()
                                    + "' runs the Cilium data plane on azure-cni-node-subnet, which AKS accepts since 2025 (az CLI 2.69.0) "
                                    + "but older API versions, the azurerm docs and modules built on them do not",
                            "prefer azure-cni-overlay or azure-cni-pod-subnet with Cilium; keep node subnet only if you need VNet-routable pods on it");
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
                if (n.plugin() == NetworkPlugin.KUBENET) {
                    continue; // CILIUM_PLUGIN and KUBENET_POLICY say what is wrong there
                }
                // An absent one follows the other (Network.effectivePolicy/effectiveDataplane): only a declared pair can clash.
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

    /** KUBENET_LEGACY (CNI, KUB): kubenet retires on 31 March 2028. */
    public static final class KubenetLegacy implements Rule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_LEGACY;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (c.cluster().network().plugin() == NetworkPlugin.KUBENET) {
                    report.at(c.networkPath() + ".plugin", "cluster '" + c.cluster().name() + "' uses kubenet, which is legacy and retires on 31 March 2028",
                            "use azure-cni-overlay: it keeps pod IPs off the VNet the same way, without route tables");
                }
            }
        }
    }

    /** KUBENET_MAX_NODES (KUB, LIM): a route table holds 400 routes, one per node. */
    public static final class KubenetMaxNodes implements Rule {
        static final int MAX_NODES = dev.aksnet.model.RouteTable.MAX_ROUTES;

        @Override
        public RuleId id() {
            return RuleId.KUBENET_MAX_NODES;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                int nodes = c.cluster().maxNodes();
                if (c.cluster().network().plugin() == NetworkPlugin.KUBENET && nodes > MAX_NODES) {
                    report.at(c.path() + ".nodePools", "kubenet cluster '" + c.cluster().name() + "' reaches " + nodes
                            + " nodes at max scale; kubenet's route table allows " + MAX_NODES, "lower the pools' maximum, or use azure-cni-overlay");
                }
            }
        }
    }

    /** KUBENET_POLICY (KUB): kubenet supports Calico network policy only. */
    public static final class KubenetPolicy implements Rule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_POLICY;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                NetworkPolicy policy = c.cluster().network().effectivePolicy();
                if (c.cluster().network().plugin() == NetworkPlugin.KUBENET && policy != NetworkPolicy.NONE && policy != NetworkPolicy.CALICO) {
                    report.at(c.networkPath() + ".policy", "kubenet does not support network policy '" + policy.specName() + "'",
                            "use policy calico or none with kubenet");
                }
            }
        }
    }

    /** KUBENET_EXISTING_ROUTE_TABLE (KUB): on an existing network the route table is the network owner's to provide. */
    public static final class KubenetExistingRouteTable implements Rule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_EXISTING_ROUTE_TABLE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.cluster().cluster().network().plugin() == NetworkPlugin.KUBENET
                        && p.subnet().map(s -> s.vnet().vnet().existing()).orElse(false)) {
                    report.at(p.path() + ".subnet", "kubenet pool '" + p.pool().name() + "' uses subnet '" + p.subnet().get().qualifiedName()
                                    + "' of an existing network: its route table must exist and be writable by the cluster identity",
                            "associate a route table with the subnet and grant the cluster identity Network Contributor on it");
                }
            }
        }
    }

    /** NODE_SUBNET_LEGACY (CNI). */
    public static final class NodeSubnetLegacy implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NODE_SUBNET_LEGACY;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (c.cluster().network().plugin() == NetworkPlugin.AZURE_CNI_NODE_SUBNET) {
                    report.at(c.networkPath() + ".plugin", "cluster '" + c.cluster().name()
                                    + "' uses azure-cni-node-subnet, a legacy plugin that reserves maxPods + 1 VNet addresses per node",
                            "use azure-cni-pod-subnet for flat networking, or azure-cni-overlay to save addresses");
                }
            }
        }
    }

    /** POD_SUBNET_IS_NODE_SUBNET (POD). */
    public static final class PodSubnetIsNodeSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_SUBNET_IS_NODE_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.subnet().isPresent() && p.podSubnet().isPresent() && p.subnet().get().subnet() == p.podSubnet().get().subnet()) {
                    report.at(p.path() + ".podSubnet", "node pool '" + p.pool().name() + "' uses subnet '" + p.subnet().get().qualifiedName()
                            + "' for both nodes and pods", "give pods a subnet of their own, delegated to AKS");
                }
            }
        }
    }

    /** POD_SUBNET_OTHER_VNET (POD). */
    public static final class PodSubnetOtherVnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_SUBNET_OTHER_VNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.subnet().isPresent() && p.podSubnet().isPresent() && p.subnet().get().vnet() != p.podSubnet().get().vnet()) {
                    report.at(p.path() + ".podSubnet", "pod subnet '" + p.podSubnet().get().qualifiedName() + "' of node pool '"
                            + p.pool().name() + "' is not in the node subnet's network '" + p.subnet().get().vnet().vnet().name() + "'",
                            "choose a pod subnet in the same virtual network as the node subnet");
                }
            }
        }
    }

    /** POD_SUBNET_NOT_DELEGATED (POD): the pod subnet must be delegated to AKS. */
    public static final class PodSubnetNotDelegated implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_SUBNET_NOT_DELEGATED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            spec.pools().stream()
                    .filter(p -> p.cluster().cluster().network().plugin().usesPodSubnet())
                    .flatMap(p -> p.podSubnet().stream())
                    .filter(s -> s.subnet().delegation() == null)
                    .distinct()
                    .forEach(s -> report.at(s.path() + ".name", "pod subnet '" + s.qualifiedName() + "' is not declared with delegation: aks"
                                    + (s.vnet().vnet().existing() ? "; the existing subnet must be delegated to Microsoft.ContainerService/managedClusters"
                                    : "; aksnet adds the delegation to Microsoft.ContainerService/managedClusters"),
                            "write delegation: aks on the subnet to make the delegation visible in the spec"));
        }
    }

    /** POD_SUBNET_OTHER_DELEGATION (POD): a pod subnet delegated to another service cannot take AKS's delegation too. */
    public static final class PodSubnetOtherDelegation implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_SUBNET_OTHER_DELEGATION;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                p.podSubnet().filter(s -> s.subnet().delegation() != null && !s.subnet().delegation().toAks())
                        .ifPresent(s -> report.at(p.path() + ".podSubnet", "node pool '" + p.pool().name() + "' puts pods on subnet '"
                                        + s.qualifiedName() + "', which is delegated to " + s.subnet().delegation().serviceName()
                                        + "; pod subnets must be delegated to " + Delegation.AKS.serviceName(),
                                "use a subnet with delegation: aks for pods"));
            }
        }
    }

    /** MANAGED_VNET_POD_SUBNET (POD): pod subnets live in your own network. */
    public static final class ManagedVnetPodSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.MANAGED_VNET_POD_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (c.cluster().network().plugin().usesPodSubnet() && !c.cluster().usesOwnNetwork()) {
                    report.at(c.networkPath() + ".plugin", "cluster '" + c.cluster().name()
                                    + "' uses azure-cni-pod-subnet but its pools name no subnets (an AKS-managed network)",
                            "declare a virtual network with node and pod subnets and name them on every pool");
                }
            }
        }
    }
}
