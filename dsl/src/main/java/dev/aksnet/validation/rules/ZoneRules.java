package dev.aksnet.validation.rules;

import dev.aksnet.resolve.ResolvedSpec.NatAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Availability zones of pools and NAT gateways, and node public IPs. AZ = "Availability zones in AKS" and Azure's
 * regions list (which regions have zones); NAT = Azure NAT Gateway and availability zones (a Standard NAT gateway is
 * zonal, in one zone, or regional); NP = "Create node pools" (node public IPs).
 */
public final class ZoneRules {
    private ZoneRules() {
    }

    /** The zones Azure numbers in a region that has them. */
    public static final int ZONE_MIN = 1;
    public static final int ZONE_MAX = 3;

    /** Every zones list of the spec with its path: pools', then NAT gateways'. */
    private record Zoned(String path, String owner, List<Integer> zones) {
    }

    private static List<Zoned> zoned(ValidationContext spec) {
        List<Zoned> all = new java.util.ArrayList<>();
        for (PoolAt p : spec.pools()) {
            all.add(new Zoned(p.path() + ".zones", "node pool '" + p.pool().name() + "'", p.pool().zones()));
        }
        for (NatAt n : spec.natGateways()) {
            all.add(new Zoned(n.path() + ".zones", "NAT gateway '" + n.nat().name() + "'", n.nat().zones()));
        }
        return all;
    }

    /** ZONES_INVALID (AZ; API: zones are "1", "2", "3"). */
    public static final class ZonesInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ZONES_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (Zoned z : zoned(spec)) {
                Set<Integer> seen = new HashSet<>();
                for (int i = 0; i < z.zones().size(); i++) {
                    int zone = z.zones().get(i);
                    if (zone < ZONE_MIN || zone > ZONE_MAX) {
                        report.at(z.path() + "[" + i + "]", z.owner() + " names zone " + zone + "; Azure's zones are 1, 2 and 3",
                                "use zones from 1 to 3");
                    } else if (!seen.add(zone)) {
                        report.at(z.path() + "[" + i + "]", z.owner() + " names zone " + zone + " twice", "list each zone once");
                    }
                }
            }
        }
    }

    /** ZONES_NOT_IN_REGION (AZ: regions without availability zones refuse zonal resources). */
    public static final class ZonesNotInRegion implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ZONES_NOT_IN_REGION;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            String location = spec.deployment().region();
            if (!AzureRegions.WITHOUT_ZONES.contains(location)) {
                return;
            }
            for (Zoned z : zoned(spec)) {
                if (!z.zones().isEmpty()) {
                    report.at(z.path(), z.owner() + " names availability zones, but " + spec.deployment().location()
                            + " has none", "remove zones, or deploy to a region with availability zones");
                }
            }
        }
    }

    /** NAT_GATEWAY_ONE_ZONE (NAT: a Standard NAT gateway is deployed to one zone or none; it does not span zones). */
    public static final class NatGatewayOneZone implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NAT_GATEWAY_ONE_ZONE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (NatAt n : spec.natGateways()) {
                if (n.nat().zones().size() > 1) {
                    report.at(n.path() + ".zones", "NAT gateway '" + n.nat().name() + "' names " + n.nat().zones().size()
                                    + " zones; a Standard NAT gateway lives in one zone or none",
                            "give it one zone (a zonal gateway per zone, each on its own subnet), or none for a regional gateway");
                }
            }
        }
    }

    /**
     * NAT_GATEWAY_ZONE_MISMATCH (NAT, AZ): a zonal NAT gateway is a single point of failure for nodes in other zones,
     * whose egress crosses into its zone and stops with it.
     */
    public static final class NatGatewayZoneMismatch implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NAT_GATEWAY_ZONE_MISMATCH;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.subnet().isEmpty() || p.pool().zones().isEmpty()) {
                    continue;
                }
                spec.resolved().natGatewayOf(p.subnet().get()).filter(n -> n.nat().zones().size() == 1).ifPresent(n -> {
                    int natZone = n.nat().zones().get(0);
                    List<Integer> others = p.pool().zones().stream().filter(z -> z != natZone).toList();
                    if (!others.isEmpty()) {
                        report.at(p.path() + ".zones", "node pool '" + p.pool().name() + "' has nodes in zone(s) " + others
                                        + ", but its subnet's NAT gateway '" + n.nat().name() + "' lives in zone " + natZone
                                        + ": if that zone fails, every node loses egress",
                                "keep the pool in zone " + natZone + ", or give the NAT gateway no zone (regional)");
                    }
                });
            }
        }
    }

    /** NODE_PUBLIC_IP_PREFIX_WITHOUT_IP (NP; TF: node_public_ip_prefix_id requires node_public_ip_enabled). */
    public static final class NodePublicIpPrefixWithoutIp implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NODE_PUBLIC_IP_PREFIX_WITHOUT_IP;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.pool().nodePublicIpPrefixId() != null && !p.pool().nodePublicIp()) {
                    report.at(p.path() + ".nodePublicIpPrefixId", "node pool '" + p.pool().name() + "' names a public IP prefix for its "
                            + "nodes, but its nodes get no public IP", "add nodePublicIp: true, or remove nodePublicIpPrefixId");
                }
            }
        }
    }
}
