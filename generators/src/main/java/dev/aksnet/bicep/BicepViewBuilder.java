package dev.aksnet.bicep;

import dev.aksnet.generate.ArmClusterShape;
import dev.aksnet.generate.AzureRoles;
import dev.aksnet.generate.DerivedNames;
import dev.aksnet.generate.GeneratedHeader;
import dev.aksnet.generate.InfrastructurePlan;
import dev.aksnet.generate.InfrastructurePlan.PlannedCluster;
import dev.aksnet.generate.InfrastructurePlan.PlannedNetwork;
import dev.aksnet.generate.InfrastructurePlan.PlannedSubnet;
import dev.aksnet.generate.SymbolNames;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Delegation;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NodeCount;
import dev.aksnet.model.NodePool;
import dev.aksnet.render.BicepStrings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.aksnet.render.BicepStrings.quote;

/** Decides every resource, symbol and value of main.bicep from an infrastructure plan. */
final class BicepViewBuilder {
    static final String ROLE_MODULE_PATH = "modules/subnet-network-contributor.bicep";
    static final String ZONE_ROLE_MODULE_PATH = "modules/private-dns-zone-contributor.bicep";
    private static final java.util.regex.Pattern ZONE_ID = java.util.regex.Pattern.compile(
            "/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.Network/privateDnsZones/([^/]+)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final InfrastructurePlan plan;
    private final Deployment d;
    private final SymbolNames symbols = new SymbolNames(SymbolNames.Style.CAMEL,
            Set.of("location", "tags", "windowsadminusername", "windowsadminpassword", "roledefinitionid"));
    private final Map<PlannedSubnet, String> subnetSymbols = new HashMap<>();
    private final Map<PlannedSubnet, String> routeTableSymbols = new HashMap<>();
    private final Map<PlannedSubnet, String> natGatewaySymbols = new HashMap<>();
    private final Map<PlannedSubnet, String> vnetSymbols = new HashMap<>();
    /** Per cluster that needs it: the parameter that says the cluster exists already (a redeployment). */
    private final Map<PlannedCluster, String> existsParams = new HashMap<>();

    BicepViewBuilder(InfrastructurePlan plan) {
        this.plan = plan;
        this.d = plan.deployment();
    }

    BicepView build(String specFileName) {
        List<BicepView.ExistsParam> params = new ArrayList<>();
        Map<PlannedSubnet, PlannedCluster> kubenetRouteTables = new HashMap<>();
        for (PlannedCluster pc : plan.clusters()) {
            boolean kubenet = pc.cluster().network().plugin() == NetworkPlugin.KUBENET;
            boolean autoscaled = hasAutoscaledPool(pc);
            if (kubenet) {
                pc.routeTablesToWrite().forEach(rt -> kubenetRouteTables.put(rt, pc));
            }
            if (autoscaled || (kubenet && !pc.routeTablesToWrite().isEmpty())) {
                String param = symbols.allocate(pc.cluster().name(), "exists");
                existsParams.put(pc, param);
                params.add(new BicepView.ExistsParam(param, quote(existsDescription(pc.cluster().name(), autoscaled,
                        kubenet && !pc.routeTablesToWrite().isEmpty()))));
            }
        }
        List<BicepView.RouteTable> routeTables = new ArrayList<>();
        List<BicepView.NatGateway> natGateways = new ArrayList<>();
        for (PlannedNetwork n : plan.networks()) {
            for (var s : n.vnet().subnets()) {
                PlannedSubnet ps = new PlannedSubnet(n, s);
                plan.egressOf(ps).ifPresent(e -> {
                    if (e.routeTable()) {
                        String rt = symbols.allocate("rt", n.vnet().name(), s.name());
                        routeTableSymbols.put(ps, rt);
                        // Routes inline: a redeployment puts back the same list, so the default route never goes away.
                        List<BicepView.Route> routes = e.defaultRouteNextHop().map(hop -> List.of(new BicepView.Route(
                                quote(DerivedNames.DEFAULT_ROUTE), quote(DerivedNames.DEFAULT_ROUTE_PREFIX), quote("VirtualAppliance"),
                                quote(hop.toCanonicalString())))).orElse(List.of());
                        // A kubenet table also holds the routes AKS writes, which a PUT without them drops: a redeployment
                        // reads them from the deployed table and puts them back beside aksnet's own.
                        PlannedCluster owner = kubenetRouteTables.get(ps);
                        BicepView.DeployedRouteTable deployed = owner == null ? null : new BicepView.DeployedRouteTable(
                                symbols.allocate("rt", n.vnet().name(), s.name(), "deployed"), existsParams.get(owner),
                                symbols.allocate("rt", n.vnet().name(), s.name(), "aks", "routes"), quote(DerivedNames.DEFAULT_ROUTE));
                        routeTables.add(new BicepView.RouteTable(rt, quote(DerivedNames.routeTable(ps)), deployed, routes));
                    }
                    if (e.natGateway()) {
                        String ng = symbols.allocate("ng", n.vnet().name(), s.name());
                        natGatewaySymbols.put(ps, ng);
                        natGateways.add(new BicepView.NatGateway(ng, quote(DerivedNames.natGateway(ps)),
                                symbols.allocate("pip", "ng", n.vnet().name(), s.name()), quote(DerivedNames.natPublicIp(ps))));
                    }
                });
            }
        }

        List<BicepView.Network> networks = new ArrayList<>();
        List<BicepView.SubnetRef> subnetRefs = new ArrayList<>();
        for (PlannedNetwork n : plan.networks()) {
            String symbol = symbols.allocate(n.vnet().name());
            List<BicepView.Subnet> subnets = n.created()
                    ? n.vnet().subnets().stream().map(s -> subnet(new PlannedSubnet(n, s))).toList() : List.of();
            String scope = !n.created() && n.inOtherResourceGroup(d) ? "resourceGroup(" + quote(n.resourceGroup()) + ")" : null;
            networks.add(new BicepView.Network(symbol, quote(n.vnet().name()), n.created(), scope,
                    n.vnet().addressSpace().stream().map(c -> quote(c.toCanonicalString())).toList(), subnets));
            for (PlannedSubnet s : plan.usedSubnets(n)) {
                String subnetSymbol = symbols.allocate(n.vnet().name(), s.subnet().name());
                subnetSymbols.put(s, subnetSymbol);
                vnetSymbols.put(s, symbol);
                subnetRefs.add(new BicepView.SubnetRef(subnetSymbol, symbol, quote(s.subnet().name())));
            }
        }

        List<BicepView.Identity> identities = new ArrayList<>();
        List<BicepView.RoleAssignment> subnetRoles = new ArrayList<>();
        List<BicepView.ScopedRoleAssignment> routeTableRoles = new ArrayList<>();
        List<BicepView.ZoneRoleAssignment> zoneRoles = new ArrayList<>();
        List<BicepView.Cluster> clusters = new ArrayList<>();
        List<BicepView.TrafficController> trafficControllers = new ArrayList<>();
        List<BicepView.RoleAssignment> addonRoles = new ArrayList<>();
        List<BicepView.Output> outputs = new ArrayList<>();
        for (PlannedCluster pc : plan.clusters()) {
            Cluster c = pc.cluster();
            String clusterSymbol = symbols.allocate(c.name(), "cluster");
            String identityRef = null;
            String principalId;
            List<String> dependsOn = new ArrayList<>();
            if (pc.userAssignedIdentity()) {
                String idSymbol = symbols.allocate(c.name(), "identity");
                identities.add(new BicepView.Identity(idSymbol, quote(DerivedNames.identity(c.name()))));
                identityRef = idSymbol + ".id";
                principalId = idSymbol + ".properties.principalId";
                for (PlannedSubnet s : pc.subnetsToJoin()) {
                    String raSymbol = symbols.allocate(c.name(), s.subnet().name(), "network", "contributor");
                    subnetRoles.add(subnetRole(raSymbol, c.name(), s, principalId));
                    dependsOn.add(raSymbol);
                }
                for (PlannedSubnet s : pc.routeTablesToWrite()) {
                    String raSymbol = symbols.allocate(c.name(), "rt", s.subnet().name(), "network", "contributor");
                    routeTableRoles.add(new BicepView.ScopedRoleAssignment(raSymbol, routeTableSymbols.get(s), idSymbol));
                    dependsOn.add(raSymbol);
                }
                if (c.customPrivateDnsZone()) {
                    // Validated as a private DNS zone's resource id (PRIVATE_DNS_ZONE_INVALID): its parts name the module's scope.
                    var zone = ZONE_ID.matcher(c.privateDnsZone());
                    if (!zone.matches()) {
                        throw new IllegalArgumentException("private DNS zone id does not parse; validate first");
                    }
                    String raSymbol = symbols.allocate(c.name(), "private", "dns", "zone", "contributor");
                    zoneRoles.add(new BicepView.ZoneRoleAssignment(raSymbol,
                            quote("aksnet-private-dns-zone-contributor-" + DerivedNames.shortHash(c.name() + "/" + c.privateDnsZone())),
                            "resourceGroup(" + quote(zone.group(1)) + ", " + quote(zone.group(2)) + ")", quote(zone.group(3)), principalId));
                    dependsOn.add(raSymbol);
                }
            } else {
                principalId = clusterSymbol + ".identity.principalId";
            }
            String existsParam = existsParams.get(pc);
            BicepView.DeployedCluster deployed = null;
            if (existsParam != null && hasAutoscaledPool(pc)) {
                deployed = new BicepView.DeployedCluster(symbols.allocate(c.name(), "deployed"), existsParam,
                        symbols.allocate(c.name(), "node", "counts"));
            }
            ArmClusterShape.Literals literals = literals(deployed);
            List<ArmClusterShape.Property> properties = new ArrayList<>();
            properties.add(new ArmClusterShape.Property("dnsPrefix", quote(c.effectiveDnsPrefix())));
            if (c.kubernetesVersion() != null) {
                properties.add(new ArmClusterShape.Property("kubernetesVersion", quote(c.kubernetesVersion())));
            }
            clusters.add(new BicepView.Cluster(clusterSymbol, quote(c.name()), deployed, pc.userAssignedIdentity(), identityRef, properties,
                    ArmClusterShape.agentPools(pc, literals), ArmClusterShape.networkProfile(c.network(), literals),
                    ArmClusterShape.apiServerAccess(c, literals), ArmClusterShape.ingressControllerConfig(pc, literals),
                    ArmClusterShape.INGRESS_ADDON, c.hasWindowsPools(), dependsOn));
            outputs.add(new BicepView.Output(symbols.allocate(c.name(), "id"), "string", clusterSymbol + ".id"));
            outputs.add(new BicepView.Output(symbols.allocate(c.name(), "node", "resource", "group"), "string",
                    clusterSymbol + ".properties.nodeResourceGroup"));
            outputs.add(new BicepView.Output(symbols.allocate(c.name(), "identity", "principal", "id"), "string", principalId));
            if (pc.trafficController()) {
                String alb = symbols.allocate(c.name(), "alb");
                String frontend = symbols.allocate(c.name(), "alb", "frontend");
                trafficControllers.add(new BicepView.TrafficController(alb, quote(DerivedNames.trafficController(c.name())),
                        frontend, quote(DerivedNames.TRAFFIC_CONTROLLER_FRONTEND),
                        symbols.allocate(c.name(), "alb", "association"), quote(DerivedNames.TRAFFIC_CONTROLLER_ASSOCIATION),
                        subnetSymbols.get(pc.ingressSubnet().orElseThrow()) + ".id"));
                outputs.add(new BicepView.Output(symbols.allocate(c.name(), "alb", "id"), "string", alb + ".id"));
                outputs.add(new BicepView.Output(symbols.allocate(c.name(), "alb", "frontend", "name"), "string", frontend + ".name"));
            }
            // The add-on's own identity (AKS creates it) updates the gateway, and so joins its subnet.
            String addonPrincipal = clusterSymbol + ".properties.addonProfiles." + ArmClusterShape.INGRESS_ADDON + ".identity.objectId";
            if (pc.ingressControllerAddon()) {
                outputs.add(new BicepView.Output(symbols.allocate(c.name(), "ingress", "identity", "object", "id"), "string", addonPrincipal));
            }
            pc.addonGatewaySubnet().ifPresent(s -> addonRoles.add(subnetRole(symbols.allocate(c.name(), "agic", s.subnet().name(),
                    "network", "contributor"), "agic/" + c.name(), s, addonPrincipal)));
        }

        // Comments carry no free text from the spec: the group name is validated, the location only if a plain region token.
        String rg = d.resourceGroup();
        String region = d.location().matches("[a-z0-9]{1,40}") ? d.location() : "LOCATION";
        String deployHint = "Deploy: az group create -n " + rg + " -l " + region + " && az deployment group create -g " + rg
                + " -f main.bicep";
        String redeployHint = params.isEmpty() ? null : "// " + oneLine("Redeploy: az deployment group create -g " + rg + " -f main.bicep "
                + String.join(" ", params.stream().map(p -> "-p " + p.name() + "=true").toList()));
        BicepView.Types types = new BicepView.Types(quote(BicepApiVersions.MANAGED_CLUSTERS), quote(BicepApiVersions.VIRTUAL_NETWORKS),
                quote(BicepApiVersions.SUBNETS), quote(BicepApiVersions.ROUTE_TABLES),
                quote(BicepApiVersions.NAT_GATEWAYS), quote(BicepApiVersions.PUBLIC_IP_ADDRESSES),
                quote(BicepApiVersions.USER_ASSIGNED_IDENTITIES), quote(BicepApiVersions.ROLE_ASSIGNMENTS),
                quote(BicepApiVersions.TRAFFIC_CONTROLLERS), quote(BicepApiVersions.TRAFFIC_CONTROLLER_FRONTENDS),
                quote(BicepApiVersions.TRAFFIC_CONTROLLER_ASSOCIATIONS));
        return new BicepView("// " + GeneratedHeader.text(specFileName), "// " + oneLine(deployHint), redeployHint, tags(), quote(d.location()),
                plan.hasWindowsPools(), params, routeTables, natGateways, networks, subnetRefs, identities, subnetRoles, routeTableRoles,
                zoneRoles, clusters, trafficControllers, addonRoles, outputs, types, new BicepView.RoleModule(quote(ROLE_MODULE_PATH), quote(AzureRoles.NETWORK_CONTRIBUTOR_ID),
                quote(ZONE_ROLE_MODULE_PATH), quote(AzureRoles.PRIVATE_DNS_ZONE_CONTRIBUTOR_ID)));
    }

    /**
     * Network Contributor on a subnet, through the module; {@code grantee} keeps the module's deployment name unique.
     * The network and subnet are named through their symbols, never as literals: that is what makes the module wait
     * for a network this deployment creates.
     */
    private BicepView.RoleAssignment subnetRole(String symbol, String grantee, PlannedSubnet s, String principalId) {
        String scope = s.network().inOtherResourceGroup(d) ? "resourceGroup(" + quote(s.network().resourceGroup()) + ")" : null;
        return new BicepView.RoleAssignment(symbol, quote("aksnet-network-contributor-" + DerivedNames.shortHash(
                String.join("/", grantee, s.network().resourceGroup(), s.network().vnet().name(), s.subnet().name()))),
                scope, vnetSymbols.get(s) + ".name", subnetSymbols.get(s) + ".name", principalId);
    }

    /** Bicep's literals; an autoscaled pool's count is its minimum, or on a redeployment the count the autoscaler chose. */
    private ArmClusterShape.Literals literals(BicepView.DeployedCluster deployed) {
        return new ArmClusterShape.Literals() {
            @Override
            public String text(String value) {
                return quote(value);
            }

            @Override
            public String subnetId(PlannedSubnet subnet) {
                return subnetSymbols.get(subnet) + ".id";
            }

            @Override
            public String tags() {
                return "tags";
            }

            @Override
            public String autoscaledCount(NodePool pool, int min) {
                return deployed == null ? Integer.toString(min) : deployed.countsVar() + "[?" + quote(pool.name()) + "] ?? " + min;
            }
        };
    }

    private static boolean hasAutoscaledPool(PlannedCluster pc) {
        return pc.allPools().stream().anyMatch(p -> p.pool().count() instanceof NodeCount.Autoscale);
    }

    private static String existsDescription(String cluster, boolean autoscaled, boolean kubenetRoutes) {
        List<String> what = new ArrayList<>();
        if (autoscaled) {
            what.add("autoscaled pools keep the node counts the cluster autoscaler chose (AKS refuses another)");
        }
        if (kubenetRoutes) {
            what.add("its route table keeps the routes AKS wrote into it (they are read and put back)");
        }
        return "true when cluster " + cluster + " exists already (every deployment after the first): " + String.join("; ", what) + ".";
    }

    boolean needsRoleModule() {
        return plan.clusters().stream().anyMatch(c -> !c.subnetsToJoin().isEmpty() || c.addonGatewaySubnet().isPresent());
    }

    boolean needsZoneRoleModule() {
        return plan.clusters().stream().anyMatch(c -> c.cluster().customPrivateDnsZone());
    }

    private BicepView.Subnet subnet(PlannedSubnet s) {
        Delegation delegation = plan.delegationOf(s).orElse(null);
        String rt = routeTableSymbols.get(plan.routeTableOwner(s).orElse(s));
        String ng = natGatewaySymbols.get(s);
        return new BicepView.Subnet(quote(s.subnet().name()), quote(s.subnet().cidr().toCanonicalString()), delegation != null,
                delegation != null ? quote(delegation.specName()) : null, delegation != null ? quote(delegation.serviceName()) : null,
                rt == null ? null : rt + ".id", ng == null ? null : ng + ".id",
                s.subnet().serviceEndpoints().stream().map(BicepStrings::quote).toList());
    }

    private List<ArmClusterShape.Property> tags() {
        return d.tags().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new ArmClusterShape.Property(BicepStrings.key(e.getKey()), quote(e.getValue())))
                .toList();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\u2028\u2029]", "?");
    }
}
