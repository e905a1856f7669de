package dev.aksnet.validation.rules;

import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.RouteTable;
import dev.aksnet.model.RouteTable.NextHop;
import dev.aksnet.model.RouteTable.Route;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.RouteTableAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.resolve.ResolvedSpec.VnetAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Route tables of the spec. UDR = Azure "Virtual network traffic routing" (user-defined routes, next hop types, the
 * longest prefix wins; a virtual appliance's next hop is its private address; 400 routes per table in the networking
 * limits); EGR = AKS "Customize cluster egress with a user-defined routing table" ("AKS validates that you don't create a
 * 0.0.0.0/0 route pointing to the Internet but instead to a gateway, NVA, etc."); KUB = AKS "Use kubenet networking"
 * (one route table for all of a cluster's subnets, not shared with other clusters, AKS writes a route per node).
 */
public final class RouteTableRules {
    private RouteTableRules() {
    }

    /** The node subnets of a cluster, in pool order without repeats. */
    static List<SubnetAt> nodeSubnets(ValidationContext spec, ClusterAt c) {
        Set<SubnetAt> subnets = new LinkedHashSet<>();
        spec.pools(c).forEach(p -> p.subnet().ifPresent(subnets::add));
        return List.copyOf(subnets);
    }

    /** The node subnets of a cluster on networks aksnet creates, in pool order without repeats. */
    private static List<SubnetAt> createdNodeSubnets(ValidationContext spec, ClusterAt c) {
        return nodeSubnets(spec, c).stream().filter(s -> s.vnet().created()).toList();
    }

    /** The first pool of the cluster on that subnet: where a diagnostic about the cluster's use of it points. */
    static PoolAt firstPoolOn(ValidationContext spec, ClusterAt c, SubnetAt s) {
        return spec.pools(c).stream().filter(p -> p.subnet().filter(s::equals).isPresent()).findFirst().orElseThrow();
    }

    /** A table's default route (0.0.0.0/0), if it has one. */
    static Optional<Route> defaultRoute(RouteTable rt) {
        return rt.routes().stream().filter(Route::isDefault).findFirst();
    }

    /** A next hop that carries egress to a firewall or gateway (not Internet, not dropped, not kept in the network). */
    static boolean egressHop(NextHop hop) {
        return hop == NextHop.VIRTUAL_APPLIANCE || hop == NextHop.VIRTUAL_NETWORK_GATEWAY;
    }

    /** ROUTE_TABLE_NAME_INVALID (NAME). */
    public static final class NameInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ROUTE_TABLE_NAME_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (RouteTableAt r : spec.routeTables()) {
                if (!NameRules.ROUTE_TABLE_NAME.matcher(r.routeTable().name()).matches()) {
                    report.at(r.path() + ".name", "route table name '" + r.routeTable().name() + "' breaks Azure's naming rules",
                            "use 1-80 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'");
                }
            }
        }
    }

    /** ROUTE_TABLE_UNKNOWN (contract): a subnet's routeTable names a route table of the spec. */
    public static final class Unknown implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ROUTE_TABLE_UNKNOWN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            List<String> names = spec.routeTables().stream().map(r -> r.routeTable().name()).toList();
            for (SubnetAt s : spec.subnets()) {
                String name = s.subnet().routeTable();
                if (name != null && spec.routeTableOf(s).isEmpty()) {
                    report.at(s.path() + ".routeTable", "subnet '" + s.qualifiedName() + "' names route table '" + name
                                    + "', which the spec does not define", dev.aksnet.yaml.Suggestions.closest(name, names)
                                    .map(m -> "did you mean '" + m + "'?").orElse("declare it under routeTables"));
                }
            }
        }
    }

    /** ROUTE_TABLE_EXISTING_SUBNET (aksnet): aksnet associates its route tables with subnets it creates only. */
    public static final class ExistingSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ROUTE_TABLE_EXISTING_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                if (s.subnet().routeTable() != null && !s.vnet().created()) {
                    report.at(s.path() + ".routeTable", "subnet '" + s.qualifiedName() + "' belongs to an existing network; aksnet "
                                    + "associates route tables with subnets it creates only (an existing subnet's route table is its owner's)",
                            "remove routeTable here and associate the table where the network is managed");
                }
            }
        }
    }

    /**
     * ROUTE_INVALID (UDR, NAME): a route's name, its next hop address (required for a virtual appliance, refused for the
     * other next hop types), and one route per address prefix in a table.
     */
    public static final class RouteInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ROUTE_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (RouteTableAt t : spec.routeTables()) {
                Map<IPAddress, String> prefixes = new HashMap<>();
                List<Route> routes = t.routeTable().routes();
                for (int i = 0; i < routes.size(); i++) {
                    Route r = routes.get(i);
                    String at = t.routePath(i);
                    String what = "route '" + r.name() + "' of '" + t.routeTable().name() + "'";
                    if (!NameRules.ROUTE_TABLE_NAME.matcher(r.name()).matches()) {
                        report.at(at + ".name", what + " has a name Azure refuses",
                                "use 1-80 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'");
                    }
                    if (r.nextHop() == NextHop.VIRTUAL_APPLIANCE && r.nextHopIp() == null) {
                        report.at(at + ".nextHop", what + " goes to a virtual appliance without its address",
                                "add nextHopIp: the private address of your firewall or appliance");
                    } else if (r.nextHop() != NextHop.VIRTUAL_APPLIANCE && r.nextHopIp() != null) {
                        report.at(at + ".nextHopIp", what + " has nextHopIp, which only a virtualAppliance next hop takes (Azure refuses it "
                                + "with " + r.nextHop().specName() + ")", "remove nextHopIp, or set nextHop: virtualAppliance");
                    } else if (r.nextHopIp() != null && r.nextHopIp().isIPv6() != r.prefix().isIPv6()) {
                        report.at(at + ".nextHopIp", what + " sends an IPv" + (r.prefix().isIPv6() ? "6" : "4") + " prefix to the IPv"
                                        + (r.nextHopIp().isIPv6() ? "6" : "4") + " address " + r.nextHopIp().toCanonicalString()
                                        + ": a route's next hop is of its prefix's family",
                                "give the appliance's IPv" + (r.prefix().isIPv6() ? "6" : "4") + " address");
                    } else if (r.nextHopIp() != null && r.nextHopIp().isIPv4() && Cidrs.noHost(r.nextHopIp()) != null) {
                        report.at(at + ".nextHopIp", what + " sends traffic to " + r.nextHopIp() + ", an address no appliance can have",
                                "write the private address of your firewall or appliance");
                    }
                    String earlier = prefixes.putIfAbsent(r.prefix(), r.name());
                    if (earlier != null) {
                        report.at(at + ".prefix", what + " repeats prefix " + r.prefix().toCanonicalString() + " of route '" + earlier
                                + "': a route table holds one route per prefix", "merge the two routes, or remove one");
                    }
                }
            }
        }
    }

    /**
     * ROUTE_NEXT_HOP_UNREACHABLE (W): an appliance's address in none of the spec's networks and no connected network; aksnet
     * cannot check that an appliance is there, and a typo would black-hole the traffic.
     */
    public static final class NextHopUnreachable implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ROUTE_NEXT_HOP_UNREACHABLE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (RouteTableAt t : spec.routeTables()) {
                List<Route> routes = t.routeTable().routes();
                for (int i = 0; i < routes.size(); i++) {
                    IPAddress hop = routes.get(i).nextHopIp();
                    if (hop != null && Cidrs.noHost(hop) == null && !Cidrs.declared(spec, hop)) {
                        report.at(t.routePath(i) + ".nextHopIp", "route '" + routes.get(i).name() + "' of '" + t.routeTable().name()
                                        + "' goes to " + hop + ", which lies in none of the spec's networks and no connected network: aksnet "
                                        + "cannot check that an appliance is there",
                                "declare the appliance's network (the hub, existing: true) or list it under connectedNetworks");
                    }
                }
            }
        }
    }

    /**
     * UDR_DEFAULT_ROUTE (EGR, RP RouteTableMissingDefaultRouteError / RouteTableInvalidNextHop): with userDefinedRouting, a
     * node subnet's route table of the spec sends 0.0.0.0/0 to an appliance or a gateway.
     */
    public static final class UdrDefaultRoute implements Rule {
        @Override
        public RuleId id() {
            return RuleId.UDR_DEFAULT_ROUTE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (c.cluster().network().effectiveOutbound() != OutboundType.USER_DEFINED_ROUTING) {
                    continue;
                }
                for (SubnetAt s : createdNodeSubnets(spec, c)) {
                    Optional<RouteTableAt> table = spec.routeTableOf(s);
                    if (table.isEmpty()) {
                        continue;
                    }
                    RouteTableAt t = table.get();
                    Optional<Route> route = defaultRoute(t.routeTable());
                    String cluster = "cluster '" + c.cluster().name() + "' egresses by userDefinedRouting";
                    if (route.isEmpty()) {
                        report.at(s.path() + ".routeTable", cluster + ", but route table '" + t.routeTable().name() + "' of its node subnet '"
                                        + s.qualifiedName() + "' has no 0.0.0.0/0 route: AKS refuses to create it",
                                "add {name: default, prefix: 0.0.0.0/0, nextHop: virtualAppliance, nextHopIp: <firewall address>} to '"
                                        + t.routeTable().name() + "'");
                    } else if (!egressHop(route.get().nextHop())) {
                        int i = t.routeTable().routes().indexOf(route.get());
                        report.at(t.routePath(i) + ".nextHop", cluster + ", but the 0.0.0.0/0 route of '" + t.routeTable().name()
                                        + "' goes to " + route.get().nextHop().specName() + ": AKS accepts only a virtual appliance or a gateway",
                                "send 0.0.0.0/0 to your firewall (nextHop: virtualAppliance with nextHopIp), or use another outbound type");
                    }
                }
            }
        }
    }

    /**
     * DEFAULT_ROUTE_BYPASSES_OUTBOUND (W; EGR, Azure/AKS-Construction#300): a node subnet's table of the spec sends
     * 0.0.0.0/0 to an appliance or gateway while the cluster's outbound is a load balancer or a NAT gateway. Such a route
     * wins over both: egress leaves through the appliance, and replies to public load balancer services return through it
     * too (asymmetric routing, dropped by a stateful firewall).
     */
    public static final class DefaultRouteBypassesOutbound implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DEFAULT_ROUTE_BYPASSES_OUTBOUND;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                OutboundType outbound = c.cluster().network().effectiveOutbound();
                // With none, a default route to a firewall is the egress path the user provides, as intended.
                if (outbound == OutboundType.USER_DEFINED_ROUTING || outbound == OutboundType.NONE) {
                    continue;
                }
                for (SubnetAt s : createdNodeSubnets(spec, c)) {
                    spec.routeTableOf(s).ifPresent(t -> defaultRoute(t.routeTable()).filter(r -> egressHop(r.nextHop())).ifPresent(r ->
                            report.at(s.path() + ".routeTable", "route table '" + t.routeTable().name() + "' of node subnet '" + s.qualifiedName()
                                            + "' sends 0.0.0.0/0 to " + r.nextHop().specName() + ", which wins over outbound " + outbound.specName()
                                            + " of cluster '" + c.cluster().name() + "': egress and the replies of public load balancer "
                                            + "services leave through the appliance (asymmetric routing)",
                                    "set outbound: userDefinedRouting on the cluster, or remove the default route")));
                }
            }
        }
    }

    /** The route tables of the spec a kubenet cluster's created node subnets name, by subnet (null for none). */
    private static Map<SubnetAt, RouteTableAt> kubenetTables(ValidationContext spec, ClusterAt c) {
        Map<SubnetAt, RouteTableAt> tables = new LinkedHashMap<>();
        for (SubnetAt s : createdNodeSubnets(spec, c)) {
            tables.put(s, spec.routeTableOf(s).orElse(null));
        }
        return tables;
    }

    private static boolean kubenet(ClusterAt c) {
        return c.cluster().network().plugin() == NetworkPlugin.KUBENET;
    }

    /**
     * KUBENET_PRIVATE_CUSTOM_DNS (PRIV, "Hub and spoke with custom DNS": "If you're using bring your own (BYO) route table
     * with kubenet and BYO DNS with private clusters, cluster creation fails"): on a network aksnet creates, a kubenet
     * cluster's node subnets always carry a route table made before the cluster (aksnet's or the spec's).
     */
    public static final class KubenetPrivateCustomDns implements Rule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_PRIVATE_CUSTOM_DNS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!kubenet(c) || !c.cluster().isPrivate()) {
                    continue;
                }
                for (VnetAt v : spec.vnetsOf(c)) {
                    if (v.created() && !v.vnet().dnsServers().isEmpty()) {
                        report.at(v.path() + ".dnsServers", "private kubenet cluster '" + c.cluster().name() + "' on network '" + v.vnet().name()
                                        + "', which has custom DNS servers and whose node subnets get their route table before the cluster: "
                                        + "AKS fails to create a private kubenet cluster with its own route table and its own DNS",
                                "use plugin: azure-cni-overlay (no route table needed), or drop the network's dnsServers");
                    }
                }
            }
        }
    }

    /**
     * KUBENET_ROUTE_TABLES (KUB "a single, unique route table for all subnets"; RP TooManyCustomRouteTables,
     * SubnetMissingRouteTableAssociation): a kubenet cluster whose node subnets name route tables of the spec names the
     * same one on all of them.
     */
    public static final class KubenetRouteTables implements Rule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_ROUTE_TABLES;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!kubenet(c)) {
                    continue;
                }
                Map<SubnetAt, RouteTableAt> tables = kubenetTables(spec, c);
                Optional<RouteTableAt> first = tables.values().stream().filter(java.util.Objects::nonNull).findFirst();
                if (first.isEmpty()) {
                    continue;
                }
                String name = first.get().routeTable().name();
                tables.forEach((s, t) -> {
                    if (t != first.get()) {
                        report.at(s.subnet().routeTable() != null ? s.path() + ".routeTable" : firstPoolOn(spec, c, s).path() + ".subnet",
                                "node subnet '" + s.qualifiedName() + "' of kubenet cluster '" + c.cluster().name() + "' "
                                        + (t == null ? "has no route table" : "names route table '" + t.routeTable().name() + "'")
                                        + " while another of its subnets names '" + name + "': AKS writes the cluster's pod routes into one table, "
                                        + "which all of its subnets must share",
                                "set routeTable: " + name + " on subnet '" + s.subnet().name() + "'");
                    }
                });
            }
        }
    }

    /**
     * KUBENET_ROUTE_TABLE_SHARED (KUB "You can't reuse a route table with multiple clusters"): the table a kubenet cluster
     * writes its pod routes into is associated with no subnet another cluster uses.
     */
    public static final class KubenetRouteTableShared implements Rule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_ROUTE_TABLE_SHARED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            Set<String> reported = new java.util.HashSet<>();
            for (ClusterAt c : spec.clusters()) {
                if (!kubenet(c)) {
                    continue;
                }
                for (RouteTableAt t : new LinkedHashSet<>(kubenetTables(spec, c).values())) {
                    if (t == null) {
                        continue;
                    }
                    for (ClusterAt other : spec.clusters()) {
                        if (other == c) {
                            continue;
                        }
                        for (PoolAt p : spec.pools(other)) {
                            List<SubnetAt> used = new ArrayList<>();
                            p.subnet().ifPresent(used::add);
                            p.podSubnet().ifPresent(used::add);
                            for (SubnetAt s : used) {
                                if (spec.routeTableOf(s).filter(t::equals).isPresent() && reported.add(p.path() + "/" + t.path())) {
                                    report.at(s.path() + ".routeTable", "route table '" + t.routeTable().name() + "', into which kubenet cluster '"
                                                    + c.cluster().name() + "' writes its pod routes, is also on subnet '" + s.qualifiedName()
                                                    + "' of cluster '" + other.cluster().name() + "': AKS cannot share a kubenet route table",
                                            "give '" + s.subnet().name() + "' a route table of its own");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * KUBENET_ROUTE_CONFLICT (KUB: AKS writes one route per node for the node's part of the pod CIDR): a route of the spec
     * inside a kubenet cluster's pod CIDR collides with those routes (same prefix) or takes nodes' pods elsewhere.
     */
    public static final class KubenetRouteConflict implements Rule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_ROUTE_CONFLICT;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress pods = c.cluster().network().effectivePodCidr();
                if (!kubenet(c) || pods == null) {
                    continue;
                }
                for (RouteTableAt t : new LinkedHashSet<>(kubenetTables(spec, c).values())) {
                    if (t == null) {
                        continue;
                    }
                    List<Route> routes = t.routeTable().routes();
                    for (int i = 0; i < routes.size(); i++) {
                        if (pods.contains(routes.get(i).prefix())) {
                            report.at(t.routePath(i) + ".prefix", "route '" + routes.get(i).name() + "' of '" + t.routeTable().name() + "' covers "
                                            + routes.get(i).prefix().toCanonicalString() + ", inside pod CIDR " + pods.toCanonicalString()
                                            + " of kubenet cluster '" + c.cluster().name() + "', where AKS writes a route to each node's pods",
                                    "remove the route: AKS routes the pod CIDR itself");
                        }
                    }
                }
            }
        }
    }

    /**
     * ROUTE_TABLE_FULL (UDR: 400 routes per route table): a table's routes, and on a kubenet cluster's table the route AKS
     * writes for each node at max scale, fit in one table.
     */
    public static final class Full implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ROUTE_TABLE_FULL;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            Map<RouteTableAt, Integer> nodes = new HashMap<>();
            for (ClusterAt c : spec.clusters()) {
                if (kubenet(c)) {
                    new LinkedHashSet<>(kubenetTables(spec, c).values()).stream().filter(java.util.Objects::nonNull)
                            .forEach(t -> nodes.merge(t, c.cluster().maxNodes(), Integer::sum));
                }
            }
            for (RouteTableAt t : spec.routeTables()) {
                int own = t.routeTable().routes().size();
                int aks = nodes.getOrDefault(t, 0);
                if (own + aks > RouteTable.MAX_ROUTES) {
                    report.at(t.path() + ".routes", "route table '" + t.routeTable().name() + "' needs " + (own + aks) + " routes (" + own
                                    + " of the spec" + (aks > 0 ? ", " + aks + " AKS writes for kubenet nodes at max scale" : "")
                                    + "); a route table holds " + RouteTable.MAX_ROUTES,
                            aks > 0 ? "lower the pools' maximum or the table's routes, or use azure-cni-overlay" : "summarise routes into wider prefixes");
                }
            }
        }
    }

    /**
     * KUBENET_UDR_ROUTES (W; KUB "Azure supports a maximum of 400 routes in a UDR"; arithmetic *unconfirmed*): on the
     * table aksnet adds for kubenet with userDefinedRouting, the default route and a route per node, surge nodes included,
     * share 400 routes. A table of the spec is ROUTE_TABLE_FULL's.
     */
    public static final class KubenetUdrRoutes implements Rule {
        @Override
        public RuleId id() {
            return RuleId.KUBENET_UDR_ROUTES;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!kubenet(c) || c.cluster().network().effectiveOutbound() != OutboundType.USER_DEFINED_ROUTING
                        || createdNodeSubnets(spec, c).stream().allMatch(s -> s.subnet().routeTable() != null)) {
                    continue;
                }
                long nodes = spec.pools(c).stream().mapToLong(p -> p.pool().count().max() + p.pool().upgradeSurge()).sum();
                int left = RouteTable.MAX_ROUTES - 1;
                // Beyond 400 nodes at max scale is KUBENET_MAX_NODES's error.
                if (nodes > left && c.cluster().maxNodes() <= RouteTable.MAX_ROUTES) {
                    report.at(c.networkPath() + ".outbound", "kubenet with userDefinedRouting leaves " + left + " routes of the cluster's route "
                                    + "table for nodes; '" + c.cluster().name() + "' needs " + nodes + " with upgrade surge",
                            "lower the pools' maximum, or use azure-cni-overlay");
                }
            }
        }
    }
}
