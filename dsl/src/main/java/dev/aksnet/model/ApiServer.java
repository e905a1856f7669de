package dev.aksnet.model;

import inet.ipaddr.IPAddress;

import java.util.List;

/**
 * How a cluster's API server is reached (the cluster's {@code apiServer}). Fields a spec left out are null or empty.
 * {@code private} and {@code privateDnsZone} may be given here or, as before, on the cluster ({@code privateCluster},
 * {@code privateDnsZone}); not in both places (API_SERVER_SETTINGS_TWICE).
 *
 * @param privateCluster      true: the API server has a private endpoint only; null when not said here
 * @param privateDnsZone      a private cluster's DNS zone ({@code system}, {@code none} or a zone's resource id), or null
 * @param vnetIntegrationSubnet with API Server VNet Integration: the delegated subnet the API server is projected into
 * @param authorizedIpRanges  the public ranges allowed to reach a public API server; empty for all
 * @param publicFqdn          with a private cluster: whether a public DNS name (resolving to the private address) is kept
 */
public record ApiServer(Boolean privateCluster, String privateDnsZone, SubnetRef vnetIntegrationSubnet, List<IPAddress> authorizedIpRanges,
                        Boolean publicFqdn) {
    public ApiServer {
        authorizedIpRanges = authorizedIpRanges == null ? List.of() : List.copyOf(authorizedIpRanges);
    }

    /** Starts the Java DSL for a cluster's API server settings. */
    public static dev.aksnet.dsl.ApiServerBuilder settings() {
        return new dev.aksnet.dsl.ApiServerBuilder();
    }
}
