package dev.aksnet.validation.rules;

import dev.aksnet.model.Cluster;
import dev.aksnet.resolve.Choices;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;

import java.util.Locale;
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
            String region = spec.deployment().location().toLowerCase(Locale.ROOT).replace(" ", "");
            for (ClusterAt c : spec.clusters()) {
                Cluster cluster = c.cluster();
                // PRIV: "For clusters using API Server VNet integration, a private DNS zone supports the naming format of
                // private.<region>.azmk8s.io or <subzone>.private.<region>.azmk8s.io".
                String label = cluster.apiServerIfAny().map(dev.aksnet.model.ApiServer::vnetIntegrationSubnet).isPresent() ? "private" : "privatelink";
                Pattern zoneName = Pattern.compile("([a-z0-9-]+\\.)?" + label + "\\." + Pattern.quote(region) + "\\.azmk8s\\.io",
                        Pattern.CASE_INSENSITIVE);
                Choices.PrivateDnsZone.ZoneId zone = c.privateDnsZone().filter(z -> z instanceof Choices.PrivateDnsZone.ZoneId)
                        .map(z -> (Choices.PrivateDnsZone.ZoneId) z).orElse(null);
                if (zone == null) {
                    continue;
                }
                if (zone.parts().isEmpty()) {
                    report.at(c.privateDnsZonePath(), "privateDnsZone '" + cluster.declaredPrivateDnsZone()
                                    + "' is neither system, none nor the resource id of a private DNS zone",
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
}
