package dev.aksnet.validation.rules;

import dev.aksnet.model.OutboundType;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.validation.ValidationContext.ClusterAt;
import dev.aksnet.validation.ValidationContext.PoolAt;


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

    /** USER_NAT_EXISTING_SUBNET: aksnet does not take over an existing subnet to attach a NAT gateway to it. */
    public static final class UserNatExistingSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.USER_NAT_EXISTING_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (outbound(p.cluster()) == OutboundType.USER_ASSIGNED_NAT_GATEWAY && p.subnet().map(s -> s.vnet().vnet().existing()).orElse(false)) {
                    report.at(p.path() + ".subnet", "subnet '" + p.subnet().get().qualifiedName()
                                    + "' exists already: aksnet does not attach a NAT gateway to it",
                            "make sure the subnet has a NAT gateway associated before deploying");
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
                boolean onCreatedSubnet = spec.pools(c).stream().anyMatch(p -> p.subnet().map(s -> !s.vnet().vnet().existing()).orElse(false));
                if (outbound(c) == OutboundType.USER_DEFINED_ROUTING && onCreatedSubnet && c.cluster().network().egressNextHopIp() == null) {
                    report.at(c.networkPath() + ".outbound", "outbound userDefinedRouting on a network aksnet creates needs egressNextHopIp",
                            "add egressNextHopIp: the private address of your firewall or virtual appliance");
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
                boolean onCreatedSubnet = spec.pools(c).stream().anyMatch(p -> p.subnet().map(s -> !s.vnet().vnet().existing()).orElse(false));
                if (c.cluster().network().egressNextHopIp() != null && (outbound(c) != OutboundType.USER_DEFINED_ROUTING || !onCreatedSubnet)) {
                    report.at(c.networkPath() + ".egressNextHopIp", "egressNextHopIp is used only with outbound userDefinedRouting on a network aksnet creates",
                            outbound(c) != OutboundType.USER_DEFINED_ROUTING ? "set outbound: userDefinedRouting, or remove egressNextHopIp"
                                    : "remove egressNextHopIp: the existing network's route table decides the next hop");
                }
            }
        }
    }
}
