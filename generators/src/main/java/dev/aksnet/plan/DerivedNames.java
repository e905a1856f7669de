package dev.aksnet.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Azure names aksnet derives for what it adds (route tables, NAT gateways, identities, deployments): readable when they
 * fit the resource's length limit, else cut and made unique with a short hash of the full name. Deterministic.
 */
public final class DerivedNames {
    private DerivedNames() {
    }

    public static String of(String prefix, String stem, int maxLength) {
        String full = prefix + stem;
        if (full.length() <= maxLength) {
            return full;
        }
        String hash = shortHash(full);
        return full.substring(0, maxLength - hash.length() - 1) + "-" + hash;
    }

    /** Eight hex digits of SHA-256. */
    public static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Route tables, NAT gateways and public IPs allow 80 characters. */
    public static final int NETWORK_RESOURCE_MAX = 80;

    public static String routeTable(InfrastructurePlan.PlannedSubnet s) {
        return of("rt-", s.stem(), NETWORK_RESOURCE_MAX);
    }

    public static String natGateway(InfrastructurePlan.PlannedSubnet s) {
        return of("ng-", s.stem(), NETWORK_RESOURCE_MAX);
    }

    public static String natPublicIp(InfrastructurePlan.PlannedSubnet s) {
        return of("pip-ng-", s.stem(), NETWORK_RESOURCE_MAX);
    }

    /** The public IPs aksnet creates for a NAT gateway of the spec: {@code pip-<nat>}, numbered when there are several. */
    public static String natGatewayPublicIp(String natGatewayName, int number, int count) {
        return of("pip-", natGatewayName + (count > 1 ? "-" + number : ""), NETWORK_RESOURCE_MAX);
    }

    /** The public IP prefix aksnet creates for a NAT gateway of the spec. */
    public static String natGatewayPublicIpPrefix(String natGatewayName) {
        return of("ippre-", natGatewayName, NETWORK_RESOURCE_MAX);
    }

    /** One direction of a peering, a child of {@code local}: {@code peer-<local>-to-<remote>}. */
    public static String peering(String local, String remote) {
        return of("peer-", local + "-to-" + remote, NETWORK_RESOURCE_MAX);
    }

    public static String identity(String clusterName) {
        return "id-" + clusterName;
    }

    /** Application Gateway for Containers names: 1-64 characters, starting and ending with a letter or digit. */
    public static final int TRAFFIC_CONTROLLER_MAX = 64;

    public static String trafficController(String clusterName) {
        return of("alb-", clusterName, TRAFFIC_CONTROLLER_MAX);
    }

    /** The traffic controller's frontend and association: children of their own traffic controller, so fixed names suffice. */
    public static final String TRAFFIC_CONTROLLER_FRONTEND = "frontend";
    public static final String TRAFFIC_CONTROLLER_ASSOCIATION = "association";

    /**
     * The temporary pool through which azurerm rotates a cluster's default pool ({@code temporary_name_for_rotation}):
     * a valid pool name (lowercase letters and digits, at most 12, starting with a letter) that no pool of the cluster
     * has. The pool's name cut to 9 characters plus "tmp", or plus "tmp" and a digit when that is taken.
     */
    public static String rotationPool(String poolName, java.util.List<String> clusterPools) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        clusterPools.forEach(p -> taken.add(p.toLowerCase(java.util.Locale.ROOT)));
        String stem = poolName.toLowerCase(java.util.Locale.ROOT).substring(0, Math.min(9, poolName.length()));
        String name = stem + "tmp";
        for (int n = 1; taken.contains(name); n++) {
            String suffix = "tmp" + n;
            name = stem.substring(0, Math.min(stem.length(), 12 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The name of the default route aksnet adds for userDefinedRouting. */
    public static final String DEFAULT_ROUTE = "default-egress";
    public static final String DEFAULT_ROUTE_PREFIX = "0.0.0.0/0";
}
