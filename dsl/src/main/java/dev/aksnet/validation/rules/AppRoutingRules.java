package dev.aksnet.validation.rules;

import dev.aksnet.model.AppRouting;
import dev.aksnet.model.AzureResourceId;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The application routing add-on. ROUTE = AKS "Managed NGINX ingress with the application routing add-on" (app-routing.md,
 * limitations: "up to five Azure DNS zones"; "All global Azure DNS zones … have to be in the same resource group"; likewise
 * the private ones); ARM = the zones' resource ids.
 */
public final class AppRoutingRules {
    private AppRoutingRules() {
    }

    /** The most DNS zones the add-on takes (ROUTE). */
    static final int MAX_DNS_ZONES = 5;

    /** APP_ROUTING_DNS_ZONE_INVALID (E; ARM). */
    public static final class DnsZoneInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.APP_ROUTING_DNS_ZONE_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                AppRouting a = c.cluster().appRouting();
                List<String> ids = a == null ? List.of() : a.dnsZoneIds();
                for (int i = 0; i < ids.size(); i++) {
                    if (AppRouting.DnsZone.parse(ids.get(i)).isEmpty()) {
                        report.at(c.path() + ".appRouting.dnsZoneIds[" + i + "]", "'" + ids.get(i) + "' is not the resource id of a "
                                        + "public or private Azure DNS zone",
                                "write " + AzureResourceId.Type.DNS_ZONE.form() + " or " + AzureResourceId.Type.PRIVATE_DNS_ZONE.form());
                    }
                }
            }
        }
    }

    /** APP_ROUTING_DNS_ZONES (E; ROUTE): at most five zones; the public ones in one group, the private ones in one. */
    public static final class DnsZones implements Rule {
        @Override
        public RuleId id() {
            return RuleId.APP_ROUTING_DNS_ZONES;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                AppRouting a = c.cluster().appRouting();
                if (a == null) {
                    continue;
                }
                String at = c.path() + ".appRouting.dnsZoneIds";
                if (a.dnsZoneIds().size() > MAX_DNS_ZONES) {
                    report.at(at, "cluster '" + c.cluster().name() + "' gives the application routing add-on " + a.dnsZoneIds().size()
                            + " DNS zones; it takes at most " + MAX_DNS_ZONES, "keep " + MAX_DNS_ZONES + " zones or fewer");
                    continue;
                }
                Set<String> publicGroups = new LinkedHashSet<>();
                Set<String> privateGroups = new LinkedHashSet<>();
                for (String id : a.dnsZoneIds()) {
                    AppRouting.DnsZone.parse(id).ifPresent(z -> (z.privateZone() ? privateGroups : publicGroups)
                            .add((z.id().subscriptionId() + "/" + z.id().resourceGroup()).toLowerCase(Locale.ROOT)));
                }
                for (Set<String> groups : List.of(publicGroups, privateGroups)) {
                    if (groups.size() > 1) {
                        report.at(at, "cluster '" + c.cluster().name() + "' gives the application routing add-on "
                                        + (groups == publicGroups ? "public" : "private") + " DNS zones in " + groups.size()
                                        + " resource groups (" + String.join(", ", groups) + "); they must share one",
                                "move the zones into one resource group, or leave some out");
                    }
                }
            }
        }
    }
}
