package dev.aksnet.validation.rules;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.List;

/** Facts about address ranges the rules share: the ranges AKS reserves, and overlap of prefix blocks. */
final class Cidrs {
    private Cidrs() {
    }

    /** Ranges cluster, pod and service CIDRs must not use (CNI prerequisites). */
    static final List<IPAddress> RESERVED = List.of(
            block("169.254.0.0/16"), block("172.30.0.0/16"), block("172.31.0.0/16"), block("192.0.2.0/24"));

    /** Prefix blocks either nest or are disjoint, so two overlap exactly when one contains the other. */
    static boolean overlap(IPAddress a, IPAddress b) {
        return a.contains(b) || b.contains(a);
    }

    static String text(IPAddress block) {
        return block.toCanonicalString();
    }

    private static IPAddress block(String cidr) {
        return new IPAddressString(cidr).getAddress();
    }
}
