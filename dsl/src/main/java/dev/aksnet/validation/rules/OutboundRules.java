package dev.aksnet.validation.rules;

import dev.aksnet.model.OutboundType;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import inet.ipaddr.IPAddress;

import java.util.List;
import java.util.Optional;


/** Outbound types and the subnets they need (EGR: "Customize cluster egress with outbound types"). */
public final class OutboundRules {
    private OutboundRules() {
    }

    private static OutboundType outbound(ClusterAt c) {
        return c.cluster().network().effectiveOutbound();
    }

    /** MANAGED_NAT_NEEDS_MANAGED_VNET (EGR): AKS creates the managed NAT gateway in its own network. */
    public static final class ManagedNatNeedsManagedVnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.MANAGED_NAT_NEEDS_MANAGED_VNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (outbound(c) == OutboundType.MANAGED_NAT_GATEWAY && c.cluster().usesOwnNetwork()) {
                    report.at(c.networkPath() + ".outbound", "outbound managedNatGateway needs an AKS-managed network, but the pools of '"
                            + c.cluster().name() + "' use your own subnets", "use outbound userAssignedNatGateway on your own subnets");
                }
            }
        }
    }

    /** USER_NAT_NEEDS_OWN_SUBNET (EGR). */
    public static final class UserNatNeedsOwnSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.USER_NAT_NEEDS_OWN_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (outbound(c) == OutboundType.USER_ASSIGNED_NAT_GATEWAY && !c.cluster().usesOwnNetwork()) {
                    report.at(c.networkPath() + ".outbound", "outbound userAssignedNatGateway needs your own subnets, but '"
                            + c.cluster().name() + "' has an AKS-managed network", "name node subnets on the pools, or use managedNatGateway");
                }
            }
        }
    }

    /** USER_NAT_EXISTING_SUBNET: an existing subnet must bring its own NAT gateway unless the spec attaches one. */
    public static final class UserNatExistingSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.USER_NAT_EXISTING_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                // A NAT gateway of the spec attached to the existing subnet is aksnet's to attach: nothing to check by hand.
                if (outbound(p.cluster()) == OutboundType.USER_ASSIGNED_NAT_GATEWAY && p.subnet().map(s -> s.vnet().vnet().existing()
                        && s.subnet().natGateway() == null).orElse(false)) {
                    report.at(p.path() + ".subnet", "subnet '" + p.subnet().get().qualifiedName()
                                    + "' exists already: aksnet does not attach a NAT gateway to it",
                            "make sure the subnet has a NAT gateway associated before deploying, or attach one of the spec's "
                                    + "(natGateway: <name> on the subnet)");
                }
            }
        }
    }

    /** UDR_NEEDS_OWN_SUBNET (EGR): no user-defined routes on AKS-managed networks. */
    public static final class UdrNeedsOwnSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.UDR_NEEDS_OWN_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (outbound(c) == OutboundType.USER_DEFINED_ROUTING && !c.cluster().usesOwnNetwork()) {
                    report.at(c.networkPath() + ".outbound", "outbound userDefinedRouting needs your own subnets, but '" + c.cluster().name()
                            + "' has an AKS-managed network, whose routes you may not change", "name node subnets on the pools");
                }
            }
        }
    }

    /** UDR_ROUTE_TABLE (EGR): on an existing network the default route must be in place already. */
    public static final class UdrRouteTable implements Rule {
        @Override
        public RuleId id() {
            return RuleId.UDR_ROUTE_TABLE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (outbound(p.cluster()) == OutboundType.USER_DEFINED_ROUTING && p.subnet().map(s -> s.vnet().vnet().existing()).orElse(false)) {
                    report.at(p.path() + ".subnet", "subnet '" + p.subnet().get().qualifiedName()
                                    + "' exists already: its route table must send 0.0.0.0/0 to your firewall before the cluster is deployed",
                            "check the subnet's route table, or let aksnet create the network with egressNextHopIp");
                }
            }
        }
    }

    /** UDR_NEXT_HOP_REQUIRED: the default route aksnet emits needs somewhere to go. */
    public static final class UdrNextHopRequired implements Rule {
        @Override
        public RuleId id() {
            return RuleId.UDR_NEXT_HOP_REQUIRED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                boolean onCreatedSubnet = needsDefaultRouteOfAksnet(spec, c);
                if (outbound(c) == OutboundType.USER_DEFINED_ROUTING && onCreatedSubnet && c.cluster().network().egressNextHopIp() == null) {
                    report.at(c.networkPath() + ".outbound", "outbound userDefinedRouting on a network aksnet creates needs egressNextHopIp",
                            "add egressNextHopIp: the private address of your firewall or virtual appliance; or give the cluster's subnets "
                                    + "a route table of the spec (routeTables) with a 0.0.0.0/0 route");
                }
            }
        }
    }

    /** EGRESS_NEXT_HOP_NOT_ALLOWED: the next hop is only used for the default route of userDefinedRouting. */
    public static final class EgressNextHopNotAllowed implements Rule {
        @Override
        public RuleId id() {
            return RuleId.EGRESS_NEXT_HOP_NOT_ALLOWED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                boolean onCreatedSubnet = needsDefaultRouteOfAksnet(spec, c);
                if (c.cluster().network().egressNextHopIp() != null && (outbound(c) != OutboundType.USER_DEFINED_ROUTING || !onCreatedSubnet)) {
                    report.at(c.networkPath() + ".egressNextHopIp", "egressNextHopIp is used only with outbound userDefinedRouting on a network aksnet "
                                    + "creates, for subnets without a route table of the spec",
                            outbound(c) != OutboundType.USER_DEFINED_ROUTING ? "set outbound: userDefinedRouting, or remove egressNextHopIp"
                                    : "remove egressNextHopIp: the route tables of the cluster's subnets decide the next hop");
                }
            }
        }
    }

    /**
     * Whether aksnet writes the userDefinedRouting default route itself: a pool's node or pod subnet is on a network aksnet
     * creates and names no route table of the spec (whose own 0.0.0.0/0 route decides, UDR_DEFAULT_ROUTE).
     */
    private static boolean needsDefaultRouteOfAksnet(ValidationContext spec, ClusterAt c) {
        return spec.pools(c).stream().flatMap(p -> java.util.stream.Stream.of(p.subnet(), p.podSubnet()).flatMap(Optional::stream))
                .anyMatch(s -> s.vnet().created() && s.subnet().routeTable() == null);
    }

    /** The clusters that name a next hop, with it. */
    private static List<ClusterAt> withNextHop(ValidationContext spec) {
        return spec.clusters().stream().filter(c -> c.cluster().network().egressNextHopIp() != null).toList();
    }

    /** Whether a connected network holds the address. */
    private static boolean connected(ValidationContext spec, IPAddress hop) {
        return spec.deployment().connectedNetworks().stream().anyMatch(n -> n.cidrs().stream().anyMatch(r -> r.contains(hop)));
    }

    private static String hopPath(ClusterAt c) {
        return c.networkPath() + ".egressNextHopIp";
    }

    /** What {@code hop} is in the subnet when it is one of the addresses Azure keeps there, else null. */
    private static String reservedIn(SubnetAt s, IPAddress hop) {
        IPAddress cidr = s.subnet().cidr();
        if (!cidr.contains(hop)) {
            return null;
        }
        long offset = hop.getValue().subtract(cidr.getLower().getValue()).longValueExact();
        long size = dev.aksnet.capacity.IpPlanning.size(cidr);
        return offset == 0 ? "the network address of subnet '" + s.qualifiedName() + "'"
                : offset == size - 1 ? "the broadcast address of subnet '" + s.qualifiedName() + "'"
                : offset <= 3 ? "an address Azure reserves in subnet '" + s.qualifiedName() + "' (the first four)" : null;
    }

    /**
     * EGRESS_NEXT_HOP_INVALID (VNET: Azure reserves the first four addresses and the last of every subnet; NRP refuses a
     * route to an address no host can have): no firewall can answer there.
     */
    public static final class EgressNextHopInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.EGRESS_NEXT_HOP_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : withNextHop(spec)) {
                IPAddress hop = c.cluster().network().egressNextHopIp();
                String why = Cidrs.noHost(hop);
                for (SubnetAt s : spec.subnets()) {
                    if (why == null) {
                        why = reservedIn(s, hop);
                    }
                }
                if (why != null) {
                    report.at(hopPath(c), "egressNextHopIp " + hop + " of '" + c.cluster().name() + "' is " + why
                            + ": no firewall or appliance can have it", "write the private address of your firewall or virtual appliance, "
                            + "e.g. the fourth address of an AzureFirewallSubnet such as 10.40.255.4");
                }
            }
        }
    }

    /** EGRESS_NEXT_HOP_PUBLIC (EGR, VNET: a virtual appliance next hop is a private address in a network the route reaches). */
    public static final class EgressNextHopPublic implements Rule {
        @Override
        public RuleId id() {
            return RuleId.EGRESS_NEXT_HOP_PUBLIC;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : withNextHop(spec)) {
                IPAddress hop = c.cluster().network().egressNextHopIp();
                boolean noHost = Cidrs.noHost(hop) != null;
                boolean inSpec = Cidrs.declared(spec, hop);
                if (!noHost && !inSpec && Cidrs.PRIVATE.stream().noneMatch(p -> p.contains(hop))) {
                    report.at(hopPath(c), "egressNextHopIp " + hop + " of '" + c.cluster().name() + "' is a public address: the default "
                            + "route would send all egress to a host on the internet", "write the private address of your firewall or "
                            + "virtual appliance, inside a peered network or one of the spec's networks");
                }
            }
        }
    }

    /** EGRESS_NEXT_HOP_IN_NODE_SUBNET: the node subnet's own default route would send the appliance's traffic to itself. */
    public static final class EgressNextHopInNodeSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.EGRESS_NEXT_HOP_IN_NODE_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : withNextHop(spec)) {
                IPAddress hop = c.cluster().network().egressNextHopIp();
                spec.pools(c).stream().flatMap(p -> p.subnet().stream())
                        .filter(s -> s.subnet().cidr().contains(hop) && reservedIn(s, hop) == null).findFirst()
                        .ifPresent(s -> report.at(hopPath(c), "egressNextHopIp " + hop + " of '" + c.cluster().name()
                                        + "' lies in its own node subnet '" + s.qualifiedName() + "', whose default route it is: the "
                                        + "appliance's own egress would loop back to it",
                                "put the firewall in a subnet of its own (AzureFirewallSubnet, or a hub network) and use its address"));
            }
        }
    }

    /** EGRESS_NEXT_HOP_UNREACHABLE (W): aksnet cannot see a network holding the next hop; a typo would black-hole egress. */
    public static final class EgressNextHopUnreachable implements Rule {
        @Override
        public RuleId id() {
            return RuleId.EGRESS_NEXT_HOP_UNREACHABLE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : withNextHop(spec)) {
                IPAddress hop = c.cluster().network().egressNextHopIp();
                boolean inSubnet = spec.subnets().stream().anyMatch(s -> s.subnet().cidr().contains(hop));
                boolean connected = connected(spec, hop);
                boolean publicOrNoHost = Cidrs.PRIVATE.stream().noneMatch(p -> p.contains(hop));
                if (!inSubnet && !connected && !publicOrNoHost) {
                    report.at(hopPath(c), "egressNextHopIp " + hop + " of '" + c.cluster().name() + "' lies in no subnet of the spec and no "
                                    + "connected network: aksnet cannot check that a firewall is there",
                            "declare the firewall's subnet (e.g. AzureFirewallSubnet) or its network under connectedNetworks");
                }
            }
        }
    }
}
