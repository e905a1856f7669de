package dev.aksnet.validation.rules;

import dev.aksnet.capacity.IpPlanning;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.resolve.ResolvedSpec.VnetAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.aksnet.validation.rules.Cidrs.overlap;
import static dev.aksnet.validation.rules.Cidrs.text;

/**
 * The catalogue's second version on address spaces: what Azure refuses in a network, what AKS plans for, and ranges that
 * collide with networks the cluster may reach later. VNET = Azure virtual network docs (address ranges: "multicast,
 * broadcast, loopback and 168.63.129.16 can't be added"; a subnet's largest size); PLAN = AKS "IP address planning"; OVL =
 * Azure CNI Overlay (pod CIDR "outside RFC 1918 … out of Microsoft's support scope"; "must not overlap … networks").
 */
public final class AddressSpaceRules {
    private AddressSpaceRules() {
    }

    /** The largest subnet Azure creates: /2 (VNET). */
    static final int LARGEST_SUBNET_PREFIX = 2;
    /** The largest network AKS plans for: /8 (PLAN "Max size /8"). */
    static final int LARGEST_VNET_PREFIX = 8;
    /** Where AKS places the networks it manages (nodes in 10.224.0.0/16). */
    static final IPAddress AKS_MANAGED_RANGE = new IPAddressString("10.224.0.0/12").getAddress();

    /** Ranges no virtual network may use, with why (VNET). 169.254.0.0/16 is RESERVED_RANGE's. */
    static final Map<IPAddress, String> FORBIDDEN = Map.of(
            new IPAddressString("224.0.0.0/4").getAddress(), "multicast",
            new IPAddressString("255.255.255.255/32").getAddress(), "broadcast",
            new IPAddressString("127.0.0.0/8").getAddress(), "loopback",
            new IPAddressString("168.63.129.16/32").getAddress(), "Azure's virtual public IP for DNS, DHCP and health probes");

    private static Optional<Map.Entry<IPAddress, String>> forbidden(IPAddress range) {
        return FORBIDDEN.entrySet().stream().filter(e -> overlap(e.getKey(), range))
                .min(java.util.Comparator.comparing(e -> e.getKey().toCanonicalString()));
    }

    /** SUBNET_TOO_LARGE (VNET): Azure's largest subnet is /2. */
    public static final class SubnetTooLarge implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SUBNET_TOO_LARGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                Integer prefix = s.subnet().cidr().getNetworkPrefixLength();
                if (prefix != null && prefix < LARGEST_SUBNET_PREFIX) {
                    report.at(s.path() + ".cidr", "subnet '" + s.qualifiedName() + "' is /" + prefix + "; Azure's largest subnet is /"
                            + LARGEST_SUBNET_PREFIX, "split the range into subnets of /" + LARGEST_SUBNET_PREFIX + " or smaller");
                }
            }
        }
    }

    /** VNET_FORBIDDEN_RANGE (VNET): multicast, broadcast, loopback and 168.63.129.16 are not for virtual networks. */
    public static final class VnetForbiddenRange implements Rule {
        @Override
        public RuleId id() {
            return RuleId.VNET_FORBIDDEN_RANGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (VnetAt v : spec.vnets()) {
                List<IPAddress> space = v.vnet().addressSpace();
                for (int i = 0; i < space.size(); i++) {
                    int at = i;
                    forbidden(space.get(i)).ifPresent(f -> report.at(v.path() + ".addressSpace[" + at + "]", "address space "
                                    + text(space.get(at)) + " of '" + v.vnet().name() + "' includes " + text(f.getKey()) + " (" + f.getValue()
                                    + "), which virtual networks can't use", "use private ranges (RFC 1918 or 100.64.0.0/10)"));
                }
            }
            for (SubnetAt s : spec.subnets()) {
                // A subnet inside a forbidden address space is reported there once.
                boolean spaceReported = s.vnet().vnet().addressSpace().stream().anyMatch(a -> a.contains(s.subnet().cidr()) && forbidden(a).isPresent());
                if (!spaceReported) {
                    forbidden(s.subnet().cidr()).ifPresent(f -> report.at(s.path() + ".cidr", "subnet '" + s.qualifiedName() + "' "
                                    + text(s.subnet().cidr()) + " includes " + text(f.getKey()) + " (" + f.getValue() + "), which virtual networks can't use",
                            "use a private range inside the network's address space"));
                }
            }
        }
    }

    /** VNET_TOO_LARGE (W; PLAN "Max size /8", enforcement *unconfirmed*). */
    public static final class VnetTooLarge implements Rule {
        @Override
        public RuleId id() {
            return RuleId.VNET_TOO_LARGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (VnetAt v : spec.vnets()) {
                List<IPAddress> space = v.vnet().addressSpace();
                for (int i = 0; i < space.size(); i++) {
                    Integer prefix = space.get(i).getNetworkPrefixLength();
                    if (prefix != null && prefix < LARGEST_VNET_PREFIX) {
                        report.at(v.path() + ".addressSpace[" + i + "]", "address space " + text(space.get(i)) + " of '" + v.vnet().name()
                                + "' is larger than /" + LARGEST_VNET_PREFIX + ", the size AKS plans for", "use /" + LARGEST_VNET_PREFIX + " or smaller prefixes");
                    }
                }
            }
        }
    }

    /** POD_CIDR_PUBLIC (W; OVL: a pod CIDR outside RFC 1918 and 100.64.0.0/10 is outside Microsoft's support scope). */
    public static final class PodCidrPublic implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_CIDR_PUBLIC;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress pod = c.cluster().network().effectivePodCidr();
                if (pod != null && Cidrs.PRIVATE.stream().noneMatch(p -> p.contains(pod)) && !Cidrs.notPublic(pod)) {
                    report.at(c.networkPath() + ".podCidr", "pod CIDR " + text(pod) + " of '" + c.cluster().name() + "' is a public range: Azure "
                            + "does not block it, but it is outside Microsoft's support scope", "use a private range such as 10.244.0.0/16 or 100.64.0.0/16");
                }
            }
        }
    }

    /**
     * POD_CIDR_HEADROOM (W; PLAN, OVL): the pod CIDR holds the cluster at max scale (POD_CIDR_TOO_SMALL) but not the
     * surge nodes of an upgrade, each of which takes a /24 too.
     */
    public static final class PodCidrHeadroom implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_CIDR_HEADROOM;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress pod = c.cluster().network().effectivePodCidr();
                if (pod == null || !c.cluster().network().plugin().splitsPodCidrPerNode()) {
                    continue;
                }
                long blocks = IpPlanning.podCidrNodes(pod);
                long max = c.cluster().maxNodes();
                long withSurge = c.cluster().nodePools().stream().mapToLong(IpPlanning::nodesAtMaxScale).sum();
                if (blocks >= max && blocks < withSurge) {
                    report.at(c.networkPath() + ".podCidr", "pod CIDR " + text(pod) + " of '" + c.cluster().name() + "' holds " + blocks
                                    + " nodes (one /24 each): enough for " + max + " at max scale, but not for the " + (withSurge - max)
                                    + " surge nodes of an upgrade", "use a pod CIDR of /" + AddressRules.PodCidrTooSmall.prefixForBlocks(withSurge) + " or larger");
                }
            }
        }
    }

    /**
     * The spec's networks a cluster neither uses nor reaches over a peering (those are connected networks, whose overlaps
     * POD_CIDR_OVERLAPS_CONNECTED and SERVICE_CIDR_OVERLAPS_CONNECTED report).
     */
    private static List<VnetAt> otherNetworks(ValidationContext spec, ClusterAt c) {
        List<VnetAt> own = spec.vnetsOf(c);
        List<VnetAt> peered = own.stream().flatMap(v -> spec.resolved().peeredWith(v).stream()).toList();
        return spec.vnets().stream().filter(v -> !own.contains(v) && !peered.contains(v)).toList();
    }

    /** The first address space of {@code others} that {@code range} overlaps. */
    private static Optional<Map.Entry<VnetAt, IPAddress>> hit(List<VnetAt> others, IPAddress range) {
        return others.stream().flatMap(v -> v.vnet().addressSpace().stream().filter(a -> overlap(a, range)).map(a -> Map.entry(v, a))).findFirst();
    }

    /** POD_CIDR_OVERLAPS_SPEC_VNET (W; OVL): a network of the spec the cluster does not reach yet, but may be peered with. */
    public static final class PodCidrOverlapsSpecVnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_CIDR_OVERLAPS_SPEC_VNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress pod = c.cluster().network().effectivePodCidr();
                if (pod == null) {
                    continue;
                }
                hit(otherNetworks(spec, c), pod).ifPresent(h -> report.at(c.networkPath() + ".podCidr", "pod CIDR " + text(pod) + " of '"
                                + c.cluster().name() + "' overlaps '" + h.getKey().vnet().name() + "' " + text(h.getValue())
                                + ": if the networks are ever peered, pods can't reach it", "choose a pod CIDR clear of every network of the spec"));
            }
        }
    }

    /** SERVICE_CIDR_OVERLAPS_SPEC_VNET (W; CNI: "must not overlap with any other virtual networks with which the cluster virtual network peers"). */
    public static final class ServiceCidrOverlapsSpecVnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SERVICE_CIDR_OVERLAPS_SPEC_VNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress service = c.cluster().network().effectiveServiceCidr();
                hit(otherNetworks(spec, c), service).ifPresent(h -> report.at(c.networkPath() + (c.cluster().network().serviceCidr() != null
                                ? ".serviceCidr" : ""), "service CIDR " + text(service) + " of '" + c.cluster().name() + "' overlaps '"
                                + h.getKey().vnet().name() + "' " + text(h.getValue()) + ": if the networks are ever peered, pods can't reach it",
                        "choose a service CIDR clear of every network of the spec"));
            }
        }
    }

    /**
     * MANAGED_VNET_OVERLAP (W): an AKS-managed network lives in 10.224.0.0/12 (nodes in 10.224.0.0/16; AKS release
     * 2022-02-24, as quoted in MicrosoftDocs/azure-docs#92844); a pod or service CIDR or a connected range there collides
     * with it. What AKS does then is *unconfirmed*.
     */
    public static final class ManagedVnetOverlap implements Rule {
        @Override
        public RuleId id() {
            return RuleId.MANAGED_VNET_OVERLAP;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                boolean managed = spec.pools(c).stream().allMatch(p -> p.subnet().isEmpty() && p.pool().subnet() == null);
                if (!managed) {
                    continue;
                }
                var n = c.cluster().network();
                String what = null;
                String path = c.networkPath();
                IPAddress range = null;
                if (n.effectivePodCidr() != null && overlap(n.effectivePodCidr(), AKS_MANAGED_RANGE)) {
                    what = "the pod CIDR";
                    range = n.effectivePodCidr();
                    path += n.podCidr() != null ? ".podCidr" : "";
                } else if (overlap(n.effectiveServiceCidr(), AKS_MANAGED_RANGE)) {
                    what = "the service CIDR";
                    range = n.effectiveServiceCidr();
                    path += n.serviceCidr() != null ? ".serviceCidr" : "";
                } else {
                    var hit = Cidrs.connectedOverlaps(AKS_MANAGED_RANGE, spec.connectedTo(c));
                    if (!hit.isEmpty()) {
                        what = "connected network '" + hit.get(0).network().name() + "'";
                        range = hit.get(0).range();
                    }
                }
                if (what != null) {
                    report.at(path, "the AKS-managed network of '" + c.cluster().name() + "' uses " + text(AKS_MANAGED_RANGE) + ", which overlaps "
                            + what + " " + text(range), "move the overlapping range out of 10.224.0.0/12, or bring your own network");
                }
            }
        }
    }
}
