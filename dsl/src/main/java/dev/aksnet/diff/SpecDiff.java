package dev.aksnet.diff;

import dev.aksnet.model.ApiServer;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OsType;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.PodIpAllocation;
import dev.aksnet.model.PoolMode;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.resolve.ResolvedSpec;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.resolve.ResolvedSpec.VnetAt;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.spec.Position;
import inet.ipaddr.IPAddress;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What changes between two sets of specs (BASE, what runs; NEW, the change under review), and what each change does to
 * running clusters, by the knowledge of {@link ChangeFacts}. Clusters, pools, networks, subnets and the spec's network
 * resources are matched by name (case-insensitive, as Azure names are). Specs are read as written; NEW should validate.
 */
public final class SpecDiff {
    private final List<Change> changes = new ArrayList<>();

    private SpecDiff() {
    }

    /** The changes from {@code base} to {@code next}, worst first, then in NEW's order. */
    public static List<Change> between(List<LoadedSpec> base, List<LoadedSpec> next) {
        SpecDiff diff = new SpecDiff();
        diff.clusters(located(base, r -> r.clusters(), c -> c.cluster().name()), located(next, r -> r.clusters(), c -> c.cluster().name()));
        diff.networks(located(base, r -> r.vnets(), v -> v.vnet().name()), located(next, r -> r.vnets(), v -> v.vnet().name()));
        diff.networkResources(base, next);
        List<Change> sorted = new ArrayList<>(diff.changes);
        sorted.sort(Comparator.comparing(Change::impact).reversed());
        return List.copyOf(sorted);
    }

    /** The worst impact of the changes, {@link Impact#NONE} when there are none. */
    public static Impact worst(List<Change> changes) {
        return changes.stream().map(Change::impact).max(Comparator.naturalOrder()).orElse(Impact.NONE);
    }

    /** An element of a spec with the spec it is in. */
    private record In<T>(T item, LoadedSpec spec, ResolvedSpec resolved) {
    }

    private static <T> Map<String, In<T>> located(List<LoadedSpec> specs, Function<ResolvedSpec, List<T>> items, Function<T, String> name) {
        Map<String, In<T>> byName = new LinkedHashMap<>();
        for (LoadedSpec s : specs) {
            ResolvedSpec r = ResolvedSpec.of(s.deployment());
            items.apply(r).forEach(i -> byName.putIfAbsent(name.apply(i).toLowerCase(Locale.ROOT), new In<>(i, s, r)));
        }
        return byName;
    }

    private static Optional<Position> at(In<?> in, String path) {
        return Optional.of(in.spec().sourceMap().valueOf(path));
    }

    private void add(String subject, String path, Object from, Object to, ChangeFact fact, Optional<Position> at) {
        changes.add(new Change(subject, path, Optional.ofNullable(from).map(SpecDiff::text), Optional.ofNullable(to).map(SpecDiff::text), fact, at));
    }

    private static String text(Object value) {
        if (value instanceof IPAddress ip) {
            return ip.toCanonicalString();
        }
        if (value instanceof dev.aksnet.model.SpecEnum e) {
            return e.specName();
        }
        return String.valueOf(value);
    }

    // ---------------------------------------------------------------------------------------------------- clusters

    private void clusters(Map<String, In<ClusterAt>> base, Map<String, In<ClusterAt>> next) {
        base.forEach((key, b) -> {
            if (!next.containsKey(key)) {
                add("cluster '" + b.item().cluster().name() + "'", b.item().path(), b.item().cluster().name(), null, ChangeFacts.CLUSTER_REMOVED,
                        Optional.empty());
            }
        });
        next.forEach((key, n) -> {
            In<ClusterAt> b = base.get(key);
            if (b == null) {
                add("cluster '" + n.item().cluster().name() + "'", n.item().path(), null, n.item().cluster().name(), ChangeFacts.CLUSTER_ADDED,
                        at(n, n.item().path() + ".name"));
            } else {
                cluster(b, n);
            }
        });
    }

    private void cluster(In<ClusterAt> b, In<ClusterAt> n) {
        Cluster bc = b.item().cluster();
        Cluster nc = n.item().cluster();
        String subject = "cluster '" + nc.name() + "'";
        String path = n.item().path();
        String net = n.item().networkPath();
        Network bn = bc.network();
        Network nn = nc.network();
        if (!Objects.equals(bc.effectiveDnsPrefix(), nc.effectiveDnsPrefix()) || !Objects.equals(bc.fqdnSubdomain(), nc.fqdnSubdomain())) {
            boolean subdomain = nc.fqdnSubdomain() != null || bc.fqdnSubdomain() != null;
            add(subject, path + (subdomain ? ".fqdnSubdomain" : ".dnsPrefix"), subdomain ? bc.fqdnSubdomain() : bc.effectiveDnsPrefix(),
                    subdomain ? nc.fqdnSubdomain() : nc.effectiveDnsPrefix(), ChangeFacts.DNS_NAME,
                    at(n, path + (nc.fqdnSubdomain() != null ? ".fqdnSubdomain" : nc.dnsPrefix() != null ? ".dnsPrefix" : ".name")));
        }
        if (!Objects.equals(bc.appRouting(), nc.appRouting())) {
            add(subject, path + ".appRouting", bc.appRouting() != null, nc.appRouting() != null, ChangeFacts.APP_ROUTING,
                    at(n, nc.appRouting() != null ? path + ".appRouting" : path));
        }
        String bControl = bc.identitiesIfAny().map(dev.aksnet.model.ClusterIdentities::controlPlane).orElse(null);
        String nControl = nc.identitiesIfAny().map(dev.aksnet.model.ClusterIdentities::controlPlane).orElse(null);
        if (!Objects.equals(bControl, nControl)) {
            add(subject, path + ".identity.controlPlane", bControl, nControl, ChangeFacts.CONTROL_PLANE_IDENTITY,
                    at(n, nc.identities() != null ? path + ".identity" : path));
        }
        String bKubelet = bc.ownKubeletIdentity().orElse(null);
        String nKubelet = nc.ownKubeletIdentity().orElse(null);
        if (!Objects.equals(bKubelet, nKubelet)) {
            add(subject, path + ".identity.kubelet", bKubelet, nKubelet, ChangeFacts.KUBELET_IDENTITY,
                    at(n, nc.identities() != null ? path + ".identity" : path));
        }
        version(subject, path, bc.kubernetesVersion(), nc.kubernetesVersion(), n);

        boolean pluginChanged = bn.plugin() != nn.plugin();
        if (pluginChanged) {
            boolean toOverlay = nn.plugin() == NetworkPlugin.AZURE_CNI_OVERLAY
                    && (bn.plugin() == NetworkPlugin.KUBENET || bn.plugin() == NetworkPlugin.AZURE_CNI_NODE_SUBNET);
            add(subject, net + ".plugin", bn.plugin(), nn.plugin(), toOverlay ? ChangeFacts.PLUGIN_TO_OVERLAY : ChangeFacts.PLUGIN_CHANGED,
                    at(n, net + ".plugin"));
        }
        if (bn.effectiveDataplane() != nn.effectiveDataplane()) {
            boolean toCilium = nn.effectiveDataplane() == NetworkDataplane.CILIUM;
            add(subject, net + ".dataplane", bn.effectiveDataplane(), nn.effectiveDataplane(),
                    toCilium && pluginChanged ? ChangeFacts.PLUGIN_AND_DATAPLANE_TOGETHER
                            : toCilium ? ChangeFacts.DATAPLANE_TO_CILIUM : ChangeFacts.DATAPLANE_FROM_CILIUM,
                    at(n, net + ".dataplane"));
        }
        // Moving to Cilium brings its policy; that is the data plane's change.
        if (bn.effectivePolicy() != nn.effectivePolicy() && bn.effectiveDataplane() == nn.effectiveDataplane()) {
            add(subject, net + ".policy", bn.effectivePolicy(), nn.effectivePolicy(),
                    bn.effectivePolicy() == dev.aksnet.model.NetworkPolicy.NONE ? ChangeFacts.POLICY_ADDED
                            : nn.effectivePolicy() == dev.aksnet.model.NetworkPolicy.NONE ? ChangeFacts.POLICY_REMOVED : ChangeFacts.POLICY_CHANGED,
                    at(n, net + ".policy"));
        }
        // A plugin migration brings its pod CIDR with it (node subnet to overlay gains one).
        if (!pluginChanged && !Objects.equals(bn.effectivePodCidr(), nn.effectivePodCidr())) {
            IPAddress was = bn.effectivePodCidr();
            IPAddress is = nn.effectivePodCidr();
            boolean expanded = was != null && is != null && is.contains(was) && nn.plugin() == NetworkPlugin.AZURE_CNI_OVERLAY
                    && nc.nodePools().stream().noneMatch(p -> p.os() == OsType.WINDOWS);
            add(subject, net + ".podCidr", was, is, expanded ? ChangeFacts.POD_CIDR_EXPANDED : ChangeFacts.POD_CIDR_CHANGED, at(n, net + ".podCidr"));
        }
        if (!bn.effectiveIpFamilies().equals(nn.effectiveIpFamilies())) {
            add(subject, net + ".ipFamilies", bn.effectiveIpFamilies(), nn.effectiveIpFamilies(), ChangeFacts.IP_FAMILIES, at(n, net + ".ipFamilies"));
        } else if (nn.dualStack()) {
            if (!Objects.equals(bn.effectiveServiceCidrV6(), nn.effectiveServiceCidrV6())) {
                add(subject, net + ".serviceCidrV6", bn.effectiveServiceCidrV6(), nn.effectiveServiceCidrV6(), ChangeFacts.SERVICE_CIDR,
                        at(n, net + ".serviceCidrV6"));
            }
            if (!pluginChanged && !Objects.equals(bn.effectivePodCidrV6(), nn.effectivePodCidrV6())) {
                add(subject, net + ".podCidrV6", bn.effectivePodCidrV6(), nn.effectivePodCidrV6(), ChangeFacts.POD_CIDR_CHANGED,
                        at(n, net + ".podCidrV6"));
            }
        }
        if (!bn.effectiveServiceCidr().equals(nn.effectiveServiceCidr())) {
            add(subject, net + ".serviceCidr", bn.effectiveServiceCidr(), nn.effectiveServiceCidr(), ChangeFacts.SERVICE_CIDR, at(n, net + ".serviceCidr"));
        }
        if (!bn.effectiveDnsServiceIp().equals(nn.effectiveDnsServiceIp())) {
            add(subject, net + ".dnsServiceIp", bn.effectiveDnsServiceIp(), nn.effectiveDnsServiceIp(), ChangeFacts.DNS_SERVICE_IP,
                    at(n, net + ".dnsServiceIp"));
        }
        if (bn.effectiveOutbound() != nn.effectiveOutbound()) {
            boolean managedNetwork = n.resolved().pools(n.item()).stream().allMatch(p -> p.pool().subnet() == null);
            add(subject, net + ".outbound", bn.effectiveOutbound(), nn.effectiveOutbound(),
                    outboundMigrates(bn.effectiveOutbound(), nn.effectiveOutbound(), managedNetwork) ? ChangeFacts.OUTBOUND_CHANGED
                            : ChangeFacts.OUTBOUND_REFUSED, at(n, net + ".outbound"));
        } else {
            var map = n.spec().sourceMap();
            // Unset profiles are AKS's defaults, so a setting's change shows as (unset) -> value.
            compare(subject, net + ".loadBalancer", bn.effectiveLoadBalancer(), nn.effectiveLoadBalancer(), map, ChangeFacts.OUTBOUND_SETTINGS);
            compare(subject, net + ".natGateway", Objects.requireNonNullElse(bn.natGateway(), dev.aksnet.model.ManagedNatGatewayProfile.DEFAULTS),
                    Objects.requireNonNullElse(nn.natGateway(), dev.aksnet.model.ManagedNatGatewayProfile.DEFAULTS), map, ChangeFacts.OUTBOUND_SETTINGS);
            compare(subject, net + ".egressNextHopIp", bn.egressNextHopIp(), nn.egressNextHopIp(), map, ChangeFacts.OUTBOUND_SETTINGS);
        }
        if (!Objects.equals(bn.advancedNetworking(), nn.advancedNetworking())) {
            add(subject, net + ".advancedNetworking", bn.advancedNetworking(), nn.advancedNetworking(), ChangeFacts.ADVANCED_NETWORKING,
                    at(n, nn.advancedNetworking() != null ? net + ".advancedNetworking" : net));
        }
        if (!Objects.equals(bn.bootstrap(), nn.bootstrap())) {
            boolean isolatingAtOnce = nn.effectiveOutbound() == OutboundType.NONE && bn.effectiveOutbound() != OutboundType.NONE;
            add(subject, net + ".bootstrap", bootstrapShown(bn), bootstrapShown(nn),
                    isolatingAtOnce ? ChangeFacts.BOOTSTRAP_AND_OUTBOUND_NONE_TOGETHER : ChangeFacts.BOOTSTRAP_SOURCE,
                    at(n, nn.bootstrap() != null ? net + ".bootstrap" : net));
        }
        if (!pluginChanged && podIpAllocation(bn) != podIpAllocation(nn)) {
            add(subject, net + ".podIpAllocation", podIpAllocation(bn), podIpAllocation(nn), ChangeFacts.POD_IP_ALLOCATION,
                    at(n, net + ".podIpAllocation"));
        }
        apiServer(subject, b, n);
        if (!Objects.equals(bc.ingress(), nc.ingress())) {
            add(subject, n.item().ingressPath(), bc.ingress() == null ? null : bc.ingress().type(), nc.ingress() == null ? null : nc.ingress().type(),
                    ChangeFacts.INGRESS_CHANGED, at(n, nc.ingress() == null ? path : n.item().ingressPath()));
        }
        pools(subject, b, n);
    }

    /**
     * The outbound type migrations AKS supports (egress-outboundtype.md): on an AKS-managed network loadBalancer to
     * managedNATGateway (not back), and either to and from none; on your own network any of loadBalancer,
     * userAssignedNATGateway, userDefinedRouting and none to another.
     */
    static boolean outboundMigrates(OutboundType from, OutboundType to, boolean managedNetwork) {
        if (managedNetwork) {
            return from == OutboundType.LOAD_BALANCER && to == OutboundType.MANAGED_NAT_GATEWAY
                    || from == OutboundType.NONE || to == OutboundType.NONE;
        }
        Set<OutboundType> own = Set.of(OutboundType.LOAD_BALANCER, OutboundType.USER_ASSIGNED_NAT_GATEWAY, OutboundType.USER_DEFINED_ROUTING,
                OutboundType.NONE);
        return own.contains(from) && own.contains(to);
    }

    private static String bootstrapShown(Network n) {
        return n.bootstrap() == null ? "direct" : n.bootstrap().artifactSource().specName()
                + (n.bootstrap().containerRegistryId() != null ? " " + n.bootstrap().containerRegistryId() : "");
    }

    private static PodIpAllocation podIpAllocation(Network n) {
        return n.plugin() != NetworkPlugin.AZURE_CNI_POD_SUBNET ? null : n.podIpAllocation() != null ? n.podIpAllocation() : PodIpAllocation.DYNAMIC;
    }

    private void version(String subject, String path, String from, String to, In<ClusterAt> n) {
        if (from == null || to == null || from.equals(to)) {
            return;
        }
        int cmp = compareVersions(from, to);
        if (cmp != 0) {
            add(subject, path + ".kubernetesVersion", from, to, cmp < 0 ? ChangeFacts.KUBERNETES_UPGRADE : ChangeFacts.KUBERNETES_DOWNGRADE,
                    at(n, path + ".kubernetesVersion"));
        } else {
            // Equal as far as both go: one names a patch the other leaves to AKS, which may be older or newer than what runs.
            add(subject, path + ".kubernetesVersion", from, to, ChangeFacts.KUBERNETES_PATCH_PINNED, at(n, path + ".kubernetesVersion"));
        }
    }

    /** Compares dotted versions part by part; a missing patch compares equal to any (AKS picks it). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            try {
                int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
                if (c != 0) {
                    return c;
                }
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        }
        return 0;
    }

    private void apiServer(String subject, In<ClusterAt> b, In<ClusterAt> n) {
        Cluster bc = b.item().cluster();
        Cluster nc = n.item().cluster();
        String path = n.item().apiServerPath();
        Optional<String> bVni = bc.apiServerIfAny().map(ApiServer::vnetIntegrationSubnet).map(Object::toString);
        Optional<String> nVni = nc.apiServerIfAny().map(ApiServer::vnetIntegrationSubnet).map(Object::toString);
        if (bc.isPrivate() != nc.isPrivate()) {
            add(subject, nc.apiServer() != null ? path + ".private" : n.item().path() + ".privateCluster", bc.isPrivate(), nc.isPrivate(),
                    bVni.isPresent() && nVni.isPresent() ? ChangeFacts.PRIVATE_WITH_VNET_INTEGRATION : ChangeFacts.PRIVATE_CLUSTER_TOGGLED,
                    at(n, nc.apiServer() != null ? path : n.item().path()));
        }
        if (bc.isPrivate() && nc.isPrivate() && !Objects.equals(bc.effectivePrivateDnsZone(), nc.effectivePrivateDnsZone())) {
            add(subject, nc.apiServer() != null ? path + ".privateDnsZone" : n.item().path() + ".privateDnsZone", bc.effectivePrivateDnsZone(),
                    nc.effectivePrivateDnsZone(), ChangeFacts.PRIVATE_DNS_ZONE_CHANGED, at(n, nc.apiServer() != null ? path : n.item().path()));
        }
        if (!bVni.equals(nVni)) {
            add(subject, path + ".vnetIntegration", bVni.orElse(null), nVni.orElse(null),
                    bVni.isEmpty() ? ChangeFacts.VNET_INTEGRATION_ENABLED : ChangeFacts.VNET_INTEGRATION_DISABLED, at(n, nVni.isPresent() ? path : n.item().path()));
        }
        var bRanges = bc.apiServerIfAny().map(ApiServer::authorizedIpRanges).orElse(List.of());
        var nRanges = nc.apiServerIfAny().map(ApiServer::authorizedIpRanges).orElse(List.of());
        if (!bRanges.equals(nRanges)) {
            add(subject, path + ".authorizedIpRanges", bRanges.isEmpty() ? "(none)" : ranges(bRanges), nRanges.isEmpty() ? "(none)" : ranges(nRanges),
                    ChangeFacts.API_SERVER_ACCESS, at(n, nRanges.isEmpty() ? path : path + ".authorizedIpRanges"));
        }
        // The setting in force: an unset publicFqdn is AKS's default, which every target writes out.
        if (bc.isPrivate() && nc.isPrivate() && !Objects.equals(bc.effectivePublicFqdn(), nc.effectivePublicFqdn())) {
            add(subject, path + ".publicFqdn", bc.effectivePublicFqdn(), nc.effectivePublicFqdn(), ChangeFacts.API_SERVER_ACCESS,
                    at(n, path + ".publicFqdn"));
        }
    }

    // ------------------------------------------------------------------------------------------------------- pools

    private void pools(String subject, In<ClusterAt> b, In<ClusterAt> n) {
        Map<String, PoolAt> before = byName(b.resolved().pools(b.item()), p -> p.pool().name());
        Map<String, PoolAt> after = byName(n.resolved().pools(n.item()), p -> p.pool().name());
        NetworkPlugin bPlugin = b.item().cluster().network().plugin();
        NetworkPlugin nPlugin = n.item().cluster().network().plugin();
        // A system pool of NEW that ran already: the cluster keeps one while an old system pool goes.
        boolean keepsSystemPool = after.entrySet().stream().anyMatch(e -> e.getValue().pool().mode() == PoolMode.SYSTEM && before.containsKey(e.getKey()));
        before.forEach((key, p) -> {
            if (!after.containsKey(key)) {
                boolean lastSystem = p.pool().mode() == PoolMode.SYSTEM && !keepsSystemPool;
                add(subject + ", pool '" + p.pool().name() + "'", p.path(), p.pool().name(), null,
                        lastSystem ? ChangeFacts.LAST_SYSTEM_POOL_REMOVED : ChangeFacts.POOL_REMOVED, Optional.empty());
            }
        });
        after.forEach((key, p) -> {
            PoolAt was = before.get(key);
            String poolSubject = subject + ", pool '" + p.pool().name() + "'";
            if (was == null) {
                add(poolSubject, p.path(), null, p.pool().name(), ChangeFacts.POOL_ADDED, at(n, p.path() + ".name"));
                return;
            }
            NodePool bp = was.pool();
            NodePool np = p.pool();
            immutable(poolSubject, p.path() + ".vmSize", bp.vmSize().toLowerCase(Locale.ROOT), np.vmSize().toLowerCase(Locale.ROOT), bp.vmSize(),
                    np.vmSize(), n);
            immutable(poolSubject, p.path() + ".os", bp.os(), np.os(), bp.os(), np.os(), n);
            // An unset maxPods is the plugin's default, so a plugin migration can change it: say so, since pinning it keeps the pools.
            immutable(poolSubject, p.path() + ".maxPods", bp.effectiveMaxPods(bPlugin), np.effectiveMaxPods(nPlugin), maxPodsShown(bp, bPlugin),
                    maxPodsShown(np, nPlugin), n);
            immutable(poolSubject, p.path() + ".subnet", subnetKey(was.subnet()), subnetKey(p.subnet()), subnetName(was.subnet()),
                    subnetName(p.subnet()), n);
            immutable(poolSubject, p.path() + ".podSubnet", subnetKey(was.podSubnet()), subnetKey(p.podSubnet()), subnetName(was.podSubnet()),
                    subnetName(p.podSubnet()), n);
            immutable(poolSubject, p.path() + ".zones", bp.zones(), np.zones(), bp.zones(), np.zones(), n);
            immutable(poolSubject, p.path() + ".nodePublicIp", bp.nodePublicIp(), np.nodePublicIp(), bp.nodePublicIp(), np.nodePublicIp(), n);
            immutable(poolSubject, p.path() + ".windowsOutboundNat", bp.windowsOutboundNatDisabled(), np.windowsOutboundNatDisabled(),
                    !bp.windowsOutboundNatDisabled(), !np.windowsOutboundNatDisabled(), n);
            if (bp.osSku() != np.osSku()) {
                // Between Linux images AKS migrates in place with a reimage; a Windows image changes only by a new pool.
                boolean linux = np.os() == dev.aksnet.model.OsType.LINUX && bp.os() == dev.aksnet.model.OsType.LINUX;
                add(poolSubject, p.path() + ".osSku", bp.osSku() == null ? "(AKS's default)" : bp.osSku().specName(),
                        np.osSku() == null ? "(AKS's default)" : np.osSku().specName(), linux ? ChangeFacts.POOL_OS_SKU : ChangeFacts.POOL_IMMUTABLE,
                        at(n, np.osSku() != null ? p.path() + ".osSku" : p.path() + ".name"));
            }
            if (!bp.effectiveMaxSurge().equals(np.effectiveMaxSurge())) {
                add(poolSubject, p.path() + ".maxSurge", bp.effectiveMaxSurge().text(), np.effectiveMaxSurge().text(), ChangeFacts.POOL_MAX_SURGE,
                        at(n, np.maxSurge() != null ? p.path() + ".maxSurge" : p.path() + ".name"));
            }
            if (bp.onlyCriticalAddons() != np.onlyCriticalAddons()) {
                add(poolSubject, p.path() + ".onlyCriticalAddons", bp.onlyCriticalAddons(), np.onlyCriticalAddons(), ChangeFacts.POOL_CRITICAL_ADDONS,
                        at(n, np.onlyCriticalAddons() ? p.path() + ".onlyCriticalAddons" : p.path() + ".name"));
            }
            if (bp.mode() != np.mode()) {
                add(poolSubject, p.path() + ".mode", bp.mode(), np.mode(), ChangeFacts.POOL_MODE, at(n, p.path() + ".mode"));
            }
            if (!bp.count().equals(np.count())) {
                add(poolSubject, p.path(), bp.count().min() + "-" + bp.count().max(), np.count().min() + "-" + np.count().max(),
                        ChangeFacts.POOL_SCALED, at(n, p.path()));
            }
        });
    }

    private void immutable(String subject, String path, Object before, Object after, Object shownBefore, Object shownAfter, In<ClusterAt> n) {
        if (!Objects.equals(before, after)) {
            add(subject, path, shownBefore, shownAfter, ChangeFacts.POOL_IMMUTABLE, at(n, path));
        }
    }

    private static String ranges(List<IPAddress> ranges) {
        return ranges.stream().map(IPAddress::toCanonicalString).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String maxPodsShown(NodePool pool, dev.aksnet.model.NetworkPlugin plugin) {
        return pool.maxPods() != null ? pool.maxPods().toString() : pool.effectiveMaxPods(plugin) + " (" + plugin.specName() + "'s default)";
    }

    private static String subnetKey(Optional<SubnetAt> s) {
        return s.map(SubnetAt::key).orElse(null);
    }

    private static String subnetName(Optional<SubnetAt> s) {
        return s.map(SubnetAt::qualifiedName).orElse(null);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(name.apply(i).toLowerCase(Locale.ROOT), i));
        return map;
    }

    // ---------------------------------------------------------------------------------------------------- networks

    private void networks(Map<String, In<VnetAt>> base, Map<String, In<VnetAt>> next) {
        base.forEach((key, b) -> {
            if (!next.containsKey(key) && b.item().created()) {
                add("network '" + b.item().vnet().name() + "'", b.item().path(), b.item().vnet().name(), null, ChangeFacts.NETWORK_RESOURCE_CHANGED,
                        Optional.empty());
            }
        });
        next.forEach((key, n) -> {
            In<VnetAt> b = base.get(key);
            // Existing networks are described, not deployed: a change there deploys nothing.
            if (!n.item().created()) {
                return;
            }
            String subject = "network '" + n.item().vnet().name() + "'";
            if (b == null || !b.item().created()) {
                add(subject, n.item().path(), null, n.item().vnet().name(), ChangeFacts.NETWORK_RESOURCE_CHANGED, at(n, n.item().path() + ".name"));
                return;
            }
            network(subject, b, n);
        });
    }

    private void network(String subject, In<VnetAt> b, In<VnetAt> n) {
        VirtualNetwork bv = b.item().vnet();
        VirtualNetwork nv = n.item().vnet();
        String path = n.item().path();
        for (IPAddress range : nv.addressSpace()) {
            if (!bv.addressSpace().contains(range)) {
                add(subject, path + ".addressSpace", null, range, ChangeFacts.VNET_SPACE_ADDED, at(n, path + ".addressSpace"));
            }
        }
        for (IPAddress range : bv.addressSpace()) {
            if (!nv.addressSpace().contains(range)) {
                boolean holdsSubnets = bv.subnets().stream().anyMatch(s -> range.contains(s.cidr()));
                add(subject, path + ".addressSpace", range, null, holdsSubnets ? ChangeFacts.VNET_SPACE_REMOVED : ChangeFacts.NETWORK_RESOURCE_CHANGED,
                        at(n, path + ".addressSpace"));
            }
        }
        if (!bv.dnsServers().equals(nv.dnsServers())) {
            add(subject, path + ".dnsServers", bv.dnsServers(), nv.dnsServers(), ChangeFacts.DNS_SERVERS_CHANGED, at(n, path + ".dnsServers"));
        }
        if (!bv.peerings().equals(nv.peerings())) {
            namedList(subject, path + ".peerings", bv.peerings(), nv.peerings(), n.spec().sourceMap(), ChangeFacts.NETWORK_RESOURCE_CHANGED);
        }
        Map<String, SubnetAt> before = byName(b.resolved().subnets(b.item()), s -> s.subnet().name());
        Map<String, SubnetAt> after = byName(n.resolved().subnets(n.item()), s -> s.subnet().name());
        before.forEach((key, s) -> {
            if (!after.containsKey(key)) {
                add(subject + ", subnet '" + s.subnet().name() + "'", s.path(), s.subnet().name(), null, ChangeFacts.NETWORK_RESOURCE_CHANGED, Optional.empty());
            }
        });
        after.forEach((key, s) -> {
            SubnetAt was = before.get(key);
            String subnetSubject = subject + ", subnet '" + s.subnet().name() + "'";
            if (was == null) {
                add(subnetSubject, s.path(), null, s.subnet().name(), ChangeFacts.NETWORK_RESOURCE_CHANGED, at(n, s.path() + ".name"));
                return;
            }
            Subnet bs = was.subnet();
            Subnet ns = s.subnet();
            if (!bs.cidrs().equals(ns.cidrs())) {
                boolean used = b.resolved().pools().stream().anyMatch(p -> p.subnet().filter(was::equals).isPresent()
                        || p.podSubnet().filter(was::equals).isPresent());
                boolean v4 = !bs.cidr().equals(ns.cidr());
                add(subnetSubject, s.path() + (v4 ? ".cidr" : ".ipv6Cidr"), v4 ? bs.cidr() : bs.ipv6Cidr(), v4 ? ns.cidr() : ns.ipv6Cidr(),
                        used ? ChangeFacts.SUBNET_IN_USE : ChangeFacts.SUBNET_CHANGED, at(n, s.path() + (v4 ? ".cidr" : ".ipv6Cidr")));
            }
            Subnet sameCidr = new Subnet(bs.name(), ns.cidr(), bs.delegation(), bs.serviceEndpoints(), bs.natGateway(), bs.defaultOutboundAccess(),
                    bs.networkSecurityGroup(), bs.routeTable(), bs.privateEndpointNetworkPolicies(), bs.privateLinkServiceNetworkPolicies());
            Subnet nsNamed = new Subnet(bs.name(), ns.cidr(), ns.delegation(), ns.serviceEndpoints(), ns.natGateway(), ns.defaultOutboundAccess(),
                    ns.networkSecurityGroup(), ns.routeTable(), ns.privateEndpointNetworkPolicies(), ns.privateLinkServiceNetworkPolicies());
            if (!sameCidr.equals(nsNamed)) {
                fields(subnetSubject, s.path(), sameCidr, nsNamed, n.spec().sourceMap(), ChangeFacts.SUBNET_CHANGED);
            }
        });
    }

    /** The spec's own network resources (NAT gateways, NSGs, route tables, private DNS zones): changed in place. */
    private void networkResources(List<LoadedSpec> base, List<LoadedSpec> next) {
        resources("NAT gateway", "natGateways", base, next, d -> d.natGateways(), dev.aksnet.model.NatGateway::name);
        resources("network security group", "networkSecurityGroups", base, next, d -> d.networkSecurityGroups(),
                dev.aksnet.model.NetworkSecurityGroup::name);
        resources("route table", "routeTables", base, next, d -> d.routeTables(), dev.aksnet.model.RouteTable::name);
        resources("private DNS zone", "privateDnsZones", base, next, d -> d.privateDnsZones(), dev.aksnet.model.PrivateDnsZone::name);
    }

    private <T> void resources(String kind, String key, List<LoadedSpec> base, List<LoadedSpec> next,
                               Function<dev.aksnet.model.Deployment, List<T>> items, Function<T, String> name) {
        Map<String, T> before = new LinkedHashMap<>();
        base.forEach(s -> items.apply(s.deployment()).forEach(i -> before.putIfAbsent(name.apply(i).toLowerCase(Locale.ROOT), i)));
        Map<String, T> seen = new LinkedHashMap<>();
        for (LoadedSpec s : next) {
            List<T> list = items.apply(s.deployment());
            for (int i = 0; i < list.size(); i++) {
                T item = list.get(i);
                String k = name.apply(item).toLowerCase(Locale.ROOT);
                seen.put(k, item);
                T was = before.get(k);
                String path = key + "[" + i + "]";
                if (was == null) {
                    add(kind + " '" + name.apply(item) + "'", path, null, name.apply(item), ChangeFacts.NETWORK_RESOURCE_CHANGED,
                            Optional.of(s.sourceMap().valueOf(path)));
                } else if (!item.equals(was)) {
                    fields(kind + " '" + name.apply(item) + "'", path, (Record) was, (Record) item, s.sourceMap(), ChangeFacts.NETWORK_RESOURCE_CHANGED);
                }
            }
        }
        before.forEach((k, item) -> {
            if (!seen.containsKey(k)) {
                add(kind + " '" + name.apply(item) + "'", key, name.apply(item), null, ChangeFacts.NETWORK_RESOURCE_CHANGED, Optional.empty());
            }
        });
    }

    // ------------------------------------------------------------------------------------------- fields of records

    /**
     * Each component of two versions of one model record that differs, as its own change at its own path (the model's
     * component names are the spec's keys); lists of keyed records (rules, routes, peerings) item by item.
     */
    private void fields(String subject, String path, Record was, Record now, dev.aksnet.spec.SourceMap map, ChangeFact fact) {
        for (RecordComponent c : now.getClass().getRecordComponents()) {
            Object before = component(c, was);
            Object after = component(c, now);
            if (Objects.equals(before, after)) {
                continue;
            }
            String p = path + "." + c.getName();
            if (before instanceof List<?> b && after instanceof List<?> a && keyed(b) && keyed(a)) {
                namedList(subject, p, b, a, map, fact);
            } else {
                add(subject, p, before == null ? "(unset)" : before, after == null ? "(unset)" : after, fact, Optional.of(map.valueOf(p)));
            }
        }
    }

    /** One setting: field by field when both sides are records of one kind, else as a value ({@code (unset)} when absent). */
    private void compare(String subject, String path, Object was, Object now, dev.aksnet.spec.SourceMap map, ChangeFact fact) {
        if (Objects.equals(was, now)) {
            return;
        }
        if (was instanceof Record a && now instanceof Record b && a.getClass() == b.getClass()) {
            fields(subject, path, a, b, map, fact);
        } else {
            add(subject, path, was == null ? "(unset)" : was, now == null ? "(unset)" : now, fact, Optional.of(map.valueOf(path)));
        }
    }

    /** Items of a list of records keyed by their first component (a rule's or route's name, a peering's remote). */
    private void namedList(String subject, String path, List<?> was, List<?> now, dev.aksnet.spec.SourceMap map, ChangeFact fact) {
        Map<String, Record> before = new LinkedHashMap<>();
        was.forEach(r -> before.putIfAbsent(key((Record) r), (Record) r));
        Set<String> kept = new java.util.HashSet<>();
        for (int i = 0; i < now.size(); i++) {
            Record item = (Record) now.get(i);
            String k = key(item);
            kept.add(k);
            Record old = before.get(k);
            String p = path + "[" + i + "]";
            if (old == null) {
                add(subject, p, null, k, fact, Optional.of(map.valueOf(p)));
            } else if (!old.equals(item)) {
                fields(subject, p, old, item, map, fact);
            }
        }
        before.forEach((k, r) -> {
            if (!kept.contains(k)) {
                add(subject, path, k, null, fact, Optional.of(map.valueOf(path)));
            }
        });
    }

    private static boolean keyed(List<?> list) {
        return list.stream().allMatch(i -> i instanceof Record r && r.getClass().getRecordComponents()[0].getType() == String.class);
    }

    private static String key(Record r) {
        return String.valueOf(component(r.getClass().getRecordComponents()[0], r)).toLowerCase(Locale.ROOT);
    }

    private static Object component(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
