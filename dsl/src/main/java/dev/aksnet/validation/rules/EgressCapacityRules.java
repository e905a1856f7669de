package dev.aksnet.validation.rules;

import dev.aksnet.capacity.EgressCapacity;
import dev.aksnet.model.AzureResourceId;
import dev.aksnet.model.LoadBalancerProfile;
import dev.aksnet.model.ManagedNatGatewayProfile;
import dev.aksnet.model.NatGateway;
import dev.aksnet.model.Network;
import dev.aksnet.model.OutboundType;
import dev.aksnet.resolve.Choices;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.NatAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

import java.util.List;
import java.util.Optional;

/**
 * Outbound settings and SNAT capacity: load balancer outbound IPs and ports (LB: "Configure your public standard load
 * balancer", configure-load-balancer-standard.md), NAT gateways (NAT: nat-gateway.md and Azure NAT Gateway's limits),
 * the ranges of the AKS API (API: containerservice 2026-04-01 type data) — arithmetic in {@link EgressCapacity}.
 */
public final class EgressCapacityRules {
    private EgressCapacityRules() {
    }

    /** managedOutboundIps of the load balancer: 1 to 100 (API: loadBalancerProfile.managedOutboundIPs.count). */
    public static final int LB_MANAGED_IPS_MAX = 100;
    /** Public addresses of a NAT gateway, managed or of the spec: 1 to 16 (NAT). */
    public static final int NAT_ADDRESSES_MAX = 16;
    /** Idle timeouts of load balancer outbound rules and NAT gateways, in minutes (API). */
    public static final int IDLE_TIMEOUT_MIN = 4;
    public static final int IDLE_TIMEOUT_MAX = 120;
    /** allocatedOutboundPorts' upper bound (API). */
    public static final int ALLOCATED_PORTS_MAX = 64_000;

    private static String lbPath(ClusterAt c) {
        return c.networkPath() + ".loadBalancer";
    }

    /** OUTBOUND_PROFILE_MISMATCH (EGR, RP: InvalidUserDefinedRoutingWithLoadBalancerProfile): settings of another outbound type. */
    public static final class ProfileMismatch implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OUTBOUND_PROFILE_MISMATCH;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Network n = c.cluster().network();
                OutboundType outbound = n.effectiveOutbound();
                if (n.loadBalancer() != null && outbound != OutboundType.LOAD_BALANCER) {
                    report.at(lbPath(c), "cluster '" + c.cluster().name() + "' has loadBalancer outbound settings, but its outbound type is "
                                    + outbound.specName() + ": AKS refuses load balancer outbound IPs with it",
                            "remove loadBalancer, or set outbound: loadBalancer");
                }
                if (n.natGateway() != null && outbound != OutboundType.MANAGED_NAT_GATEWAY) {
                    report.at(c.networkPath() + ".natGateway", "cluster '" + c.cluster().name() + "' has natGateway settings, but its outbound "
                                    + "type is " + outbound.specName() + "; they configure the NAT gateway AKS manages",
                            outbound == OutboundType.USER_ASSIGNED_NAT_GATEWAY
                                    ? "declare the NAT gateway under natGateways and name it on the node subnets (natGateway: <name>)"
                                    : "remove natGateway, or set outbound: managedNatGateway");
                }
            }
        }
    }

    /** OUTBOUND_SETTING_RANGE (LB, NAT, API): counts, timeouts and prefix lengths Azure accepts. */
    public static final class SettingRange implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OUTBOUND_SETTING_RANGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                LoadBalancerProfile lb = c.cluster().network().loadBalancer();
                if (lb != null) {
                    range(report, lbPath(c) + ".managedOutboundIps", "managedOutboundIps", lb.managedOutboundIps(), 1, LB_MANAGED_IPS_MAX);
                    range(report, lbPath(c) + ".managedOutboundIpv6Ips", "managedOutboundIpv6Ips", lb.managedOutboundIpv6Ips(), 0,
                            LB_MANAGED_IPS_MAX);
                    range(report, lbPath(c) + ".idleTimeoutMinutes", "idleTimeoutMinutes", lb.idleTimeoutMinutes(), IDLE_TIMEOUT_MIN,
                            IDLE_TIMEOUT_MAX);
                }
                ManagedNatGatewayProfile nat = c.cluster().network().natGateway();
                if (nat != null) {
                    String path = c.networkPath() + ".natGateway";
                    range(report, path + ".managedOutboundIps", "managedOutboundIps", nat.managedOutboundIps(), 1, NAT_ADDRESSES_MAX);
                    range(report, path + ".idleTimeoutMinutes", "idleTimeoutMinutes", nat.idleTimeoutMinutes(), IDLE_TIMEOUT_MIN,
                            IDLE_TIMEOUT_MAX);
                }
            }
            for (NatAt n : spec.natGateways()) {
                NatGateway nat = n.nat();
                range(report, n.path() + ".publicIps", "publicIps", nat.publicIps(), 1, NAT_ADDRESSES_MAX);
                range(report, n.path() + ".publicIpPrefixLength", "publicIpPrefixLength", nat.publicIpPrefixLength(),
                        NatGateway.MIN_PREFIX_LENGTH, NatGateway.MAX_PREFIX_LENGTH);
                range(report, n.path() + ".idleTimeoutMinutes", "idleTimeoutMinutes", nat.idleTimeoutMinutes(), IDLE_TIMEOUT_MIN,
                        IDLE_TIMEOUT_MAX);
                int addresses = nat.addressCount();
                if (addresses == 0 && nat.publicIps() == null && nat.publicIpPrefixLength() == null) {
                    report.at(n.path() + ".name", "NAT gateway '" + nat.name() + "' has no public address; Azure needs at least one",
                            "add publicIps: 1, publicIpPrefixLength: 31, or publicIpIds: [<id>]");
                } else if (addresses > NAT_ADDRESSES_MAX) {
                    report.at(n.path() + ".name", "NAT gateway '" + nat.name() + "' has " + addresses + " public addresses; a NAT gateway "
                            + "takes at most " + NAT_ADDRESSES_MAX, "use fewer public IPs or a longer prefix");
                }
            }
        }

        private static void range(Report report, String path, String what, Integer value, int min, int max) {
            if (value != null && (value < min || value > max)) {
                report.at(path, what + " is " + value + "; Azure accepts " + min + " to " + max, "use a value from " + min + " to " + max);
            }
        }
    }

    /** LB_OUTBOUND_IPS_CHOICE (LB: "You can only use one outbound IP option … at a given time"). */
    public static final class OutboundIpsChoice implements Rule {
        @Override
        public RuleId id() {
            return RuleId.LB_OUTBOUND_IPS_CHOICE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                LoadBalancerProfile lb = c.cluster().network().loadBalancer();
                if (lb == null) {
                    continue;
                }
                int given = (lb.managedOutboundIps() != null || lb.managedOutboundIpv6Ips() != null ? 1 : 0) + (lb.outboundIpIds().isEmpty() ? 0 : 1)
                        + (lb.outboundIpPrefixIds().isEmpty() ? 0 : 1);
                if (given > 1) {
                    report.at(lbPath(c), "the load balancer of '" + c.cluster().name() + "' names outbound IPs more than one way; AKS "
                                    + "takes managed IPs, your public IPs or your public IP prefixes, one of them",
                            "keep one of managedOutboundIps, outboundIpIds, outboundIpPrefixIds");
                }
            }
        }
    }

    /** OUTBOUND_IP_ID_INVALID (LB, NAT): public IPs and prefixes are named by their full resource id. */
    public static final class OutboundIpIdInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OUTBOUND_IP_ID_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                LoadBalancerProfile lb = c.cluster().network().loadBalancer();
                if (lb != null) {
                    ids(report, lbPath(c) + ".outboundIpIds", lb.outboundIpIds(), AzureResourceId.Type.PUBLIC_IP);
                    ids(report, lbPath(c) + ".outboundIpPrefixIds", lb.outboundIpPrefixIds(), AzureResourceId.Type.PUBLIC_IP_PREFIX);
                }
            }
            for (NatAt n : spec.natGateways()) {
                ids(report, n.path() + ".publicIpIds", n.nat().publicIpIds(), AzureResourceId.Type.PUBLIC_IP);
            }
            for (PoolAt p : spec.pools()) {
                String prefix = p.pool().nodePublicIpPrefixId();
                if (prefix != null && AzureResourceId.parse(prefix, AzureResourceId.Type.PUBLIC_IP_PREFIX).isEmpty()) {
                    report.at(p.path() + ".nodePublicIpPrefixId", notAnId(prefix, AzureResourceId.Type.PUBLIC_IP_PREFIX),
                            "write " + AzureResourceId.Type.PUBLIC_IP_PREFIX.form());
                }
            }
        }

        private static void ids(Report report, String path, List<String> ids, AzureResourceId.Type type) {
            for (int i = 0; i < ids.size(); i++) {
                if (AzureResourceId.parse(ids.get(i), type).isEmpty()) {
                    report.at(path + "[" + i + "]", notAnId(ids.get(i), type), "write " + type.form());
                }
            }
        }

        private static String notAnId(String id, AzureResourceId.Type type) {
            return "'" + id + "' is not the resource id of a " + type.description();
        }
    }

    /** LB_OUTBOUND_PORTS_INVALID (LB: "The value for outbound ports must be a multiple of 8"; API: 0 to 64,000). */
    public static final class PortsInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.LB_OUTBOUND_PORTS_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                LoadBalancerProfile lb = c.cluster().network().loadBalancer();
                Integer ports = lb == null ? null : lb.allocatedOutboundPorts();
                if (ports == null) {
                    continue;
                }
                if (ports < 0 || ports > ALLOCATED_PORTS_MAX || ports % EgressCapacity.PORT_GRANULARITY != 0) {
                    int down = Math.max(0, Math.min(ALLOCATED_PORTS_MAX, ports) / EgressCapacity.PORT_GRANULARITY * EgressCapacity.PORT_GRANULARITY);
                    report.at(lbPath(c) + ".allocatedOutboundPorts", "allocatedOutboundPorts is " + ports + "; it must be a multiple of "
                                    + EgressCapacity.PORT_GRANULARITY + " from 0 to " + ALLOCATED_PORTS_MAX,
                            "use " + down + " (0 lets Azure allocate by pool size)");
                }
            }
        }
    }

    /** A load balancer's fixed ports with a known address count, when the settings themselves are valid. */
    private static Optional<EgressCapacity> fixedPorts(ValidationContext spec, ClusterAt c) {
        if (!(c.outbound() instanceof Choices.Outbound.LoadBalancer lb) || !lb.profile().fixedPorts()
                || lb.profile().allocatedOutboundPorts() % EgressCapacity.PORT_GRANULARITY != 0
                || lb.profile().allocatedOutboundPorts() > ALLOCATED_PORTS_MAX) {
            return Optional.empty();
        }
        EgressCapacity capacity = EgressCapacity.of(spec.resolved(), c);
        return capacity.addresses().filter(a -> a >= 1).map(a -> capacity);
    }

    private static String ipHint(EgressCapacity e, int nodes) {
        int ports = e.allocatedPorts().orElseThrow();
        int ips = (int) ((long) ports * nodes + EgressCapacity.LOAD_BALANCER_PORTS_PER_IP - 1) / EgressCapacity.LOAD_BALANCER_PORTS_PER_IP;
        long portsFit = (long) e.addresses().orElseThrow() * EgressCapacity.LOAD_BALANCER_PORTS_PER_IP / Math.max(1, nodes);
        long portsDown = portsFit / EgressCapacity.PORT_GRANULARITY * EgressCapacity.PORT_GRANULARITY;
        return "use " + ips + " outbound IPs, or at most " + portsDown + " ports per node";
    }

    /** LB_OUTBOUND_PORTS_EXHAUSTED (LB: "64,000 ports per IP / outbound ports per node × outbound IPs = maximum nodes"). */
    public static final class PortsExhausted implements Rule {
        @Override
        public RuleId id() {
            return RuleId.LB_OUTBOUND_PORTS_EXHAUSTED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                fixedPorts(spec, c).ifPresent(e -> {
                    int ports = e.allocatedPorts().orElseThrow();
                    if (e.status() == EgressCapacity.Status.EXHAUSTED) {
                        report.at(lbPath(c) + ".allocatedOutboundPorts", ports + " ports per node × " + e.maxNodes() + " nodes at max scale = "
                                        + (long) ports * e.maxNodes() + " SNAT ports, but " + e.addresses().orElseThrow() + " outbound IP(s) offer "
                                        + e.portsAvailable().orElseThrow() + " (64,000 each): '" + c.cluster().name() + "' can have at most "
                                        + e.nodesSupported().orElseThrow() + " nodes", ipHint(e, e.nodesWithSurge()));
                    }
                });
            }
        }
    }

    /** LB_OUTBOUND_PORTS_NO_SURGE (LB: "verify you have extra outbound port capacity to handle node surge during upgrades"). */
    public static final class PortsNoSurge implements Rule {
        @Override
        public RuleId id() {
            return RuleId.LB_OUTBOUND_PORTS_NO_SURGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                fixedPorts(spec, c).ifPresent(e -> {
                    long available = e.portsAvailable().orElseThrow();
                    int ports = e.allocatedPorts().orElseThrow();
                    if (e.status() == EgressCapacity.Status.NO_SURGE_ROOM) {
                        report.at(lbPath(c) + ".allocatedOutboundPorts", "at max scale '" + c.cluster().name() + "' uses " + (long) ports * e.maxNodes()
                                        + " of " + available + " SNAT ports; the " + e.surgeNodes() + " surge node(s) of an upgrade need "
                                        + (long) ports * e.surgeNodes() + " more, so upgrades at max scale would fail to get ports",
                                ipHint(e, e.nodesWithSurge()));
                    }
                });
            }
        }
    }

    /** LB_DEFAULT_PORTS_FEW (LB: default allocation 1,024 ports per node up to 50 nodes, fewer beyond). */
    public static final class DefaultPortsFew implements Rule {
        @Override
        public RuleId id() {
            return RuleId.LB_DEFAULT_PORTS_FEW;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!(c.outbound() instanceof Choices.Outbound.LoadBalancer lb) || lb.profile().fixedPorts()
                        || (lb.profile().allocatedOutboundPorts() != null && lb.profile().allocatedOutboundPorts() < 0)) {
                    continue;
                }
                EgressCapacity e = EgressCapacity.of(spec.resolved(), c);
                long ports = e.portsPerNodeAtMaxScale().orElseThrow();
                if (e.status() == EgressCapacity.Status.FEW_PORTS) {
                    String path = c.cluster().network().loadBalancer() != null ? lbPath(c) : c.networkPath();
                    report.at(path, "'" + c.cluster().name() + "' scales to " + e.nodesWithSurge() + " nodes with upgrade surge, where Azure's "
                                    + "default allocation gives each node " + ports + " SNAT ports (1,024 up to 50 nodes); ports shrink for "
                                    + "every node as the cluster grows past each step, which breaks connections",
                            "set loadBalancer.allocatedOutboundPorts (e.g. 1024) with enough managedOutboundIps: aksnet plan shows the "
                                    + "figures");
                }
            }
        }
    }

    /** NAT_GATEWAY_PORTS_FEW (NAT: 64,512 ports per public IP, shared by every node behind the gateway). */
    public static final class NatPortsFew implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NAT_GATEWAY_PORTS_FEW;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!(c.outbound() instanceof Choices.Outbound.ManagedNatGateway || c.outbound() instanceof Choices.Outbound.UserAssignedNatGateway)) {
                    continue;
                }
                EgressCapacity e = EgressCapacity.of(spec.resolved(), c);
                Optional<Long> perNode = e.portsPerNodeAtMaxScale().filter(p -> e.addresses().orElse(0) >= 1 && e.nodesWithSurge() > 0);
                if (perNode.isPresent() && e.status() == EgressCapacity.Status.FEW_PORTS) {
                    String path = c.cluster().network().natGateway() != null ? c.networkPath() + ".natGateway" : c.networkPath() + ".outbound";
                    report.at(path, "the NAT gateway(s) of '" + c.cluster().name() + "' offer " + e.portsAvailable().orElseThrow()
                                    + " SNAT ports (64,512 per IP × " + e.addresses().orElseThrow() + ") to " + e.nodesWithSurge()
                                    + " nodes at max scale: " + perNode.get() + " per node",
                            "give the NAT gateway more public IPs (up to 16): " + Math.min(NAT_ADDRESSES_MAX, e.addressesNeeded().orElseThrow())
                                    + " keep 1,024 per node");
                }
            }
        }
    }

    /** NAT_GATEWAY_UNKNOWN (contract): a subnet's natGateway names a NAT gateway of the spec. */
    public static final class NatGatewayUnknown implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NAT_GATEWAY_UNKNOWN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            List<String> names = spec.natGateways().stream().map(n -> n.nat().name()).toList();
            for (SubnetAt s : spec.subnets()) {
                String name = s.subnet().natGateway();
                if (name != null && spec.resolved().natGatewayOf(s).isEmpty()) {
                    report.at(s.path() + ".natGateway", "subnet '" + s.qualifiedName() + "' names NAT gateway '" + name
                                    + "', which the spec does not define",
                            names.isEmpty() ? "declare it under natGateways: [{name: " + name + ", publicIps: 1}]"
                                    : dev.aksnet.yaml.Suggestions.closest(name, names).map(m -> "did you mean '" + m + "'?")
                                    .orElse("NAT gateways of the spec: " + String.join(", ", names)));
                }
            }
        }
    }

    /**
     * NAT_GATEWAY_OTHER_SUBSCRIPTION (aksnet): aksnet creates its NAT gateways in the deployment's subscription and
     * attaches them to subnets there only.
     */
    public static final class NatGatewayOtherSubscription implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NAT_GATEWAY_OTHER_SUBSCRIPTION;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                if (s.subnet().natGateway() != null && s.vnet().vnet().subscriptionId() != null) {
                    report.at(s.path() + ".natGateway", "subnet '" + s.qualifiedName() + "' is in subscription " + s.vnet().vnet().subscriptionId()
                                    + ", and aksnet creates NAT gateways in the deployment's subscription and attaches them to subnets there only",
                            "attach a NAT gateway of that subscription where the network is managed, and remove natGateway here");
                }
            }
        }
    }

    /**
     * MANAGED_NAT_ZONAL (W; NAT "You can't use a managed NAT gateway resource across multiple availability zones"): the
     * AKS-managed NAT gateway is not zone-redundant.
     */
    public static final class ManagedNatZonal implements Rule {
        @Override
        public RuleId id() {
            return RuleId.MANAGED_NAT_ZONAL;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (c.cluster().network().effectiveOutbound() == dev.aksnet.model.OutboundType.MANAGED_NAT_GATEWAY) {
                    report.at(c.networkPath() + ".outbound", "the managed NAT gateway of '" + c.cluster().name() + "' sits in one zone (or none): "
                            + "egress is not zone-redundant", "for zone-redundant egress use userAssignedNatGateway with a NAT gateway per zone");
                }
            }
        }
    }

    /** NAT_GATEWAY_WITH_LB_OUTBOUND (NAT: a NAT gateway on a subnet takes over its outbound traffic from the load balancer). */
    public static final class NatGatewayWithLbOutbound implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NAT_GATEWAY_WITH_LB_OUTBOUND;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.cluster().outbound() instanceof Choices.Outbound.LoadBalancer && p.subnet().isPresent()) {
                    spec.resolved().natGatewayOf(p.subnet().get()).ifPresent(nat ->
                            report.at(p.path() + ".subnet", "node subnet '" + p.subnet().get().qualifiedName() + "' has NAT gateway '"
                                            + nat.nat().name() + "', which carries its egress, but '" + p.cluster().cluster().name()
                                            + "' has outbound loadBalancer: the load balancer's outbound IPs go unused",
                                    "set outbound: userAssignedNatGateway on the cluster"));
                }
            }
        }
    }

    /**
     * PRIVATE_SUBNET_NO_EGRESS (VNET: a private subnet has no default outbound access; EGR): a node subnet declared
     * private whose egress nobody provides — userAssignedNatGateway on an existing subnet with no NAT gateway of the spec.
     */
    public static final class PrivateSubnetNoEgress implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PRIVATE_SUBNET_NO_EGRESS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                Optional<SubnetAt> s = p.subnet().filter(x -> x.subnet().privateSubnet());
                if (s.isEmpty() || !(p.cluster().outbound() instanceof Choices.Outbound.UserAssignedNatGateway)) {
                    continue;
                }
                if (!s.get().vnet().created() && s.get().subnet().natGateway() == null) {
                    report.at(p.path() + ".subnet", "node subnet '" + s.get().qualifiedName() + "' is private (defaultOutboundAccess: false) "
                                    + "and '" + p.cluster().cluster().name() + "' egresses through the subnet's NAT gateway, but the spec "
                                    + "attaches none: nodes would have no way out and fail to join",
                            "attach a NAT gateway of the spec to the subnet (natGateway: <name>)");
                }
            }
        }
    }
}
