package dev.aksnet.validation.rules;

import dev.aksnet.resolve.ResolvedSpec;
import dev.aksnet.capacity.IpPlanning;
import dev.aksnet.capacity.SubnetUsage;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.OutboundType;
import dev.aksnet.validation.FleetContext;
import dev.aksnet.validation.FleetContext.In;
import dev.aksnet.validation.FleetReport;
import dev.aksnet.validation.FleetRule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.SubnetUsages;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import inet.ipaddr.IPAddress;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Rules over all specs validated together (network-rules.md §6 and §8). Each runs in O(n log n) or better over the
 * fleet's subnets, pools and ranges: indexes by key, or a sorted sweep, never all pairs.
 */
public final class FleetRules {
    private FleetRules() {
    }

    private static String cluster(In<PoolAt> p) {
        return p.item().cluster().cluster().name();
    }

    private static boolean sameCluster(In<PoolAt> a, In<PoolAt> b) {
        return a.spec() == b.spec() && a.item().cluster() == b.item().cluster();
    }

    /** KUBENET_SHARED_SUBNET (CNI feature matrix: sharing VNet subnets across clusters, kubenet: no), fleet-wide. */
    public static final class KubenetSharedSubnet implements FleetRule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_SHARED_SUBNET;
        }

        @Override
        public void check(FleetContext fleet, FleetReport report) {
            for (var pools : fleet.poolsBySubnetKey().values()) {
                for (In<PoolAt> p : pools) {
                    if (p.item().cluster().cluster().network().plugin() != NetworkPlugin.KUBENET || p.item().subnet().isEmpty()) {
                        continue;
                    }
                    pools.stream().filter(q -> !sameCluster(p, q)).findFirst().ifPresent(q -> report.at(p.spec(), p.item().path() + ".subnet",
                            "kubenet cluster '" + cluster(p) + "' shares subnet '" + p.item().subnet().get().qualifiedName() + "' with cluster '"
                                    + cluster(q) + "'" + (q.spec() == p.spec() ? "" : " of " + q.spec().fileName()) + "; kubenet clusters cannot share subnets",
                            "give the kubenet cluster a subnet of its own, or use azure-cni-overlay, which can share"));
                }
            }
        }
    }

    /**
     * SHARED_SUBNET_OUTBOUND_MISMATCH: egress is a property of the subnet (its route table or NAT gateway), so the
     * clusters sharing a node subnet must agree on it, fleet-wide.
     */
    public static final class SharedSubnetOutboundMismatch implements FleetRule {
        @Override
        public RuleId id() {
            return RuleId.SHARED_SUBNET_OUTBOUND_MISMATCH;
        }

        private record Egress(OutboundType outbound, String nextHop) {
            static Egress of(Network n) {
                return new Egress(n.effectiveOutbound(), n.egressNextHopIp() == null ? null : n.egressNextHopIp().toCanonicalString());
            }

            String describe() {
                return outbound.specName() + (nextHop == null ? "" : " via " + nextHop);
            }
        }

        @Override
        public void check(FleetContext fleet, FleetReport report) {
            for (var subnet : fleet.poolsBySubnetKey().entrySet()) {
                In<PoolAt> first = subnet.getValue().get(0);
                for (In<PoolAt> p : subnet.getValue()) {
                    Egress mine = Egress.of(p.item().cluster().cluster().network());
                    Egress theirs = Egress.of(first.item().cluster().cluster().network());
                    if (!sameCluster(first, p) && !Objects.equals(mine, theirs)) {
                        boolean asNodes = p.item().subnet().map(s -> s.key().equals(subnet.getKey())).orElse(false);
                        SubnetAt shared = asNodes ? p.item().subnet().get() : p.item().podSubnet().orElseThrow();
                        report.at(p.spec(), p.item().path() + (asNodes ? ".subnet" : ".podSubnet"), "cluster '" + cluster(p) + "' ("
                                        + mine.describe() + ") shares subnet '" + shared.qualifiedName() + "' with cluster '" + cluster(first)
                                        + "' (" + theirs.describe() + "); egress is set per subnet",
                                "give the clusters the same outbound settings, or separate subnets");
                    }
                }
            }
        }
    }

    /** SUBNET_CAPACITY (PLAN, POD, NODE): the pools' certain need at max scale exceeds the subnet. */
    public static final class SubnetCapacity implements FleetRule {
        @Override
        public RuleId id() {
            return RuleId.SUBNET_CAPACITY;
        }

        @Override
        public void check(FleetContext fleet, FleetReport report) {
            for (SubnetUsages.Entry e : SubnetUsages.of(fleet)) {
                SubnetUsage u = e.usage();
                if (!u.fitsLowerBound()) {
                    report.at(e.declaration().spec(), e.declaration().item().path() + ".cidr", "subnet '" + u.name() + "' ("
                                    + u.cidr().toCanonicalString() + ", " + u.usable() + " usable) is too small: " + describeNeed(u),
                            "use a /" + prefixFor(u.neededLower()) + " or larger, lower maxPods or the pools' maximum, or move pools to another subnet");
                }
            }
        }
    }

    /** SUBNET_HEADROOM (PLAN): the worst case does not fit, or leaves less than 10% of the subnet. */
    public static final class SubnetHeadroom implements FleetRule {
        @Override
        public RuleId id() {
            return RuleId.SUBNET_HEADROOM;
        }

        @Override
        public void check(FleetContext fleet, FleetReport report) {
            for (SubnetUsages.Entry e : SubnetUsages.of(fleet)) {
                SubnetUsage u = e.usage();
                if (u.fitsLowerBound() && !u.demands().isEmpty() && !u.hasHeadroom()) {
                    report.at(e.declaration().spec(), e.declaration().item().path() + ".cidr", "subnet '" + u.name() + "' ("
                                    + u.cidr().toCanonicalString() + ", " + u.usable() + " usable) leaves " + u.headroom()
                                    + " addresses at max scale in the worst case: " + describeNeed(u),
                            "keep at least 10% free: use a /" + prefixFor((long) Math.ceil(u.neededUpper() / (1 - SubnetUsage.MIN_HEADROOM)))
                                    + " or larger");
                }
            }
        }
    }

    static String describeNeed(SubnetUsage u) {
        String bounds = u.neededLower() == u.neededUpper() ? "needs " + u.neededLower() : "needs " + u.neededLower() + " to " + u.neededUpper();
        return bounds + " addresses at max scale with upgrade surge (" + u.demands().stream().map(d -> d.describe()).collect(Collectors.joining("; ")) + ")";
    }

    /** The longest prefix whose usable addresses hold {@code needed}. */
    static int prefixFor(long needed) {
        for (int prefix = 29; prefix >= 8; prefix--) {
            if ((1L << (32 - prefix)) - IpPlanning.AZURE_RESERVED_PER_SUBNET >= needed) {
                return prefix;
            }
        }
        return 8;
    }

    /** FLEET_DUPLICATE_CLUSTER: cluster names are unique per resource group (ARM). */
    public static final class FleetDuplicateCluster implements FleetRule {
        @Override
        public RuleId id() {
            return RuleId.FLEET_DUPLICATE_CLUSTER;
        }

        @Override
        public void check(FleetContext fleet, FleetReport report) {
            Map<String, In<ResolvedSpec.ClusterAt>> seen = new HashMap<>();
            for (ValidationContext spec : fleet.specs()) {
                for (var c : spec.clusters()) {
                    String key = (spec.deployment().resourceGroup() + "/" + c.cluster().name()).toLowerCase(Locale.ROOT);
                    In<ResolvedSpec.ClusterAt> first = seen.putIfAbsent(key, new In<>(spec, c));
                    if (first != null && first.spec() != spec) {
                        report.at(spec, c.path() + ".name", "cluster '" + c.cluster().name() + "' in resource group '" + spec.deployment().resourceGroup()
                                + "' is also defined by " + first.spec().fileName(), "rename one of the clusters, or deploy them to different resource groups");
                    }
                }
            }
        }
    }

    /** FLEET_SUBNET_CONFLICT: the same network/subnet declared with different ranges. */
    public static final class FleetSubnetConflict implements FleetRule {
        @Override
        public RuleId id() {
            return RuleId.FLEET_SUBNET_CONFLICT;
        }

        @Override
        public void check(FleetContext fleet, FleetReport report) {
            for (List<In<SubnetAt>> declarations : fleet.subnetsByKey().values()) {
                In<SubnetAt> first = declarations.get(0);
                for (In<SubnetAt> other : declarations.subList(1, declarations.size())) {
                    if (other.spec() != first.spec() && !other.item().subnet().cidr().equals(first.item().subnet().cidr())) {
                        report.at(other.spec(), other.item().path() + ".cidr", "subnet '" + other.item().qualifiedName() + "' is "
                                        + other.item().subnet().cidr().toCanonicalString() + " here but " + first.item().subnet().cidr().toCanonicalString()
                                        + " in " + first.spec().fileName(), "declare the same range for the same subnet in every spec");
                    }
                }
            }
        }
    }

    /**
     * FLEET_VNET_OVERLAP (VNET): networks of different specs that overlap can never be peered. A sweep over the
     * ranges sorted by first address; the two furthest-reaching earlier ranges of different specs are all it takes to
     * know whether a range overlaps one of another spec.
     */
    public static final class FleetVnetOverlap implements FleetRule {
        @Override
        public RuleId id() {
            return RuleId.FLEET_VNET_OVERLAP;
        }

        private record Range(BigInteger start, BigInteger end, IPAddress cidr, ValidationContext spec, ResolvedSpec.VnetAt vnet, String path) {
        }

        @Override
        public void check(FleetContext fleet, FleetReport report) {
            List<Range> ranges = new ArrayList<>();
            for (ValidationContext spec : fleet.specs()) {
                for (var v : spec.vnets()) {
                    for (int i = 0; i < v.vnet().addressSpace().size(); i++) {
                        IPAddress a = v.vnet().addressSpace().get(i);
                        // IPv6 values are moved past every IPv4 value: the two families never overlap.
                        BigInteger family = a.isIPv6() ? BigInteger.ONE.shiftLeft(128) : BigInteger.ZERO;
                        ranges.add(new Range(a.getLower().getValue().add(family), a.getUpper().getValue().add(family), a, spec, v,
                                v.path() + ".addressSpace[" + i + "]"));
                    }
                }
            }
            ranges.sort(Comparator.comparing(Range::start).thenComparing(Range::end, Comparator.reverseOrder()));
            Range reach = null;      // the earlier range reaching furthest
            Range otherReach = null; // the earlier range reaching furthest among specs other than reach's
            for (Range r : ranges) {
                Range candidate = reach != null && reach.spec() != r.spec() ? reach : otherReach;
                if (candidate != null && candidate.spec() != r.spec() && candidate.end().compareTo(r.start()) >= 0
                        && !candidate.vnet().key().equals(r.vnet().key())) {
                    report.at(r.spec(), r.path(), "address space " + r.cidr().toCanonicalString() + " of '" + r.vnet().vnet().name() + "' overlaps "
                                    + candidate.cidr().toCanonicalString() + " of '" + candidate.vnet().vnet().name() + "' in " + candidate.spec().fileName()
                                    + ": the two networks can never be peered",
                            "give each network of the fleet its own range");
                }
                if (reach == null || r.end().compareTo(reach.end()) > 0) {
                    if (reach != null && reach.spec() != r.spec()) {
                        otherReach = reach;
                    }
                    reach = r;
                } else if (r.spec() != reach.spec() && (otherReach == null || r.end().compareTo(otherReach.end()) > 0)) {
                    otherReach = r;
                }
            }
        }
    }
}
