package dev.aksnet.validation.rules;

import dev.aksnet.model.Network;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.resolve.ResolvedSpec.VnetAt;
import inet.ipaddr.IPAddress;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static dev.aksnet.validation.rules.Cidrs.overlap;
import static dev.aksnet.validation.rules.Cidrs.text;

/** Addresses and CIDRs: reserved ranges, overlaps, containment, sizes (network-rules.md §3). */
public final class AddressRules {
    private AddressRules() {
    }

    /** RESERVED_RANGE (CNI prerequisites). */
    public static final class ReservedRange implements Rule {
        @Override
        public RuleId id() {
            return RuleId.RESERVED_RANGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (VnetAt v : spec.vnets()) {
                List<IPAddress> space = v.vnet().addressSpace();
                for (int i = 0; i < space.size(); i++) {
                    check(space.get(i), "address space of '" + v.vnet().name() + "'", v.path() + ".addressSpace[" + i + "]", report);
                }
            }
            for (SubnetAt s : spec.subnets()) {
                check(s.subnet().cidr(), "subnet '" + s.qualifiedName() + "'", s.path() + ".cidr", report);
            }
            for (ClusterAt c : spec.clusters()) {
                Network n = c.cluster().network();
                if (n.effectivePodCidr() != null) {
                    check(n.effectivePodCidr(), "pod CIDR of '" + c.cluster().name() + "'", c.networkPath() + ".podCidr", report);
                }
                check(n.effectiveServiceCidr(), "service CIDR of '" + c.cluster().name() + "'", c.networkPath() + ".serviceCidr", report);
            }
        }

        private static void check(IPAddress range, String what, String path, Report report) {
            for (IPAddress reserved : Cidrs.RESERVED) {
                if (overlap(range, reserved)) {
                    report.at(path, what + " " + text(range) + " overlaps " + text(reserved) + ", which AKS reserves",
                            "choose a range clear of 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 and 192.0.2.0/24");
                }
            }
        }
    }

    /** VNET_SPACE_OVERLAP (VNET): each prefix overlapping an earlier one of its network, once (O(n log n)). */
    public static final class VnetSpaceOverlap implements Rule {
        @Override
        public RuleId id() {
            return RuleId.VNET_SPACE_OVERLAP;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (VnetAt v : spec.vnets()) {
                List<IPAddress> space = v.vnet().addressSpace();
                PrefixOverlaps.Overlap[] overlaps = PrefixOverlaps.of(space, java.util.stream.IntStream.range(0, space.size()).toArray());
                for (int i = 0; i < space.size(); i++) {
                    PrefixOverlaps.Overlap o = overlaps[i];
                    if (o.first() >= 0 && o.first() < i) {
                        report.at(v.path() + ".addressSpace[" + i + "]", "address prefix " + text(space.get(i)) + " of '"
                                + v.vnet().name() + "' overlaps its prefix " + text(space.get(o.first())) + more(o.count() - 1, "prefix", "prefixes"),
                                "remove or change one of the two prefixes");
                    }
                }
            }
        }
    }

    /** " and N more {things}", or nothing for none. */
    static String more(int others, String one, String many) {
        return others <= 0 ? "" : " and " + others + " more " + (others == 1 ? one : many);
    }

    /** SUBNET_OUTSIDE_VNET (VNET). */
    public static final class SubnetOutsideVnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SUBNET_OUTSIDE_VNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                List<IPAddress> space = s.vnet().vnet().addressSpace();
                for (Cidrs.At prefix : Cidrs.prefixes(s)) {
                    if (space.stream().noneMatch(a -> a.contains(prefix.range()))) {
                        report.at(prefix.path(), "subnet '" + s.qualifiedName() + "' (" + text(prefix.range())
                                        + ") is not inside the address space of '" + s.vnet().vnet().name() + "' ("
                                        + String.join(", ", space.stream().map(Cidrs::text).toList()) + ")",
                                "choose a subnet range inside the network's address space, or add a" + (prefix.range().isIPv6() ? "n IPv6" : "")
                                        + " prefix to it");
                    }
                }
            }
        }
    }

    /**
     * SUBNET_OVERLAP (VNET: NetcfgSubnetRangesOverlap). Each subnet that overlaps one declared before it is reported
     * once, naming the first such subnet and how many more it overlaps: output and time stay bounded (O(n log n)) however
     * many subnets overlap.
     */
    public static final class SubnetOverlap implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SUBNET_OVERLAP;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (VnetAt v : spec.vnets()) {
                List<SubnetAt> all = spec.subnets(v);
                // IPv4 prefixes, then the IPv6 prefixes of dual-stack subnets: each family's own overlaps.
                for (boolean v6 : new boolean[]{false, true}) {
                    List<SubnetAt> subnets = v6 ? all.stream().filter(s -> s.subnet().ipv6Cidr() != null).toList() : all;
                    List<IPAddress> prefixes = subnets.stream().map(s -> v6 ? s.subnet().ipv6Cidr() : s.subnet().cidr()).toList();
                    int[] declared = java.util.stream.IntStream.range(0, subnets.size()).toArray();
                    PrefixOverlaps.Overlap[] overlaps = PrefixOverlaps.of(prefixes, declared);
                    for (int i = 0; i < subnets.size(); i++) {
                        PrefixOverlaps.Overlap o = overlaps[i];
                        if (o.first() >= 0 && o.first() < i) {
                            SubnetAt a = subnets.get(i);
                            SubnetAt b = subnets.get(o.first());
                            report.at(a.path() + (v6 ? ".ipv6Cidr" : ".cidr"), "subnet '" + a.qualifiedName() + "' (" + text(prefixes.get(i))
                                            + ") overlaps subnet '" + b.subnet().name() + "' (" + text(prefixes.get(o.first())) + ")"
                                            + (o.count() > 1 ? " and " + (o.count() - 1) + " more subnet" + (o.count() > 2 ? "s" : "") : ""),
                                    "give each subnet of a network its own range");
                        }
                    }
                }
            }
        }
    }

    /** SUBNET_TOO_SMALL (VNET): /29 is Azure's smallest subnet. */
    public static final class SubnetTooSmall implements Rule {
        static final int SMALLEST_PREFIX = 29;

        @Override
        public RuleId id() {
            return RuleId.SUBNET_TOO_SMALL;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                Integer prefix = s.subnet().cidr().getNetworkPrefixLength();
                if (prefix != null && prefix > SMALLEST_PREFIX) {
                    report.at(s.path() + ".cidr", "subnet '" + s.qualifiedName() + "' is a /" + prefix
                            + "; Azure's smallest subnet is a /" + SMALLEST_PREFIX, "use a /" + SMALLEST_PREFIX + " or larger");
                }
            }
        }
    }

    /** VNET_OVERLAPS_CONNECTED (VNET): peering and VPN routing break on overlapping ranges. */
    public static final class VnetOverlapsConnected implements Rule {
        @Override
        public RuleId id() {
            return RuleId.VNET_OVERLAPS_CONNECTED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (VnetAt v : spec.vnets()) {
                List<IPAddress> space = v.vnet().addressSpace();
                for (int i = 0; i < space.size(); i++) {
                    for (var hit : Cidrs.connectedOverlaps(space.get(i), spec.deployment().connectedNetworks())) {
                        report.at(v.path() + ".addressSpace[" + i + "]", "address space " + text(space.get(i)) + " of '"
                                + v.vnet().name() + "' overlaps " + hit.describe(), "choose a network range that no connected network uses");
                    }
                }
            }
        }
    }

    /**
     * VNET_OVERLAP (VNET): overlapping networks can never be peered. Each prefix overlapping a prefix of an earlier
     * network is reported once, with the first such network and how many more ranges of other networks it overlaps.
     */
    public static final class VnetOverlap implements Rule {
        @Override
        public RuleId id() {
            return RuleId.VNET_OVERLAP;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            List<VnetAt> vnets = spec.vnets();
            List<IPAddress> all = new java.util.ArrayList<>();
            List<int[]> at = new java.util.ArrayList<>(); // {network, prefix}
            List<Integer> same = new java.util.ArrayList<>();
            for (int v = 0; v < vnets.size(); v++) {
                List<IPAddress> space = vnets.get(v).vnet().addressSpace();
                PrefixOverlaps.Overlap[] own = PrefixOverlaps.of(space, new int[space.size()]);
                for (int k = 0; k < space.size(); k++) {
                    all.add(space.get(k));
                    at.add(new int[]{v, k});
                    same.add(own[k].count());
                }
            }
            int[] network = at.stream().mapToInt(a -> a[0]).toArray();
            PrefixOverlaps.Overlap[] overlaps = PrefixOverlaps.of(all, network);
            for (int i = 0; i < all.size(); i++) {
                PrefixOverlaps.Overlap o = overlaps[i];
                if (o.first() >= 0 && network[o.first()] < network[i]) {
                    VnetAt a = vnets.get(network[i]);
                    VnetAt b = vnets.get(network[o.first()]);
                    int others = o.count() - same.get(i) - 1;
                    report.at(a.path() + ".addressSpace[" + at.get(i)[1] + "]", "address space " + text(all.get(i)) + " of '"
                                    + a.vnet().name() + "' overlaps " + text(all.get(o.first())) + " of '" + b.vnet().name() + "'"
                                    + more(others, "range of another network", "ranges of other networks")
                                    + ": the two networks can never be peered", "give each network its own range");
                }
            }
        }
    }

    /** SERVICE_CIDR_OVERLAPS_SUBNET (CNI, PLAN: ServiceCidrOverlapExistingSubnetsCidr). */
    public static final class ServiceCidrOverlapsSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SERVICE_CIDR_OVERLAPS_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                for (Cidrs.At at : Cidrs.serviceCidrs(c)) {
                    IPAddress service = at.range();
                    // One diagnostic per cluster and family, naming the first subnet hit and counting the rest: bounded output.
                    List<Cidrs.At> hits = spec.vnetsOf(c).stream().flatMap(v -> spec.subnets(v).stream()).flatMap(s -> Cidrs.prefixes(s).stream())
                            .filter(p -> overlap(service, p.range())).toList();
                    if (!hits.isEmpty()) {
                        SubnetAt s = spec.vnetsOf(c).stream().flatMap(v -> spec.subnets(v).stream())
                                .filter(x -> Cidrs.prefixes(x).contains(hits.get(0))).findFirst().orElseThrow();
                        report.at(at.path(), "service CIDR " + text(service) + " of '" + c.cluster().name()
                                        + "' overlaps subnet '" + s.qualifiedName() + "' (" + text(hits.get(0).range()) + ")"
                                        + more(hits.size() - 1, "subnet", "subnets"),
                                "choose a service CIDR outside the cluster's virtual network, e.g. " + (service.isIPv6()
                                        ? "fd12:3456:789a:1::/108" : "10.0.0.0/16") + " when the network does not use it");
                    }
                }
            }
        }
    }

    /** SERVICE_CIDR_OVERLAPS_VNET (PLAN): inside the VNet but clear of its subnets; legal, but blocks growth. */
    public static final class ServiceCidrOverlapsVnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SERVICE_CIDR_OVERLAPS_VNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                for (Cidrs.At at : Cidrs.serviceCidrs(c)) {
                    IPAddress service = at.range();
                    for (VnetAt v : spec.vnetsOf(c)) {
                        boolean hitsSubnet = spec.subnets(v).stream().flatMap(s -> Cidrs.prefixes(s).stream()).anyMatch(p -> overlap(service, p.range()));
                        v.vnet().addressSpace().stream().filter(prefix -> !hitsSubnet && overlap(service, prefix)).findFirst()
                                .ifPresent(prefix -> report.at(at.path(), "service CIDR " + text(service) + " of '"
                                                + c.cluster().name() + "' lies in the address space " + text(prefix) + " of '" + v.vnet().name() + "'",
                                        "choose a service CIDR outside the network, so that later subnets cannot collide with it"));
                    }
                }
            }
        }
    }

    /** SERVICE_CIDR_OVERLAPS_CONNECTED (PLAN). */
    public static final class ServiceCidrOverlapsConnected implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SERVICE_CIDR_OVERLAPS_CONNECTED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress service = c.cluster().network().effectiveServiceCidr();
                for (var hit : Cidrs.connectedOverlaps(service, spec.connectedTo(c))) {
                    report.at(c.networkPath() + ".serviceCidr", "service CIDR " + text(service) + " of '" + c.cluster().name()
                            + "' overlaps " + hit.describe(), "choose a service CIDR that no connected network uses");
                }
            }
        }
    }

    /** SERVICE_CIDR_OVERLAPS_POD_CIDR (OVL, KUB). */
    public static final class ServiceCidrOverlapsPodCidr implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SERVICE_CIDR_OVERLAPS_POD_CIDR;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                for (Cidrs.At service : Cidrs.serviceCidrs(c)) {
                    for (Cidrs.At pod : Cidrs.podCidrs(c)) {
                        if (overlap(service.range(), pod.range())) {
                            report.at(service.path(), "service CIDR " + text(service.range()) + " of '" + c.cluster().name()
                                    + "' overlaps its pod CIDR " + text(pod.range()), "give pods and services separate ranges");
                        }
                    }
                }
            }
        }
    }

    /** SERVICE_CIDR_TOO_LARGE (PLAN: "must be smaller than /12"). */
    public static final class ServiceCidrTooLarge implements Rule {
        static final int LARGEST_PREFIX = 12;

        @Override
        public RuleId id() {
            return RuleId.SERVICE_CIDR_TOO_LARGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress service = c.cluster().network().effectiveServiceCidr();
                if (service.getNetworkPrefixLength() < LARGEST_PREFIX) {
                    report.at(c.networkPath() + ".serviceCidr", "service CIDR " + text(service) + " of '" + c.cluster().name()
                            + "' is larger than AKS allows (/" + LARGEST_PREFIX + ")", "use a /" + LARGEST_PREFIX + " or smaller; a /16 is plenty");
                }
            }
        }
    }

    /** DNS_IP_OUTSIDE_SERVICE_CIDR (PLAN, CLI). */
    public static final class DnsIpOutsideServiceCidr implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DNS_IP_OUTSIDE_SERVICE_CIDR;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Network n = c.cluster().network();
                // With only one of the pair given, SERVICE_CIDR_DNS_PAIR says what is wrong.
                if ((n.serviceCidr() == null) != (n.dnsServiceIp() == null)) {
                    continue;
                }
                if (!n.effectiveServiceCidr().contains(n.effectiveDnsServiceIp())) {
                    report.at(c.networkPath() + ".dnsServiceIp", "DNS service IP " + n.effectiveDnsServiceIp() + " of '" + c.cluster().name()
                                    + "' is not inside its service CIDR " + text(n.effectiveServiceCidr()),
                            dnsIpHint("choose an address inside the service CIDR", n.effectiveServiceCidr()));
                }
            }
        }
    }

    /**
     * DNS_IP_RESERVED (PLAN; RP DnsServiceIpConflicting, DnsBroadcastAddressConflicting): the network address, .1
     * (kubernetes.default) and the broadcast address of the service CIDR are taken.
     */
    public static final class DnsIpReserved implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DNS_IP_RESERVED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Network n = c.cluster().network();
                IPAddress service = n.effectiveServiceCidr();
                IPAddress dns = n.effectiveDnsServiceIp();
                if (!service.contains(dns)) {
                    continue;
                }
                BigInteger offset = dns.getValue().subtract(service.getLower().getValue());
                String which = offset.signum() == 0 ? "the network address"
                        : offset.equals(BigInteger.ONE) ? "the kubernetes service address (the first address)"
                        : dns.getValue().equals(service.getUpper().getValue()) ? "the broadcast address" : null;
                if (which != null) {
                    report.at(c.networkPath() + ".dnsServiceIp", "DNS service IP " + dns + " of '" + c.cluster().name() + "' is "
                            + which + " of " + text(service), dnsIpHint("use another address of the service CIDR", service));
                }
            }
        }
    }

    /** SERVICE_CIDR_DNS_PAIR (CLI): both or neither, so the defaults never mix with a custom range. */
    public static final class ServiceCidrDnsPair implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SERVICE_CIDR_DNS_PAIR;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Network n = c.cluster().network();
                if ((n.serviceCidr() == null) != (n.dnsServiceIp() == null)) {
                    String given = n.serviceCidr() != null ? "serviceCidr" : "dnsServiceIp";
                    String missing = n.serviceCidr() != null ? "dnsServiceIp" : "serviceCidr";
                    report.at(c.networkPath() + "." + given, "cluster '" + c.cluster().name() + "' sets " + given + " but not " + missing,
                            "set both serviceCidr and dnsServiceIp, or neither (defaults 10.0.0.0/16 and 10.0.0.10)");
                }
            }
        }
    }

    /**
     * POD_CIDR_OVERLAPS_VNET (OVL, KUB). Azure CNI Overlay: the pod CIDR overlaps the cluster network's address space
     * (the RP's NetworkProfileCIDROverlapVNET, met with overlay by Azure/AKS-Construction#403). Kubenet: it overlaps a
     * subnet of that network (PodCidrOverlapExistingSubnetsCidr); a kubenet pod CIDR inside the address space but clear
     * of every subnet deploys (the azurerm acceptance tests do it) and is KUBENET_POD_CIDR_IN_VNET's warning.
     */
    public static final class PodCidrOverlapsVnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_CIDR_OVERLAPS_VNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                for (Cidrs.At at : Cidrs.podCidrs(c)) {
                    check(spec, c, at.range(), at.path(), report);
                }
            }
        }

        private static void check(ValidationContext spec, ClusterAt c, IPAddress pod, String path, Report report) {
            {
                if (c.cluster().network().plugin() == dev.aksnet.model.NetworkPlugin.KUBENET) {
                    spec.vnetsOf(c).stream().flatMap(v -> spec.subnets(v).stream()).filter(s -> overlap(pod, s.subnet().cidr())).findFirst()
                            .ifPresent(s -> report.at(path, "pod CIDR " + text(pod) + " of kubenet cluster '"
                                            + c.cluster().name() + "' overlaps subnet '" + s.qualifiedName() + "' " + text(s.subnet().cidr()),
                                    "choose a pod CIDR outside the cluster's network, e.g. 10.244.0.0/16 when unused"));
                    return;
                }
                List<Map.Entry<VnetAt, IPAddress>> hits = spec.vnetsOf(c).stream()
                        .flatMap(v -> v.vnet().addressSpace().stream().filter(prefix -> overlap(pod, prefix)).map(prefix -> Map.entry(v, prefix)))
                        .toList();
                if (!hits.isEmpty()) {
                    report.at(path, "pod CIDR " + text(pod) + " of '" + c.cluster().name()
                                    + "' overlaps the address space " + text(hits.get(0).getValue()) + " of '" + hits.get(0).getKey().vnet().name()
                                    + "'" + more(hits.size() - 1, "range", "ranges"),
                            "choose a pod CIDR outside the cluster's network, e.g. " + (pod.isIPv6() ? "fd12:3456:789a::/64" : "10.244.0.0/16")
                                    + " when unused");
                }
            }
        }
    }

    /**
     * KUBENET_POD_CIDR_IN_VNET (W; KUB, TF acceptance tests): a kubenet pod CIDR inside the cluster network's address
     * space, clear of its subnets, deploys; a subnet added there later collides with the pod routes.
     */
    public static final class KubenetPodCidrInVnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_POD_CIDR_IN_VNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress pod = c.cluster().network().effectivePodCidr();
                if (pod == null || c.cluster().network().plugin() != dev.aksnet.model.NetworkPlugin.KUBENET) {
                    continue;
                }
                boolean subnetHit = spec.vnetsOf(c).stream().flatMap(v -> spec.subnets(v).stream()).anyMatch(s -> overlap(pod, s.subnet().cidr()));
                spec.vnetsOf(c).stream().flatMap(v -> v.vnet().addressSpace().stream().filter(prefix -> overlap(pod, prefix))
                                .map(prefix -> Map.entry(v, prefix))).findFirst().filter(hit -> !subnetHit)
                        .ifPresent(hit -> report.at(c.networkPath() + ".podCidr", "pod CIDR " + text(pod) + " of kubenet cluster '"
                                        + c.cluster().name() + "' lies in the address space " + text(hit.getValue()) + " of '"
                                        + hit.getKey().vnet().name() + "': it deploys while no subnet is there, but a subnet added later collides "
                                        + "with the pod routes", "choose a pod CIDR outside the network's address space, e.g. 10.244.0.0/16"));
            }
        }
    }

    /** POD_CIDR_OVERLAPS_CONNECTED (OVL): pods could not reach those addresses. */
    public static final class PodCidrOverlapsConnected implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_CIDR_OVERLAPS_CONNECTED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress pod = c.cluster().network().effectivePodCidr();
                if (pod == null) {
                    continue;
                }
                for (var hit : Cidrs.connectedOverlaps(pod, spec.connectedTo(c))) {
                    report.at(c.networkPath() + ".podCidr", "pod CIDR " + text(pod) + " of '" + c.cluster().name()
                            + "' overlaps " + hit.describe() + ": pods cannot reach those addresses", "choose a pod CIDR no connected network uses");
                }
            }
        }
    }

    /**
     * The customary DNS service address of a service CIDR: its tenth address; in a range too small for that, its third
     * (clear of the network address, kubernetes.default and the broadcast address); none when the range has no such
     * address. Never steps past the range, so the top of the address space is safe.
     */
    static java.util.Optional<String> suggestedDnsIp(IPAddress serviceCidr) {
        long size = dev.aksnet.capacity.IpPlanning.size(serviceCidr);
        long offset = size > 11 ? 10 : size > 3 ? 2 : -1;
        return offset < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(serviceCidr.getLower().increment(offset).withoutPrefixLength().toCanonicalString());
    }

    /** "{@code advice}, e.g. 10.0.0.10", or, for a range with no usable address, what to do about the range. */
    static String dnsIpHint(String advice, IPAddress serviceCidr) {
        return suggestedDnsIp(serviceCidr).map(ip -> advice + ", e.g. " + ip)
                .orElse("the service CIDR " + text(serviceCidr) + " is too small for a DNS address: use a larger one, such as a /16");
    }

    /** VNET_PUBLIC_RANGE (VNET): public ranges in a VNet shadow the internet hosts that own them. */
    public static final class VnetPublicRange implements Rule {
        @Override
        public RuleId id() {
            return RuleId.VNET_PUBLIC_RANGE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (VnetAt v : spec.vnets()) {
                List<IPAddress> space = v.vnet().addressSpace();
                for (int i = 0; i < space.size(); i++) {
                    IPAddress range = space.get(i);
                    if (range.isIPv6() ? !Cidrs.UNIQUE_LOCAL.contains(range) : Cidrs.PRIVATE.stream().noneMatch(p -> p.contains(range))) {
                        report.at(v.path() + ".addressSpace[" + i + "]", "address space " + text(range) + " of '" + v.vnet().name()
                                        + "' is not a private range: hosts on the internet with those addresses become unreachable",
                                range.isIPv6() ? "use a unique local range (fd00::/8), e.g. a random /48 such as fd00:10:90::/48, unless the "
                                        + "prefix is your own" : "use 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10");
                    }
                }
            }
        }
    }

    /** POD_CIDR_TOO_SMALL (OVL, KUB): overlay plugins give each node a /24 of the pod CIDR. */
    public static final class PodCidrTooSmall implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_CIDR_TOO_SMALL;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress pod = c.cluster().network().effectivePodCidr();
                if (pod == null || !c.cluster().network().plugin().splitsPodCidrPerNode()) {
                    continue;
                }
                // At max scale; the surge nodes of an upgrade are POD_CIDR_HEADROOM's (a warning, *changed in v2*).
                long nodes = c.cluster().maxNodes();
                long blocks = dev.aksnet.capacity.IpPlanning.podCidrNodes(pod);
                if (blocks < nodes) {
                    report.at(c.networkPath() + ".podCidr", "pod CIDR " + text(pod) + " of '" + c.cluster().name() + "' has " + blocks
                                    + " /24 blocks, one per node, but the cluster reaches " + nodes + " nodes at max scale",
                            "use a pod CIDR of /" + prefixForBlocks(nodes) + " or larger");
                }
            }
        }

        static int prefixForBlocks(long nodes) {
            int prefix = 24;
            while (prefix > 8 && (1L << (24 - prefix)) < nodes) {
                prefix--;
            }
            return prefix;
        }
    }
}
