package dev.aksnet.validation.rules;

import dev.aksnet.model.IpFamily;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.RouteTable;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.validation.KubernetesVersions;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import inet.ipaddr.IPAddress;

import java.util.List;
import java.util.Optional;

import static dev.aksnet.validation.rules.Cidrs.text;

/**
 * Dual-stack (IPv4 and IPv6) clusters and IPv6 subnets. DS = AKS "Use dual-stack networking" (configure-dual-stack.md:
 * limitations, prerequisites, the attributes and their defaults); OVL = azure-cni-overlay.md's dual-stack sections
 * (no Azure or Calico policy, no Standard NAT gateway); CIL = Cilium's dual-stack from Kubernetes 1.29; VNET = Azure's
 * IPv6 subnets, exactly /64.
 */
public final class DualStackRules {
    private DualStackRules() {
    }

    /** The only IP family lists AKS accepts. */
    static final List<List<IpFamily>> SUPPORTED_FAMILIES = List.of(List.of(IpFamily.IPV4), List.of(IpFamily.IPV4, IpFamily.IPV6));
    /** An IPv6 subnet's one size (VNET). */
    static final int IPV6_SUBNET_PREFIX = 64;
    /** The largest IPv6 service CIDR (DS: "no larger than a /108"). */
    static final int LARGEST_IPV6_SERVICE_PREFIX = 108;
    /** Cilium's first dual-stack Kubernetes minor version (CIL). */
    static final int CILIUM_DUAL_STACK_MINOR = 29;

    private static boolean dualStack(ClusterAt c) {
        return c.cluster().network().dualStack();
    }

    private static String familiesPath(ClusterAt c) {
        return c.networkPath() + ".ipFamilies";
    }

    /** DUAL_STACK_FAMILIES (E; DS, TF). */
    public static final class Families implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DUAL_STACK_FAMILIES;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                List<IpFamily> families = c.cluster().network().ipFamilies();
                if (!families.isEmpty() && !SUPPORTED_FAMILIES.contains(families)) {
                    report.at(familiesPath(c), "cluster '" + c.cluster().name() + "' has ipFamilies " + names(families)
                                    + ": AKS supports [IPv4] or [IPv4, IPv6]; IPv6 alone is not supported",
                            "write ipFamilies: [IPv4, IPv6] for dual-stack, or leave it out for IPv4");
                }
            }
        }
    }

    static String names(List<IpFamily> families) {
        return families.stream().map(IpFamily::specName).toList().toString();
    }

    /** DUAL_STACK_CIDR_COUNT (E; DS: "the count and order of ranges … must match … ip-families"). */
    public static final class CidrCount implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DUAL_STACK_CIDR_COUNT;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Network n = c.cluster().network();
                List<IpFamily> families = n.effectiveIpFamilies();
                check(c, "podCidrs", n.podCidrs(), families, report);
                check(c, "serviceCidrs", n.serviceCidrs(), families, report);
            }
        }

        private static void check(ClusterAt c, String key, List<IPAddress> ranges, List<IpFamily> families, Report report) {
            List<IpFamily> given = ranges.stream().map(IpFamily::of).toList();
            // Unsupported families are DUAL_STACK_FAMILIES's: no order to compare against.
            if (ranges.isEmpty() || given.equals(families) || !SUPPORTED_FAMILIES.contains(families)) {
                return;
            }
            String example = key.startsWith("pod") ? "[10.244.0.0/16, \"fd12:3456:789a::/64\"]" : "[10.0.0.0/16, \"fd12:3456:789a:1::/108\"]";
            report.at(c.networkPath() + "." + key, "cluster '" + c.cluster().name() + "' lists " + key + " of the families " + names(given)
                            + " but its ipFamilies are " + names(families) + ": one range per IP family, in the same order",
                    families.size() > 1 ? "write " + key + ": " + example : "give one IPv4 range, or set ipFamilies: [IPv4, IPv6]");
        }
    }

    /** DUAL_STACK_PLUGIN (E; DS: "Azure CNI Overlay is required"). */
    public static final class Plugin implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DUAL_STACK_PLUGIN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                NetworkPlugin plugin = c.cluster().network().plugin();
                if (dualStack(c) && plugin != NetworkPlugin.AZURE_CNI_OVERLAY) {
                    report.at(familiesPath(c), "cluster '" + c.cluster().name() + "' is dual-stack on " + plugin.specName()
                                    + ": dual-stack needs azure-cni-overlay (AKS: UnsupportedDualStackNetworkPlugin)",
                            "use plugin: azure-cni-overlay, or leave ipFamilies out");
                }
            }
        }
    }

    /** DUAL_STACK_POLICY (E; OVL: no Azure or Calico policy with dual-stack; CIL: Cilium from 1.29). */
    public static final class Policy implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DUAL_STACK_POLICY;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!dualStack(c)) {
                    continue;
                }
                Network n = c.cluster().network();
                NetworkPolicy policy = n.effectivePolicy();
                String at = n.policy() != null ? c.networkPath() + ".policy" : familiesPath(c);
                if (policy == NetworkPolicy.AZURE || policy == NetworkPolicy.CALICO) {
                    report.at(at, "cluster '" + c.cluster().name() + "' is dual-stack with network policy " + policy.specName()
                                    + ", which dual-stack clusters do not support (AKS: UnsupportedDualStackNetworkPolicy)",
                            "use policy: cilium with dataplane: cilium, or no network policy");
                }
                String version = c.cluster().kubernetesVersion();
                if (policy == NetworkPolicy.CILIUM && version != null
                        && KubernetesVersions.minorOf(version).filter(m -> m < CILIUM_DUAL_STACK_MINOR).isPresent()) {
                    report.at(c.path() + ".kubernetesVersion", "cluster '" + c.cluster().name() + "' is dual-stack with Cilium, which "
                            + "needs Kubernetes 1." + CILIUM_DUAL_STACK_MINOR + " or later, not " + version,
                            "use kubernetesVersion 1." + CILIUM_DUAL_STACK_MINOR + " or later");
                }
            }
        }
    }

    /** DUAL_STACK_K8S_VERSION (E; DS: "v1.21.2 or greater"). */
    public static final class K8sVersion implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DUAL_STACK_K8S_VERSION;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                String version = c.cluster().kubernetesVersion();
                if (dualStack(c) && version != null && before1212(version)) {
                    report.at(c.path() + ".kubernetesVersion", "cluster '" + c.cluster().name() + "' is dual-stack, which needs Kubernetes "
                            + "1.21.2 or later, not " + version, "use a supported Kubernetes version");
                }
            }
        }

        private static boolean before1212(String version) {
            String[] parts = version.split("\\.");
            Optional<Integer> minor = KubernetesVersions.minorOf(version);
            if (minor.isEmpty() || minor.get() != 21) {
                return minor.filter(m -> m < 21).isPresent();
            }
            return parts.length > 2 && parts[2].matches("[0-9]+") && Integer.parseInt(parts[2]) < 2;
        }
    }

    /** DUAL_STACK_SUBNET_IPV6 (E; DS, RP VnetSubnetMissingIPv6): each node subnet needs an IPv6 prefix. */
    public static final class SubnetIpv6 implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DUAL_STACK_SUBNET_IPV6;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!dualStack(c)) {
                    continue;
                }
                for (SubnetAt s : RouteTableRules.nodeSubnets(spec, c)) {
                    if (s.subnet().ipv6Cidr() == null) {
                        PoolAt pool = RouteTableRules.firstPoolOn(spec, c, s);
                        report.at(pool.path() + ".subnet", "cluster '" + c.cluster().name() + "' is dual-stack, but its node subnet '"
                                        + s.qualifiedName() + "' has no IPv6 prefix (AKS: VnetSubnetMissingIPv6)",
                                "give the subnet cidrs: [" + text(s.subnet().cidr()) + ", <an IPv6 /64 of the network's address space>]"
                                        + (s.vnet().vnet().addressSpace().stream().anyMatch(IPAddress::isIPv6) ? ""
                                        : " and add an IPv6 range to the network's addressSpace"));
                    }
                }
            }
        }
    }

    /** SUBNET_IPV6_PREFIX (E; VNET: IPv6 subnets are exactly /64). */
    public static final class SubnetIpv6Prefix implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SUBNET_IPV6_PREFIX;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                IPAddress v6 = s.subnet().ipv6Cidr();
                if (v6 != null && v6.getNetworkPrefixLength() != IPV6_SUBNET_PREFIX) {
                    report.at(s.path() + ".ipv6Cidr", "subnet '" + s.qualifiedName() + "' has the IPv6 prefix " + text(v6)
                                    + "; Azure's IPv6 subnets are exactly /" + IPV6_SUBNET_PREFIX,
                            "use a /" + IPV6_SUBNET_PREFIX + ", such as "
                                    + v6.getLower().setPrefixLength(IPV6_SUBNET_PREFIX, false).toPrefixBlock().toCanonicalString());
                }
            }
        }
    }

    /** DUAL_STACK_SERVICE_CIDR_V6 (E; DS: "no larger than a /108"). */
    public static final class ServiceCidrV6 implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DUAL_STACK_SERVICE_CIDR_V6;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress v6 = c.cluster().network().effectiveServiceCidrV6();
                if (v6 != null && v6.getNetworkPrefixLength() < LARGEST_IPV6_SERVICE_PREFIX) {
                    report.at(c.networkPath() + ".serviceCidrV6", "the IPv6 service CIDR " + text(v6) + " of '" + c.cluster().name()
                                    + "' is larger than /" + LARGEST_IPV6_SERVICE_PREFIX + " (AKS: InvalidServiceCidrIPv6MaskSize)",
                            "use a /" + LARGEST_IPV6_SERVICE_PREFIX + ", such as "
                                    + v6.getLower().setPrefixLength(LARGEST_IPV6_SERVICE_PREFIX, false).toPrefixBlock().toCanonicalString());
                }
            }
        }
    }

    /** LB_IPV6_SINGLE_STACK (E; API: countIPv6 is for dual-stack clusters). */
    public static final class LbIpv6SingleStack implements Rule {
        @Override
        public RuleId id() {
            return RuleId.LB_IPV6_SINGLE_STACK;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                var lb = c.cluster().network().loadBalancer();
                if (!dualStack(c) && lb != null && lb.managedOutboundIpv6Ips() != null && lb.managedOutboundIpv6Ips() > 0) {
                    report.at(c.networkPath() + ".loadBalancer.managedOutboundIpv6Ips", "cluster '" + c.cluster().name() + "' asks for "
                                    + lb.managedOutboundIpv6Ips() + " IPv6 egress IPs but is IPv4 only",
                            "set ipFamilies: [IPv4, IPv6], or remove managedOutboundIpv6Ips");
                }
            }
        }
    }

    /** DUAL_STACK_NAT_GATEWAY (E; OVL: a Standard NAT gateway is IPv4-only). */
    public static final class NatGateway implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DUAL_STACK_NAT_GATEWAY;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                OutboundType outbound = c.cluster().network().effectiveOutbound();
                if (dualStack(c) && (outbound == OutboundType.MANAGED_NAT_GATEWAY || outbound == OutboundType.USER_ASSIGNED_NAT_GATEWAY)) {
                    report.at(c.networkPath() + ".outbound", "cluster '" + c.cluster().name() + "' is dual-stack with outbound "
                                    + outbound.specName() + ": a Standard NAT gateway carries IPv4 only (StandardV2 is in preview and "
                                    + "not in the API version aksnet writes)", "use outbound loadBalancer (IPv4 and IPv6 outbound rules) "
                                    + "or userDefinedRouting");
                }
            }
        }
    }

    /**
     * DUAL_STACK_UDR_IPV6 (W; DS: with userDefinedRouting AKS only warns when there is no IPv6 default route). Checked
     * where aksnet knows the node subnet's route table: one of the spec's, or the one it writes for egressNextHopIp.
     */
    public static final class UdrIpv6 implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DUAL_STACK_UDR_IPV6;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Network n = c.cluster().network();
                if (!dualStack(c) || n.effectiveOutbound() != OutboundType.USER_DEFINED_ROUTING) {
                    continue;
                }
                for (SubnetAt s : RouteTableRules.nodeSubnets(spec, c)) {
                    if (!s.vnet().created()) {
                        continue;
                    }
                    Optional<RouteTable> table = spec.routeTableOf(s).map(t -> t.routeTable());
                    boolean known = table.isPresent() || n.egressNextHopIp() != null;
                    boolean v6Default = table.map(t -> t.routes().stream().anyMatch(RouteTable.Route::isIpv6Default)).orElse(false);
                    if (known && !v6Default) {
                        report.at(table.isPresent() ? s.path() + ".routeTable" : c.networkPath() + ".egressNextHopIp", "cluster '"
                                        + c.cluster().name() + "' is dual-stack with userDefinedRouting, but the route table of its node "
                                        + "subnet '" + s.qualifiedName() + "' has no IPv6 default route (::/0): its pods cannot reach the "
                                        + "IPv6 internet", table.isPresent() ? "add {name: default-v6, prefix: \"::/0\", nextHop: "
                                        + "virtualAppliance, nextHopIp: <the firewall's IPv6 address>} to '" + table.get().name()
                                        + "' if pods need IPv6 egress" : "declare the subnet's route table with a ::/0 route if pods need "
                                        + "IPv6 egress");
                    }
                }
            }
        }
    }
}
