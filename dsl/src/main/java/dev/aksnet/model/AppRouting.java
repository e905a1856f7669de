package dev.aksnet.model;

import java.util.List;

/**
 * The application routing add-on (AKS "Managed NGINX ingress with the application routing add-on"): managed NGINX
 * ingress controllers, with the Azure DNS zones whose records it manages.
 *
 * @param dnsZoneIds        public ({@code Microsoft.Network/dnszones}) or private ({@code Microsoft.Network/privateDnsZones})
 *                          zones by resource id, at most five; aksnet grants the add-on's identity DNS Zone Contributor or
 *                          Private DNS Zone Contributor on each once the cluster exists
 * @param defaultController the default NGINX controller AKS creates, or null for AKS's default (external)
 */
public record AppRouting(List<String> dnsZoneIds, DefaultController defaultController) {
    public AppRouting {
        dnsZoneIds = dnsZoneIds == null ? List.of() : List.copyOf(dnsZoneIds);
    }

    /** A DNS zone the add-on manages: its id's parts, and whether it is a private zone. */
    public record DnsZone(AzureResourceId id, boolean privateZone) {
        /** The zone a resource id names, public or private; empty when it names neither. */
        public static java.util.Optional<DnsZone> parse(String id) {
            return AzureResourceId.parse(id, AzureResourceId.Type.DNS_ZONE).map(z -> new DnsZone(z, false))
                    .or(() -> AzureResourceId.parse(id, AzureResourceId.Type.PRIVATE_DNS_ZONE).map(z -> new DnsZone(z, true)));
        }
    }

    /** The default NGINX ingress controller: its load balancer's kind, or none. */
    public enum DefaultController implements SpecEnum {
        ANNOTATION_CONTROLLED("annotationControlled", "AnnotationControlled"),
        EXTERNAL("external", "External"),
        INTERNAL("internal", "Internal"),
        NONE("none", "None");

        private final String specName;
        private final String apiValue;

        DefaultController(String specName, String apiValue) {
            this.specName = specName;
            this.apiValue = apiValue;
        }

        @Override
        public String specName() {
            return specName;
        }

        /** The API's and azurerm's spelling. */
        public String apiValue() {
            return apiValue;
        }
    }
}
