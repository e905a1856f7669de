package dev.aksnet.validation.rules;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import dev.aksnet.model.ConnectedNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Facts about address ranges the rules share: the ranges AKS reserves, and overlap of prefix blocks. */
final class Cidrs {
    private Cidrs() {
    }

    /** Ranges cluster, pod and service CIDRs must not use (CNI prerequisites). */
    static final List<IPAddress> RESERVED = List.of(
            block("169.254.0.0/16"), block("172.30.0.0/16"), block("172.31.0.0/16"), block("192.0.2.0/24"));

    /** Private ranges: RFC 1918 and the shared address space of RFC 6598. */
    static final List<IPAddress> PRIVATE = List.of(
            block("10.0.0.0/8"), block("172.16.0.0/12"), block("192.168.0.0/16"), block("100.64.0.0/10"));

    /** IPv6's private range: unique local addresses (RFC 4193), fd00::/8 in practice. */
    static final IPAddress UNIQUE_LOCAL = block("fc00::/7");

    /** Ranges that hold no host on any network: "this network", loopback, link-local, multicast and reserved. */
    static final List<IPAddress> NO_HOST = List.of(block("0.0.0.0/8"), block("127.0.0.0/8"), block("169.254.0.0/16"),
            block("224.0.0.0/4"), block("240.0.0.0/4"));

    /** Ranges never seen on the internet: the private ones and those that hold no host. */
    static final List<IPAddress> NOT_PUBLIC = Stream.concat(PRIVATE.stream(), NO_HOST.stream()).toList();

    /** Whether a range is, or includes, addresses never seen on the internet. */
    static boolean notPublic(IPAddress range) {
        return NOT_PUBLIC.stream().anyMatch(r -> overlap(r, range));
    }

    /** Prefix blocks either nest or are disjoint, so two overlap exactly when one contains the other. */
    static boolean overlap(IPAddress a, IPAddress b) {
        return a.contains(b) || b.contains(a);
    }

    /** A connected network's range that a given range overlaps. */
    record ConnectedHit(ConnectedNetwork network, IPAddress range) {
        String describe() {
            return "connected network '" + network.name() + "' (" + text(range) + ")";
        }
    }

    /** Every connected range {@code range} overlaps, in spec order. */
    static List<ConnectedHit> connectedOverlaps(IPAddress range, List<ConnectedNetwork> connected) {
        List<ConnectedHit> hits = new ArrayList<>();
        for (ConnectedNetwork network : connected) {
            for (IPAddress c : network.cidrs()) {
                if (overlap(range, c)) {
                    hits.add(new ConnectedHit(network, c));
                }
            }
        }
        return hits;
    }

    /** Why no host anywhere can have {@code address} (a range that holds none, or the broadcast address), or null. */
    static String noHost(IPAddress address) {
        return NO_HOST.stream().filter(b -> b.contains(address)).findFirst().map(b -> "in " + text(b) + ", which holds no host")
                .orElse(address.isMax() ? "the broadcast address" : null);
    }

    /** Whether an address lies in a network the spec declares: a network's address space or a connected network. */
    static boolean declared(dev.aksnet.validation.ValidationContext spec, IPAddress address) {
        return spec.vnets().stream().anyMatch(v -> v.vnet().addressSpace().stream().anyMatch(a -> a.contains(address)))
                || spec.deployment().connectedNetworks().stream().anyMatch(n -> n.cidrs().stream().anyMatch(r -> r.contains(address)));
    }

    /** A range of a cluster or subnet and the path a rule reports it at. */
    record At(IPAddress range, String path) {
    }

    /** A cluster's pod CIDRs in force, IPv4 then (dual-stack) IPv6; none for flat plugins. */
    static List<At> podCidrs(dev.aksnet.resolve.ResolvedSpec.ClusterAt c) {
        dev.aksnet.model.Network n = c.cluster().network();
        List<At> ranges = new ArrayList<>();
        if (n.effectivePodCidr() != null) {
            ranges.add(new At(n.effectivePodCidr(), c.networkPath() + ".podCidr"));
        }
        if (n.effectivePodCidrV6() != null) {
            ranges.add(new At(n.effectivePodCidrV6(), c.networkPath() + ".podCidrV6"));
        }
        return ranges;
    }

    /** A cluster's service CIDRs in force, IPv4 then (dual-stack) IPv6. */
    static List<At> serviceCidrs(dev.aksnet.resolve.ResolvedSpec.ClusterAt c) {
        dev.aksnet.model.Network n = c.cluster().network();
        List<At> ranges = new ArrayList<>();
        ranges.add(new At(n.effectiveServiceCidr(), c.networkPath() + ".serviceCidr"));
        if (n.effectiveServiceCidrV6() != null) {
            ranges.add(new At(n.effectiveServiceCidrV6(), c.networkPath() + ".serviceCidrV6"));
        }
        return ranges;
    }

    /** A subnet's prefixes: IPv4, then its IPv6 one if any. */
    static List<At> prefixes(dev.aksnet.resolve.ResolvedSpec.SubnetAt s) {
        return s.subnet().ipv6Cidr() == null ? List.of(new At(s.subnet().cidr(), s.path() + ".cidr"))
                : List.of(new At(s.subnet().cidr(), s.path() + ".cidr"), new At(s.subnet().ipv6Cidr(), s.path() + ".ipv6Cidr"));
    }

    static String text(IPAddress block) {
        return block.toCanonicalString();
    }

    private static IPAddress block(String cidr) {
        return new IPAddressString(cidr).getAddress();
    }
}
