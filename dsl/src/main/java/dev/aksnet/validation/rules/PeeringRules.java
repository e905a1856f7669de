package dev.aksnet.validation.rules;

import dev.aksnet.resolve.ResolvedSpec.PeeringAt;
import dev.aksnet.resolve.ResolvedSpec.VnetAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import inet.ipaddr.IPAddress;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Peerings and custom DNS servers of the spec's networks (VNET: Azure "Virtual network peering": "The address spaces of
 * the virtual networks can't overlap"; a peering that uses remote gateways needs a gateway on the remote side).
 */
public final class PeeringRules {
    private PeeringRules() {
    }

    /** PEERING_REMOTE_UNKNOWN (contract): a peering names another network of the spec. */
    public static final class RemoteUnknown implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PEERING_REMOTE_UNKNOWN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            List<String> names = spec.vnets().stream().map(v -> v.vnet().name()).toList();
            for (PeeringAt p : spec.peerings()) {
                String remote = p.peering().remote();
                if (p.remote().isEmpty()) {
                    report.at(p.path() + ".remote", "network '" + p.local().vnet().name() + "' is peered with '" + remote
                                    + "', which the spec does not declare", dev.aksnet.yaml.Suggestions.closest(remote, names)
                                    .map(m -> "did you mean '" + m + "'?").orElse("declare the network under virtualNetworks (existing: true "
                                            + "if it exists already)"));
                } else if (p.remote().get() == p.local()) {
                    report.at(p.path() + ".remote", "network '" + remote + "' is peered with itself", "name another network");
                }
            }
        }
    }

    /** PEERING_DUPLICATE (contract): one peering per pair of networks, declared on one side (aksnet writes both). */
    public static final class Duplicate implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PEERING_DUPLICATE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            Set<String> seen = new HashSet<>();
            for (PeeringAt p : spec.peerings()) {
                if (p.remote().isEmpty() || p.remote().get() == p.local()) {
                    continue;
                }
                String a = p.local().key().toLowerCase(Locale.ROOT);
                String b = p.remote().get().key().toLowerCase(Locale.ROOT);
                if (!seen.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a)) {
                    report.at(p.path(), "networks '" + p.local().vnet().name() + "' and '" + p.remote().get().vnet().name()
                                    + "' are peered twice; aksnet writes both directions of one peering",
                            "declare the peering on one of the two networks only");
                }
            }
        }
    }

    /** PEERING_OVERLAP (VNET): "The address spaces of the virtual networks can't overlap". */
    public static final class Overlap implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PEERING_OVERLAP;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PeeringAt p : spec.peerings()) {
                if (p.remote().isEmpty() || p.remote().get() == p.local()) {
                    continue;
                }
                VnetAt remote = p.remote().get();
                for (IPAddress a : p.local().vnet().addressSpace()) {
                    for (IPAddress b : remote.vnet().addressSpace()) {
                        if (Cidrs.overlap(a, b)) {
                            report.at(p.path() + ".remote", "network '" + p.local().vnet().name() + "' (" + Cidrs.text(a) + ") overlaps '"
                                            + remote.vnet().name() + "' (" + Cidrs.text(b) + "), which it is peered with; Azure refuses "
                                            + "the peering", "give the networks disjoint address spaces");
                            return;
                        }
                    }
                }
            }
        }
    }

    /** PEERING_REMOTE_GATEWAY (VNET): using remote gateways needs a VPN or ExpressRoute gateway in the remote network. */
    public static final class RemoteGateway implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PEERING_REMOTE_GATEWAY;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PeeringAt p : spec.peerings()) {
                if (p.peering().useRemoteGateways() && p.remote().filter(r -> !r.created()).isPresent()) {
                    report.at(p.path() + ".useRemoteGateways", "'" + p.local().vnet().name() + "' uses the gateway of '"
                                    + p.remote().get().vnet().name() + "': the peering fails unless that network has a VPN or ExpressRoute "
                                    + "gateway, which aksnet cannot see", "make sure the remote network's gateway exists before deploying");
                }
            }
        }
    }

    /**
     * PEERING_REMOTE_GATEWAY_REFUSED (VNET, ARM): Azure refuses {@code useRemoteGateways} when the remote network has no
     * gateway — certain when aksnet creates that network, as it creates no gateways — and on more than one peering of a
     * network ("Only one peering can have this flag set to true").
     */
    public static final class RemoteGatewayRefused implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PEERING_REMOTE_GATEWAY_REFUSED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            Set<String> usingOne = new HashSet<>();
            for (PeeringAt p : spec.peerings()) {
                if (!p.peering().useRemoteGateways() || p.remote().isEmpty()) {
                    continue;
                }
                String local = p.local().vnet().name();
                VnetAt remote = p.remote().get();
                boolean second = !usingOne.add(p.local().key());
                if (remote.created()) {
                    report.at(p.path() + ".useRemoteGateways", "'" + local + "' would use the gateway of '" + remote.vnet().name()
                                    + "', a network aksnet creates without a VPN or ExpressRoute gateway; Azure refuses the peering",
                            "set useRemoteGateways: false, or peer with the network that has the gateway (existing: true)");
                } else if (second) {
                    report.at(p.path() + ".useRemoteGateways", "'" + local + "' already uses a remote gateway through another peering; "
                            + "Azure allows useRemoteGateways on one peering of a network", "keep useRemoteGateways: true on one peering");
                }
            }
        }
    }

    /**
     * DNS_SERVER_UNREACHABLE (aksnet): a custom DNS server should lie in the network, a network peered with it, or a
     * connected network; else nodes cannot resolve anything and fail to join.
     */
    public static final class DnsServerUnreachable implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DNS_SERVER_UNREACHABLE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (VnetAt v : spec.vnets()) {
                List<IPAddress> reach = new java.util.ArrayList<>(v.vnet().addressSpace());
                spec.resolved().peeredWith(v).forEach(peer -> reach.addAll(peer.vnet().addressSpace()));
                spec.deployment().connectedNetworks().forEach(c -> reach.addAll(c.cidrs()));
                List<IPAddress> servers = v.vnet().dnsServers();
                for (int i = 0; i < servers.size(); i++) {
                    IPAddress server = servers.get(i);
                    if (reach.stream().noneMatch(r -> r.contains(server))) {
                        report.at(v.path() + ".dnsServers[" + i + "]", "DNS server " + server.toCanonicalString() + " of network '"
                                        + v.vnet().name() + "' is in neither the network, a network peered with it, nor a connected network",
                                "peer the network with the DNS server's network, or declare its range under connectedNetworks");
                    }
                }
            }
        }
    }
}
