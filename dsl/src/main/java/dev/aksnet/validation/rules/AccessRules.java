package dev.aksnet.validation.rules;

import dev.aksnet.model.Cluster;
import dev.aksnet.resolve.Choices;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** How the API server is reached: private clusters and their DNS zones (PRIV: AKS "Create a private cluster"). */
public final class AccessRules {
    private AccessRules() {
    }

    /** PRIVATE_DNS_ZONE_WITHOUT_PRIVATE_CLUSTER: a DNS zone is a private cluster's setting. */
    public static final class PrivateDnsZoneWithoutPrivateCluster implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PRIVATE_DNS_ZONE_WITHOUT_PRIVATE_CLUSTER;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (c.cluster().declaredPrivateDnsZone() != null && !c.cluster().isPrivate()) {
                    report.at(c.privateDnsZonePath(), "cluster '" + c.cluster().name() + "' sets privateDnsZone but is not private",
                            c.cluster().apiServer() != null ? "add private: true to apiServer, or remove privateDnsZone"
                                    : "add privateCluster: true, or remove privateDnsZone");
                }
            }
        }
    }

    /** PRIVATE_DNS_ZONE_LINK_UNKNOWN (contract): a zone's links name networks of the spec. */
    public static final class PrivateDnsZoneLinkUnknown implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PRIVATE_DNS_ZONE_LINK_UNKNOWN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            List<String> names = spec.vnets().stream().map(v -> v.vnet().name()).toList();
            var zones = spec.deployment().privateDnsZones();
            for (int z = 0; z < zones.size(); z++) {
                List<String> links = zones.get(z).links();
                for (int i = 0; i < links.size(); i++) {
                    String link = links.get(i);
                    if (spec.deployment().virtualNetwork(link).isEmpty()) {
                        report.at("privateDnsZones[" + z + "].links[" + i + "]", "private DNS zone '" + zones.get(z).name() + "' is linked to '"
                                        + link + "', which the spec does not declare", dev.aksnet.yaml.Suggestions.closest(link, names)
                                        .map(m -> "did you mean '" + m + "'?").orElse("declare the network under virtualNetworks"));
                    }
                }
            }
        }
    }

    /**
     * PRIVATE_DNS_ZONE_NOT_LINKED (PRIV: "To use a custom DNS server, … use Azure DNS Private Resolver in a VNet linked to
     * the private DNS zone"; "Hub and spoke with custom DNS"): a private cluster whose network uses custom DNS servers
     * resolves its API server through them, so the zone must be linked to the network they are in. A zone of the spec
     * not linked there, and the {@code system} zone (AKS links it to the cluster's network only) with servers in another
     * network of the spec, are reported; so is a zone given by id, and a server in a connected network, where aksnet
     * cannot see the links. A warning: the servers may forward the zone to a resolver elsewhere.
     */
    public static final class PrivateDnsZoneNotLinked implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PRIVATE_DNS_ZONE_NOT_LINKED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                var choice = c.privateDnsZone();
                var specZone = choice.filter(z -> z instanceof Choices.PrivateDnsZone.SpecZone)
                        .map(z -> ((Choices.PrivateDnsZone.SpecZone) z).zone());
                boolean system = choice.filter(z -> z instanceof Choices.PrivateDnsZone.SystemZone).isPresent();
                var zoneId = choice.filter(z -> z instanceof Choices.PrivateDnsZone.ZoneId).map(z -> ((Choices.PrivateDnsZone.ZoneId) z).id());
                if (specZone.isEmpty() && !system && zoneId.isEmpty()) {
                    continue;
                }
                String zoneName = specZone.map(z -> "private DNS zone '" + z.name() + "'")
                        .orElse(zoneId.map(id -> "private DNS zone '" + id.substring(id.lastIndexOf('/') + 1) + "'").orElse("the system private DNS zone"));
                Set<String> reported = new HashSet<>();
                for (var own : spec.vnetsOf(c)) {
                    for (var server : own.vnet().dnsServers()) {
                        if (!reported.add(server.toCanonicalString())) {
                            continue;
                        }
                        var home = spec.vnets().stream().filter(v -> v.vnet().addressSpace().stream().anyMatch(a -> a.contains(server))).findFirst();
                        String where = "'" + c.cluster().name() + "' resolves names through DNS server " + server.toCanonicalString();
                        if (home.isPresent() && home.get() != own) {
                            String network = home.get().vnet().name();
                            if (system) {
                                report.at(zonePath(c), where + " in network '" + network + "', but AKS links "
                                                + zoneName + " to the cluster's network only: the server cannot resolve the API server",
                                        "declare a zone under privateDnsZones linked to " + network + " and name it in privateDnsZone, or use "
                                                + "privateDnsZone: none with publicFqdn: true");
                            } else if (zoneId.isPresent()) {
                                report.at(zonePath(c), where + " in network '" + network + "'; aksnet cannot see the links of " + zoneName
                                                + ", which must include that network (or the server must forward the zone to a resolver in a linked one)",
                                        "link the zone to " + network + ", or declare the zone under privateDnsZones with its links");
                            } else if (specZone.get().links().stream().noneMatch(l -> l.equalsIgnoreCase(network))) {
                                report.at(c.privateDnsZonePath(), where + " in network '" + network + "', to which " + zoneName
                                        + " is not linked: the server cannot resolve the API server", "add " + network + " to the zone's links");
                            }
                        } else if (home.isEmpty() && spec.deployment().connectedNetworks().stream()
                                .anyMatch(n -> n.cidrs().stream().anyMatch(r -> r.contains(server)))) {
                            report.at(zonePath(c), where + " in a connected network, which aksnet cannot see: "
                                            + zoneName + " must be linked to the server's network, or the server must forward the zone to a "
                                            + "resolver in a linked one", "link the zone to the DNS server's network (declare it, existing: true, "
                                            + "and list it in the zone's links)");
                        }
                    }
                }
            }
        }
    }

    /** Where a cluster's zone is written, else where it is made private (the zone is then system by default). */
    private static String zonePath(ClusterAt c) {
        return c.cluster().declaredPrivateDnsZone() != null ? c.privateDnsZonePath() : c.privatePath();
    }

    /**
     * PRIVATE_DNS_ZONE_NONE_WITHOUT_PUBLIC_FQDN (PRIV: "Setting privateDNSZone … to none and publicDNS: false … at the
     * same time isn't supported"): with no private zone the API server resolves through its public FQDN only.
     */
    public static final class PrivateDnsZoneNoneWithoutPublicFqdn implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PRIVATE_DNS_ZONE_NONE_WITHOUT_PUBLIC_FQDN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (Cluster.PRIVATE_DNS_ZONE_NONE.equals(c.cluster().effectivePrivateDnsZone()) && Boolean.FALSE.equals(c.cluster().effectivePublicFqdn())) {
                    report.at(c.apiServerPath() + ".publicFqdn", "cluster '" + c.cluster().name() + "' has privateDnsZone: none and "
                                    + "publicFqdn: false: nothing would resolve its API server, and AKS refuses the pair",
                            "remove publicFqdn: false (the public FQDN resolves to the private address), or use privateDnsZone: system");
                }
            }
        }
    }

    /**
     * PRIVATE_DNS_ZONE_INVALID (PRIV): system, none, or the resource id of a private DNS zone named
     * {@code privatelink.<region>.azmk8s.io} or {@code <subzone>.privatelink.<region>.azmk8s.io}, the region being the
     * cluster's; with API Server VNet Integration {@code private.<region>.azmk8s.io} or a subzone of it.
     */
    public static final class PrivateDnsZoneInvalid implements Rule {

        @Override
        public RuleId id() {
            return RuleId.PRIVATE_DNS_ZONE_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            String region = spec.deployment().region();
            for (ClusterAt c : spec.clusters()) {
                Cluster cluster = c.cluster();
                // PRIV: "For clusters using API Server VNet integration, a private DNS zone supports the naming format of
                // private.<region>.azmk8s.io or <subzone>.private.<region>.azmk8s.io".
                String label = cluster.apiServerIfAny().map(dev.aksnet.model.ApiServer::vnetIntegrationSubnet).isPresent() ? "private" : "privatelink";
                Pattern zoneName = Pattern.compile("([a-z0-9-]+\\.)?" + label + "\\." + Pattern.quote(region) + "\\.azmk8s\\.io",
                        Pattern.CASE_INSENSITIVE);
                var specZone = c.privateDnsZone().filter(z -> z instanceof Choices.PrivateDnsZone.SpecZone)
                        .map(z -> ((Choices.PrivateDnsZone.SpecZone) z).zone());
                if (specZone.isPresent() && !zoneName.matcher(specZone.get().name()).matches()) {
                    report.at(c.privateDnsZonePath(), "private DNS zone '" + specZone.get().name() + "' of the spec is not named for the cluster's "
                                    + "region" + (label.equals("private") ? " and API Server VNet Integration" : ""),
                            "name the zone " + label + "." + region + ".azmk8s.io or <subzone>." + label + "." + region + ".azmk8s.io");
                    continue;
                }
                Choices.PrivateDnsZone.ZoneId zone = c.privateDnsZone().filter(z -> z instanceof Choices.PrivateDnsZone.ZoneId)
                        .map(z -> (Choices.PrivateDnsZone.ZoneId) z).orElse(null);
                if (zone == null) {
                    continue;
                }
                if (zone.parts().isEmpty()) {
                    report.at(c.privateDnsZonePath(), "privateDnsZone '" + cluster.declaredPrivateDnsZone()
                                    + "' is neither system, none, a zone of the spec nor the resource id of a private DNS zone",
                            "write system, none, or /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/privateDnsZones/"
                                    + label + "." + region + ".azmk8s.io");
                } else if (!zoneName.matcher(zone.parts().get().zoneName()).matches()) {
                    report.at(c.privateDnsZonePath(), "private DNS zone '" + zone.parts().get().zoneName() + "' is not named for the cluster's region"
                                    + (label.equals("private") ? " and API Server VNet Integration" : ""),
                            "name it " + label + "." + region + ".azmk8s.io or <subzone>." + label + "." + region + ".azmk8s.io");
                }
            }
        }
    }

    /**
     * FQDN_SUBDOMAIN (E; PRIV: "You can use --fqdn-subdomain with a custom private DNS zone only to provide subdomain
     * capabilities to privatelink.{@literal <region>}.azmk8s.io"; API: one of dnsPrefix and fqdnSubdomain).
     */
    public static final class FqdnSubdomain implements Rule {
        @Override
        public RuleId id() {
            return RuleId.FQDN_SUBDOMAIN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            String region = spec.deployment().region();
            String expected = "privatelink." + region + ".azmk8s.io";
            for (ClusterAt c : spec.clusters()) {
                Cluster cluster = c.cluster();
                if (cluster.fqdnSubdomain() == null) {
                    continue;
                }
                String at = c.path() + ".fqdnSubdomain";
                String zone = c.privateDnsZone().map(z -> z instanceof Choices.PrivateDnsZone.SpecZone s ? s.zone().name()
                        : z instanceof Choices.PrivateDnsZone.ZoneId id ? id.parts().map(Choices.PrivateDnsZone.Parts::zoneName).orElse(null)
                        : null).orElse(null);
                if (cluster.dnsPrefix() != null) {
                    report.at(at, "cluster '" + cluster.name() + "' has both dnsPrefix and fqdnSubdomain; AKS takes one",
                            "keep fqdnSubdomain (with your own private DNS zone) or dnsPrefix");
                } else if (!cluster.isPrivate() || zone == null || !zone.equalsIgnoreCase(expected)) {
                    report.at(at, "cluster '" + cluster.name() + "' sets fqdnSubdomain, which AKS accepts only on a private cluster whose "
                                    + "private DNS zone is your own " + expected + (zone == null ? "" : ", not " + zone),
                            "use privateDnsZone: <the resource id of your " + expected + ">, or dnsPrefix instead of fqdnSubdomain");
                }
            }
        }
    }
}
