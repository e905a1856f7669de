package dev.aksnet.validation.rules;

import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.PodIpAllocation;
import dev.aksnet.resolve.Choices;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.resolve.ResolvedSpec.VnetAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The catalogue's second version on what a subnet may be used for and by whom. OVL = Azure CNI Overlay (Limitations:
 * DCsv2 VMs; subnet, VNet and resource group names at most 63 characters); POD = Azure CNI Pod Subnet ("Only a single
 * mode of operation can be used per subnet"; "VMs cannot be deployed in the pod subnet"); PLAN = "IP address planning"
 * (65,536 configured addresses per VNet); VNET = special-purpose subnets.
 */
public final class SubnetUseRules {
    private SubnetUseRules() {
    }

    static final Pattern DCSV2 = Pattern.compile("Standard_DC[0-9]+s?_v2", Pattern.CASE_INSENSITIVE);
    /** Longest name AKS puts in a node label (OVL). */
    static final int LABEL_MAX = 63;
    /** The smallest node subnet that held an overlay node in practice (Azure/AKS-Construction#403; *unconfirmed*). */
    static final int OVERLAY_SMALLEST_PREFIX = 28;
    /** Configured addresses per VNet (PLAN). */
    static final long VNET_ADDRESS_LIMIT = 65_536;
    /** Subnets Azure reserves for its own services, by lower-case name. */
    static final Set<String> SPECIAL_SUBNETS = Set.of("gatewaysubnet", "azurefirewallsubnet", "azurefirewallmanagementsubnet",
            "azurebastionsubnet", "routeserversubnet");

    private static boolean overlayModel(ClusterAt c) {
        NetworkPlugin plugin = c.cluster().network().plugin();
        return plugin == NetworkPlugin.AZURE_CNI_OVERLAY || plugin == NetworkPlugin.KUBENET;
    }

    /** OVERLAY_DCSV2 (OVL): DCsv2-series VMs can't be used with Azure CNI Overlay. */
    public static final class OverlayDcsv2 implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OVERLAY_DCSV2;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.cluster().cluster().network().plugin() == NetworkPlugin.AZURE_CNI_OVERLAY && DCSV2.matcher(p.pool().vmSize()).matches()) {
                    report.at(p.path() + ".vmSize", "pool '" + p.pool().name() + "' uses " + p.pool().vmSize() + ": DCsv2-series VMs can't be "
                            + "used with Azure CNI Overlay", "use a DCasv5 or DCadsv5 size");
                }
            }
        }
    }

    /** BYO_NAME_LABEL_TOO_LONG (OVL): the subnet's, the VNet's and its resource group's names become node labels. */
    public static final class ByoNameLabelTooLong implements Rule {
        @Override
        public RuleId id() {
            return RuleId.BYO_NAME_LABEL_TOO_LONG;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            Set<SubnetAt> reported = new LinkedHashSet<>();
            for (PoolAt p : spec.pools()) {
                if (p.cluster().cluster().network().plugin() != NetworkPlugin.AZURE_CNI_OVERLAY || p.subnet().isEmpty()
                        || !reported.add(p.subnet().get())) {
                    continue;
                }
                SubnetAt s = p.subnet().get();
                Map<String, String> names = new LinkedHashMap<>();
                names.put("subnet", s.subnet().name());
                names.put("network", s.vnet().vnet().name());
                names.put("resource group", s.vnet().resourceGroup());
                names.entrySet().stream().filter(e -> e.getValue().length() > LABEL_MAX).findFirst().ifPresent(e ->
                        report.at(p.path() + ".subnet", "with Azure CNI Overlay the names of the subnet, its network and their resource group "
                                        + "become node labels of at most " + LABEL_MAX + " characters; the " + e.getKey() + " name '" + e.getValue()
                                        + "' has " + e.getValue().length(), "shorten the " + e.getKey() + " name to " + LABEL_MAX + " characters"));
            }
        }
    }

    /** OVERLAY_SMALL_SUBNET (W; Azure/AKS-Construction#403, threshold *unconfirmed*): a /29 did not hold one overlay node. */
    public static final class OverlaySmallSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OVERLAY_SMALL_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            Set<SubnetAt> reported = new LinkedHashSet<>();
            for (PoolAt p : spec.pools()) {
                Optional<SubnetAt> s = p.subnet();
                Integer prefix = s.map(x -> x.subnet().cidr().getNetworkPrefixLength()).orElse(null);
                // Below /29 is SUBNET_TOO_SMALL's error.
                if (overlayModel(p.cluster()) && prefix != null && prefix > OVERLAY_SMALLEST_PREFIX && prefix <= 29 && reported.add(s.get())) {
                    report.at(p.path() + ".subnet", "node subnet '" + s.get().qualifiedName() + "' is /" + prefix + ", too small for an AKS node "
                            + "pool in practice (AKS refused a /29 for one overlay node)", "use /" + OVERLAY_SMALLEST_PREFIX + " or larger");
                }
            }
        }
    }

    /** SUBNET_NAME_RESERVED (W; VNET special subnets, *unconfirmed* for AKS): nodes and pods need a subnet of their own. */
    public static final class SubnetNameReserved implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SUBNET_NAME_RESERVED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                p.subnet().filter(s -> SPECIAL_SUBNETS.contains(s.subnet().name().toLowerCase(Locale.ROOT))).ifPresent(s -> report.at(
                        p.path() + ".subnet", "subnet '" + s.qualifiedName() + "' is reserved for another Azure service; AKS nodes need a subnet "
                                + "of their own", "give the pool a subnet of its own"));
                p.podSubnet().filter(s -> SPECIAL_SUBNETS.contains(s.subnet().name().toLowerCase(Locale.ROOT))).ifPresent(s -> report.at(
                        p.path() + ".podSubnet", "subnet '" + s.qualifiedName() + "' is reserved for another Azure service; pods need a subnet "
                                + "of their own", "give the pool a pod subnet of its own"));
            }
        }
    }

    private static Optional<PodIpAllocation> mode(ClusterAt c) {
        return c.plugin() instanceof Choices.Plugin.PodSubnet ps ? Optional.of(ps.allocation()) : Optional.empty();
    }

    /** POD_SUBNET_MODE_CONFLICT (POD): one mode of pod IP allocation per pod subnet. */
    public static final class PodSubnetModeConflict implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_SUBNET_MODE_CONFLICT;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            Map<String, PoolAt> first = new HashMap<>();
            Set<String> reported = new LinkedHashSet<>();
            for (PoolAt p : spec.pools()) {
                if (p.podSubnet().isEmpty() || mode(p.cluster()).isEmpty()) {
                    continue;
                }
                SubnetAt s = p.podSubnet().get();
                PoolAt earlier = first.putIfAbsent(s.key(), p);
                if (earlier != null && mode(earlier.cluster()).get() != mode(p.cluster()).get() && reported.add(s.key())) {
                    report.at(p.path() + ".podSubnet", "pod subnet '" + s.qualifiedName() + "' serves " + earlier.cluster().cluster().name() + "/"
                                    + earlier.pool().name() + " with " + mode(earlier.cluster()).get().specName() + " allocation and "
                                    + p.cluster().cluster().name() + "/" + p.pool().name() + " with " + mode(p.cluster()).get().specName()
                                    + "; a pod subnet serves one mode only", "give each allocation mode a pod subnet of its own");
                }
            }
        }
    }

    /** POD_SUBNET_SHARED_WITH_NODES (POD): a pod subnet holds no VMs, not even another pool's nodes. */
    public static final class PodSubnetSharedWithNodes implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POD_SUBNET_SHARED_WITH_NODES;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            Map<String, PoolAt> podsOf = new LinkedHashMap<>();
            spec.pools().forEach(p -> p.podSubnet().ifPresent(s -> podsOf.putIfAbsent(s.key(), p)));
            Set<String> reported = new LinkedHashSet<>();
            for (PoolAt p : spec.pools()) {
                if (p.subnet().isEmpty()) {
                    continue;
                }
                SubnetAt s = p.subnet().get();
                PoolAt pods = podsOf.get(s.key());
                // The same pool's pod subnet as its node subnet is POD_SUBNET_IS_NODE_SUBNET's.
                if (pods != null && pods != p && reported.add(s.key())) {
                    report.at(p.path() + ".subnet", "'" + s.qualifiedName() + "' is a pod subnet of " + pods.cluster().cluster().name() + "/"
                                    + pods.pool().name() + " and a node subnet of " + p.cluster().cluster().name() + "/" + p.pool().name()
                                    + ": VMs can't be deployed in a pod subnet", "give the nodes a subnet of their own");
                }
            }
        }
    }

    /** SHARED_SUBNET_MIXED_PLUGINS (W, *unconfirmed*): AKS documents subnet sharing between clusters of one kind only. */
    public static final class SharedSubnetMixedPlugins implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SHARED_SUBNET_MIXED_PLUGINS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            Map<String, PoolAt> first = new HashMap<>();
            Set<String> reported = new LinkedHashSet<>();
            for (PoolAt p : spec.pools()) {
                if (p.subnet().isEmpty()) {
                    continue;
                }
                SubnetAt s = p.subnet().get();
                PoolAt earlier = first.putIfAbsent(s.key(), p);
                NetworkPlugin a = earlier == null ? null : earlier.cluster().cluster().network().plugin();
                NetworkPlugin b = p.cluster().cluster().network().plugin();
                if (earlier != null && a != b && reported.add(s.key())) {
                    report.at(p.path() + ".subnet", "subnet '" + s.qualifiedName() + "' is shared by '" + earlier.cluster().cluster().name() + "' ("
                                    + a.specName() + ") and '" + p.cluster().cluster().name() + "' (" + b.specName() + "); AKS documents subnet "
                                    + "sharing only between clusters of one kind", "give each plugin's clusters subnets of their own");
                }
            }
        }
    }

    /**
     * DYNAMIC_POD_IP_LIMIT (W; PLAN "65,536 configured IP address limit", POD "limited to 65k pods"): pod addresses taken
     * from a network's subnets (dynamic allocation, or Azure CNI Node Subnet), over every cluster at max scale.
     */
    public static final class DynamicPodIpLimit implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DYNAMIC_POD_IP_LIMIT;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            Map<VnetAt, Long> pods = new LinkedHashMap<>();
            Map<VnetAt, PoolAt> lastPool = new HashMap<>();
            for (PoolAt p : spec.pools()) {
                NetworkPlugin plugin = p.cluster().cluster().network().plugin();
                boolean dynamic = mode(p.cluster()).filter(m -> m == PodIpAllocation.DYNAMIC).isPresent();
                Optional<SubnetAt> where = dynamic ? p.podSubnet() : plugin == NetworkPlugin.AZURE_CNI_NODE_SUBNET ? p.subnet() : Optional.empty();
                where.ifPresent(s -> {
                    pods.merge(s.vnet(), (long) p.pool().count().max() * p.pool().effectiveMaxPods(plugin), Long::sum);
                    lastPool.put(s.vnet(), p);
                });
            }
            pods.forEach((v, n) -> {
                if (n > VNET_ADDRESS_LIMIT) {
                    report.at(lastPool.get(v).path(), "'" + v.vnet().name() + "' would hold " + n + " pod addresses at max scale; a network is "
                            + "limited to " + VNET_ADDRESS_LIMIT + " configured addresses", "use static-block allocation, or azure-cni-overlay");
                }
            });
        }
    }
}
