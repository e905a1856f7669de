package dev.aksnet.validation.rules;

import dev.aksnet.capacity.IpPlanning;
import dev.aksnet.model.ApiServer;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.List;
import java.util.Optional;

/**
 * The API server's access: VNet integration (VNI: AKS "API Server VNet Integration", api-server-vnet-integration.md),
 * authorized IP ranges (AIR: "Secure access to the API server using authorized IP address ranges",
 * api-server-authorized-ip-ranges.md) and the private cluster's public FQDN (PRIV).
 */
public final class ApiServerRules {
    private ApiServerRules() {
    }

    /** VNI: "The minimum supported API server subnet size is /28"; "An AKS cluster reserves at least nine IPs". */
    public static final int API_SERVER_SUBNET_MAX_PREFIX = 28;
    public static final int API_SERVER_ADDRESSES_PER_CLUSTER = 9;
    /** AIR: "up to 200 authorized IP ranges … API Server VNet Integration, which supports up to 2,000". */
    public static final int AUTHORIZED_RANGES_MAX = 200;
    public static final int AUTHORIZED_RANGES_MAX_VNET_INTEGRATION = 2_000;
    /** AIR: the placeholder that allows only the cluster's own outbound IP. */
    public static final IPAddress OWN_OUTBOUND_ONLY = new IPAddressString("0.0.0.0/32").getAddress();

    private static String vnetIntegrationPath(ClusterAt c) {
        return c.apiServerPath() + ".vnetIntegration.subnet";
    }

    private static Optional<ApiServer> apiServer(ClusterAt c) {
        return c.cluster().apiServerIfAny();
    }

    /** The clusters whose API server is integrated into a subnet, with it. */
    private static List<ClusterAt> integrated(ValidationContext spec, SubnetAt s) {
        return spec.clusters().stream().filter(c -> spec.apiServerSubnet(c).filter(x -> x == s).isPresent()).toList();
    }

    /** API_SERVER_SETTINGS_TWICE (contract): private and privateDnsZone belong in one place. */
    public static final class SettingsTwice implements Rule {
        @Override
        public RuleId id() {
            return RuleId.API_SERVER_SETTINGS_TWICE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                apiServer(c).ifPresent(a -> {
                    if (a.privateCluster() != null && c.cluster().privateCluster()) {
                        report.at(c.apiServerPath() + ".private", "cluster '" + c.cluster().name() + "' says it is private twice: "
                                + "privateCluster and apiServer.private", "keep apiServer.private and remove privateCluster");
                    }
                    if (a.privateDnsZone() != null && c.cluster().privateDnsZone() != null) {
                        report.at(c.apiServerPath() + ".privateDnsZone", "cluster '" + c.cluster().name() + "' names its private DNS zone "
                                + "twice: privateDnsZone and apiServer.privateDnsZone", "keep apiServer.privateDnsZone and remove privateDnsZone");
                    }
                });
            }
        }
    }

    /** API_SERVER_SUBNET_DELEGATION (VNI): "delegate an API server subnet to Microsoft.ContainerService/managedClusters". */
    public static final class SubnetDelegation implements Rule {
        @Override
        public RuleId id() {
            return RuleId.API_SERVER_SUBNET_DELEGATION;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                spec.apiServerSubnet(c).filter(s -> s.subnet().delegation() == null || !s.subnet().delegation().toAks())
                        .ifPresent(s -> report.at(vnetIntegrationPath(c), "the API server of '" + c.cluster().name() + "' is integrated into subnet '"
                                        + s.qualifiedName() + "', which is " + (s.subnet().delegation() == null ? "not delegated"
                                        : "delegated to " + s.subnet().delegation().serviceName()) + "; AKS needs it delegated to "
                                        + "Microsoft.ContainerService/managedClusters",
                                "add delegation: apiServer to subnet '" + s.subnet().name() + "'"));
            }
        }
    }

    /** API_SERVER_SUBNET_TOO_SMALL (VNI): /28 at least, and nine addresses for every cluster integrated into it. */
    public static final class SubnetTooSmall implements Rule {
        @Override
        public RuleId id() {
            return RuleId.API_SERVER_SUBNET_TOO_SMALL;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                spec.apiServerSubnet(c).ifPresent(s -> {
                    List<ClusterAt> users = integrated(spec, s);
                    if (users.get(0) != c) {
                        return; // said once, at the first cluster's reference
                    }
                    long usable = IpPlanning.usable(s.subnet().cidr());
                    long needed = (long) API_SERVER_ADDRESSES_PER_CLUSTER * users.size();
                    if (s.subnet().cidr().getNetworkPrefixLength() > API_SERVER_SUBNET_MAX_PREFIX || usable < needed) {
                        report.at(vnetIntegrationPath(c), "API server subnet '" + s.qualifiedName() + "' (" + s.subnet().cidr().toCanonicalString()
                                        + ", " + usable + " usable addresses) is too small for " + users.size() + " cluster(s): AKS needs /"
                                        + API_SERVER_SUBNET_MAX_PREFIX + " or larger and reserves at least " + API_SERVER_ADDRESSES_PER_CLUSTER
                                        + " addresses per cluster",
                                "make the subnet /" + Math.min(API_SERVER_SUBNET_MAX_PREFIX, 32 - (int) Math.ceil(Math.log(needed + 5) / Math.log(2)))
                                        + " or larger");
                    }
                });
            }
        }
    }

    /** API_SERVER_SUBNET_SHARED (VNI): "You can't use the subnet for any other workloads" (other clusters' API servers may share it). */
    public static final class SubnetShared implements Rule {
        @Override
        public RuleId id() {
            return RuleId.API_SERVER_SUBNET_SHARED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                spec.apiServerSubnet(c).ifPresent(s -> {
                    Optional<String> other = spec.pools().stream()
                            .filter(p -> p.subnet().filter(x -> x == s).isPresent() || p.podSubnet().filter(x -> x == s).isPresent())
                            .map(p -> "the nodes or pods of pool '" + p.pool().name() + "' of cluster '" + p.cluster().cluster().name() + "'")
                            .findFirst()
                            .or(() -> spec.clusters().stream().filter(x -> spec.ingressSubnet(x).filter(i -> i == s).isPresent())
                                    .map(x -> "the ingress of cluster '" + x.cluster().name() + "'").findFirst());
                    other.ifPresent(o -> report.at(vnetIntegrationPath(c), "API server subnet '" + s.qualifiedName() + "' of '" + c.cluster().name()
                            + "' also holds " + o + "; AKS allows nothing but API servers in it", "give the API server a subnet of its own"));
                });
            }
        }
    }

    /**
     * API_SERVER_SUBNET_OTHER_NETWORK (VNI): the API server is projected "into a delegated subnet in the VNet where AKS is
     * deployed": the network of the cluster's nodes (a cluster on an AKS-managed network has none of the spec's).
     */
    public static final class SubnetOtherNetwork implements Rule {
        @Override
        public RuleId id() {
            return RuleId.API_SERVER_SUBNET_OTHER_NETWORK;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                spec.apiServerSubnet(c).ifPresent(s -> {
                    var networks = spec.vnetsOf(c);
                    if (!networks.contains(s.vnet())) {
                        report.at(vnetIntegrationPath(c), "the API server subnet '" + s.qualifiedName() + "' of '" + c.cluster().name() + "' is "
                                        + (networks.isEmpty() ? "in the spec's networks, but the cluster's nodes are on an AKS-managed network"
                                        : "not in network '" + networks.get(0).vnet().name() + "' of the cluster's nodes"),
                                networks.isEmpty() ? "put the pools on subnets of that network, or remove vnetIntegration"
                                        : "use a delegated subnet of '" + networks.get(0).vnet().name() + "'");
                    }
                });
            }
        }
    }

    /** API_SERVER_SUBNET_UNUSED (VNI, aksnet): a subnet delegated for an API server that no cluster integrates into. */
    public static final class SubnetUnused implements Rule {
        @Override
        public RuleId id() {
            return RuleId.API_SERVER_SUBNET_UNUSED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                if (s.subnet().delegation() == dev.aksnet.model.Delegation.API_SERVER && integrated(spec, s).isEmpty()) {
                    report.at(s.path() + ".delegation", "subnet '" + s.qualifiedName() + "' is delegated for an API server, but no cluster's "
                                    + "API server is integrated into it",
                            "add apiServer: {vnetIntegration: {subnet: " + s.subnet().name() + "}} to the cluster, or remove the subnet");
                }
            }
        }
    }

    /** AUTHORIZED_RANGES_PRIVATE (AIR): "You can't use this feature with private clusters". */
    public static final class AuthorizedRangesPrivate implements Rule {
        @Override
        public RuleId id() {
            return RuleId.AUTHORIZED_RANGES_PRIVATE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (c.cluster().isPrivate() && apiServer(c).filter(a -> !a.authorizedIpRanges().isEmpty()).isPresent()) {
                    // A public FQDN does not make the API server public: the name resolves to its private address.
                    String fqdn = Boolean.TRUE.equals(apiServer(c).map(ApiServer::publicFqdn).orElse(null))
                            ? " (its public FQDN resolves to the private address)" : "";
                    report.at(c.apiServerPath() + ".authorizedIpRanges", "cluster '" + c.cluster().name() + "' is private" + fqdn
                                    + ": its API server has no public endpoint for authorized IP ranges to guard",
                            "remove authorizedIpRanges, or make the cluster public");
                }
            }
        }
    }

    /** AUTHORIZED_RANGES_LIMIT (AIR): at most 200 ranges, 2,000 with API Server VNet Integration. */
    public static final class AuthorizedRangesLimit implements Rule {
        @Override
        public RuleId id() {
            return RuleId.AUTHORIZED_RANGES_LIMIT;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                apiServer(c).ifPresent(a -> {
                    boolean integrated = a.vnetIntegrationSubnet() != null;
                    int max = integrated ? AUTHORIZED_RANGES_MAX_VNET_INTEGRATION : AUTHORIZED_RANGES_MAX;
                    if (a.authorizedIpRanges().size() > max) {
                        report.at(c.apiServerPath() + ".authorizedIpRanges", "cluster '" + c.cluster().name() + "' lists "
                                        + a.authorizedIpRanges().size() + " authorized IP ranges; AKS takes at most " + max,
                                integrated ? "merge ranges into larger prefixes" : "merge ranges, or use API Server VNet Integration (up to 2,000)");
                    }
                });
            }
        }
    }

    /** AUTHORIZED_RANGE_NOT_PUBLIC (AIR): the ranges filter public traffic; 0.0.0.0/32 is the one documented placeholder. */
    public static final class AuthorizedRangeNotPublic implements Rule {
        @Override
        public RuleId id() {
            return RuleId.AUTHORIZED_RANGE_NOT_PUBLIC;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                List<IPAddress> ranges = apiServer(c).map(ApiServer::authorizedIpRanges).orElse(List.of());
                for (int i = 0; i < ranges.size(); i++) {
                    IPAddress r = ranges.get(i);
                    if (!r.equals(OWN_OUTBOUND_ONLY) && Cidrs.notPublic(r)) {
                        report.at(c.apiServerPath() + ".authorizedIpRanges[" + i + "]", "authorized IP range " + r.toCanonicalString() + " of '"
                                        + c.cluster().name() + "' is, or includes, addresses that are not public; the API server's public endpoint never sees them",
                                "list the public addresses your clients reach the API server from (0.0.0.0/32 allows only the cluster's own "
                                        + "outbound IP)");
                    }
                }
            }
        }
    }

    /** NODE_PUBLIC_IP_NOT_AUTHORIZED (AIR): "each node pool with public IPs must use public IP prefixes. Add those prefixes". */
    public static final class NodePublicIpNotAuthorized implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NODE_PUBLIC_IP_NOT_AUTHORIZED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                boolean ranges = apiServer(p.cluster()).filter(a -> !a.authorizedIpRanges().isEmpty()).isPresent();
                if (ranges && p.pool().nodePublicIp() && p.pool().nodePublicIpPrefixId() == null) {
                    report.at(p.path() + ".nodePublicIp", "node pool '" + p.pool().name() + "' gives its nodes public IPs from no prefix, so "
                                    + "they cannot be among the authorized IP ranges of '" + p.cluster().cluster().name() + "' and its nodes "
                                    + "lose the API server", "take the nodes' IPs from a prefix (nodePublicIpPrefixId) and authorize it");
                }
            }
        }
    }

    /** PUBLIC_FQDN_WITHOUT_PRIVATE_CLUSTER (PRIV; TF: private_cluster_public_fqdn_enabled): a private cluster's option. */
    public static final class PublicFqdnWithoutPrivateCluster implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PUBLIC_FQDN_WITHOUT_PRIVATE_CLUSTER;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!c.cluster().isPrivate() && apiServer(c).map(ApiServer::publicFqdn).orElse(null) != null) {
                    report.at(c.apiServerPath() + ".publicFqdn", "publicFqdn is a private cluster's setting, and '" + c.cluster().name()
                            + "' is public (its FQDN is public anyway)", "remove publicFqdn, or add private: true");
                }
            }
        }
    }
}
