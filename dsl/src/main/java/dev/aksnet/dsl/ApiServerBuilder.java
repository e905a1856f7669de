package dev.aksnet.dsl;

import dev.aksnet.model.ApiServer;
import dev.aksnet.model.CidrSyntax;
import dev.aksnet.model.SubnetRef;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a cluster's {@link ApiServer} settings ({@code ApiServer.settings().privateEndpoint().vnetIntegration("apiserver")}),
 * given to {@code ClusterBuilder.apiServer(…)}.
 */
public final class ApiServerBuilder {
    private Boolean privateCluster;
    private String privateDnsZone;
    private SubnetRef vnetIntegrationSubnet;
    private final List<IPAddress> authorizedIpRanges = new ArrayList<>();
    private Boolean publicFqdn;

    /** A private endpoint only: a private cluster. */
    public ApiServerBuilder privateEndpoint() {
        this.privateCluster = true;
        return this;
    }

    /** A private cluster's DNS zone: {@code "system"}, {@code "none"}, or a private DNS zone's resource id. */
    public ApiServerBuilder privateDnsZone(String zone) {
        this.privateDnsZone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    /** API Server VNet Integration into this delegated subnet: {@code "vnet/subnet"}, or {@code "subnet"} when unambiguous. */
    public ApiServerBuilder vnetIntegration(String subnet) {
        this.vnetIntegrationSubnet = SubnetRef.parse(subnet);
        return this;
    }

    /** Public ranges allowed to reach a public API server, e.g. {@code authorizedIpRanges("203.0.113.0/24")}. */
    public ApiServerBuilder authorizedIpRanges(String... cidrs) {
        for (String cidr : cidrs) {
            authorizedIpRanges.add(CidrSyntax.parseIpv4Block(cidr));
        }
        return this;
    }

    /** A private cluster keeps a public DNS name that resolves to its private address (AKS's default, written out). */
    public ApiServerBuilder publicFqdn() {
        this.publicFqdn = true;
        return this;
    }

    /** A private cluster without a public DNS name: its name resolves only through its private DNS zone. */
    public ApiServerBuilder noPublicFqdn() {
        this.publicFqdn = false;
        return this;
    }

    public ApiServer build() {
        return new ApiServer(privateCluster, privateDnsZone, vnetIntegrationSubnet, authorizedIpRanges, publicFqdn);
    }
}
