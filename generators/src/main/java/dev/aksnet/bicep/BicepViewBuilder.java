package dev.aksnet.bicep;

import dev.aksnet.arm.ArmBodies;
import dev.aksnet.arm.ArmSpelling;
import dev.aksnet.generate.GeneratedHeader;
import dev.aksnet.generate.SymbolNames;
import dev.aksnet.plan.AzureRoles;
import dev.aksnet.plan.AzureType;
import dev.aksnet.plan.DerivedNames;
import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.plan.ResourcePlan.AgentPool;
import dev.aksnet.plan.ResourcePlan.ClusterId;
import dev.aksnet.plan.ResourcePlan.ClusterPrincipalId;
import dev.aksnet.plan.ResourcePlan.GrantWait;
import dev.aksnet.plan.ResourcePlan.IdentityPrincipal;
import dev.aksnet.plan.ResourcePlan.IngressAddonObjectId;
import dev.aksnet.plan.ResourcePlan.IngressAddonPrincipal;
import dev.aksnet.plan.ResourcePlan.ManagedCluster;
import dev.aksnet.plan.ResourcePlan.NatGateway;
import dev.aksnet.plan.ResourcePlan.NodeResourceGroup;
import dev.aksnet.plan.ResourcePlan.PrivateDnsZoneScope;
import dev.aksnet.plan.ResourcePlan.RoleGrant;
import dev.aksnet.plan.ResourcePlan.RouteTable;
import dev.aksnet.plan.ResourcePlan.RouteTableScope;
import dev.aksnet.plan.ResourcePlan.Subnet;
import dev.aksnet.plan.ResourcePlan.SubnetScope;
import dev.aksnet.plan.ResourcePlan.TrafficController;
import dev.aksnet.plan.ResourcePlan.TrafficControllerId;
import dev.aksnet.plan.ResourcePlan.UserAssigned;
import dev.aksnet.render.BicepStrings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.aksnet.render.BicepStrings.quote;

/** Spells a resource plan as main.bicep (resource-group scope) and its role modules: symbols, literals, references. */
final class BicepViewBuilder {
    static final String ROLE_MODULE_PATH = "modules/subnet-network-contributor.bicep";
    static final String ZONE_ROLE_MODULE_PATH = "modules/private-dns-zone-contributor.bicep";

    private final ResourcePlan plan;
    private final SymbolNames symbols = new SymbolNames(SymbolNames.Style.CAMEL,
            Set.of("location", "tags", "windowsadminusername", "windowsadminpassword", "roledefinitionid"));
    private final Map<Subnet, String> subnetSymbols = new HashMap<>();
    private final Map<Subnet, String> vnetSymbols = new HashMap<>();
    private final Map<RouteTable, String> routeTableSymbols = new HashMap<>();
    private final Map<NatGateway, String> natGatewaySymbols = new HashMap<>();
    private final Map<ResourcePlan.PublicIp, String> publicIpSymbols = new HashMap<>();
    private final Map<ResourcePlan.Identity, String> identitySymbols = new HashMap<>();
    private final Map<String, String> clusterSymbols = new HashMap<>();
    /** Per cluster name that needs it: the parameter that says the cluster exists already (a redeployment). */
    private final Map<String, String> existsParams = new HashMap<>();
    /** Per cluster name with autoscaled pools: its deployed state. */
    private final Map<String, BicepView.DeployedCluster> deployedClusters = new HashMap<>();
    private final ArmSpelling spelling = new Spelling();

    BicepViewBuilder(ResourcePlan plan) {
        this.plan = plan;
    }

    BicepView build(String specFileName) {
        List<BicepView.Param> params = new ArrayList<>();
        for (ResourcePlan.Input input : plan.inputs()) {
            params.add(new BicepView.Param(camel(input.words()), quote(input.description()), "string",
                    input.defaultValue().map(BicepStrings::quote).orElse(null), input.secret()));
        }
        List<BicepView.Param> existsParamList = new ArrayList<>();
        for (ManagedCluster c : plan.clusters()) {
            boolean autoscaled = c.hasAutoscaledPool();
            boolean kubenetRoutes = plan.routeTables().stream().anyMatch(rt -> rt.ownerCluster().filter(c.name()::equals).isPresent());
            if (autoscaled || kubenetRoutes) {
                String param = symbols.allocate(c.name(), "exists");
                existsParams.put(c.name(), param);
                existsParamList.add(new BicepView.Param(param, quote(existsDescription(c.name(), autoscaled, kubenetRoutes)), "bool", "false", false));
            }
        }
        params.addAll(existsParamList);

        List<BicepView.RouteTable> routeTables = new ArrayList<>();
        for (RouteTable rt : plan.routeTables()) {
            String symbol = symbols.allocate("rt", rt.madeFor().vnetName(), rt.madeFor().subnetName());
            routeTableSymbols.put(rt, symbol);
            // A kubenet table also holds the routes AKS writes, which a PUT without them drops: a redeployment reads them
            // from the deployed table and puts them back beside aksnet's own.
            BicepView.DeployedRouteTable deployed = rt.ownerCluster().map(owner -> new BicepView.DeployedRouteTable(
                    symbols.allocate("rt", rt.madeFor().vnetName(), rt.madeFor().subnetName(), "deployed"), existsParams.get(owner),
                    symbols.allocate("rt", rt.madeFor().vnetName(), rt.madeFor().subnetName(), "aks", "routes"),
                    quote(DerivedNames.DEFAULT_ROUTE))).orElse(null);
            routeTables.add(new BicepView.RouteTable(symbol, quote(rt.name()), deployed, ArmBodies.routes(rt.routes(), spelling)));
        }
        List<BicepView.NatGateway> natGateways = new ArrayList<>();
        for (NatGateway ng : plan.natGateways()) {
            String symbol = symbols.allocate("ng", ng.madeFor().vnetName(), ng.madeFor().subnetName());
            natGatewaySymbols.put(ng, symbol);
            String pip = symbols.allocate("pip", "ng", ng.madeFor().vnetName(), ng.madeFor().subnetName());
            publicIpSymbols.put(ng.publicIp(), pip);
            natGateways.add(new BicepView.NatGateway(symbol, quote(ng.name()), ArmBodies.natGateway(ng, spelling), pip,
                    quote(ng.publicIp().name()), ArmBodies.publicIp(ng.publicIp(), spelling)));
        }

        List<BicepView.Network> networks = new ArrayList<>();
        List<BicepView.SubnetRef> subnetRefs = new ArrayList<>();
        for (ResourcePlan.Network n : plan.networks()) {
            String symbol = symbols.allocate(n.name());
            String scope = !n.created() && n.otherGroup() ? "resourceGroup(" + quote(n.resourceGroup()) + ")" : null;
            networks.add(new BicepView.Network(symbol, quote(n.name()), n.created(), scope,
                    n.created() ? ArmBodies.virtualNetwork(n, spelling) : null));
            for (Subnet s : n.used()) {
                String subnetSymbol = symbols.allocate(n.name(), s.name());
                subnetSymbols.put(s, subnetSymbol);
                vnetSymbols.put(s, symbol);
                subnetRefs.add(new BicepView.SubnetRef(subnetSymbol, symbol, quote(s.name())));
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
        Map<RoleGrant, String> grantSymbols = new HashMap<>();
        for (ManagedCluster c : plan.clusters()) {
            String clusterSymbol = symbols.allocate(c.name(), "cluster");
            clusterSymbols.put(c.name(), clusterSymbol);
            String identityRef = null;
            if (c.identity() instanceof UserAssigned ua) {
                String idSymbol = symbols.allocate(c.name(), "identity");
                identitySymbols.put(ua.identity(), idSymbol);
                identities.add(new BicepView.Identity(idSymbol, quote(ua.identity().name())));
                identityRef = idSymbol + ".id";
                for (RoleGrant g : plan.roleGrants()) {
                    if (!(g.principal() instanceof IdentityPrincipal ip) || !ip.identity().equals(ua.identity())) {
                        continue;
                    }
                    String raSymbol = symbols.allocate(g.words().toArray(String[]::new));
                    grantSymbols.put(g, raSymbol);
                    if (g.scope() instanceof SubnetScope s) {
                        subnetRoles.add(subnetRole(raSymbol, c.name(), s.subnet(), spelling.principalId(g.principal())));
                    } else if (g.scope() instanceof RouteTableScope rt) {
                        String scope = routeTableSymbols.get(rt.routeTable());
                        routeTableRoles.add(new BicepView.ScopedRoleAssignment(raSymbol,
                                scope + ".id, " + idSymbol + ".id, " + quote(g.role().definitionId()), scope, ArmBodies.roleAssignment(g, spelling)));
                    } else {
                        PrivateDnsZoneScope zone = (PrivateDnsZoneScope) g.scope();
                        zoneRoles.add(new BicepView.ZoneRoleAssignment(raSymbol,
                                quote("aksnet-private-dns-zone-contributor-" + DerivedNames.shortHash(c.name() + "/" + zone.id())),
                                "resourceGroup(" + quote(zone.subscriptionId()) + ", " + quote(zone.resourceGroup()) + ")",
                                quote(zone.zoneName()), spelling.principalId(g.principal())));
                    }
                }
            }
            String existsParam = existsParams.get(c.name());
            BicepView.DeployedCluster deployed = null;
            if (existsParam != null && c.hasAutoscaledPool()) {
                deployed = new BicepView.DeployedCluster(symbols.allocate(c.name(), "deployed"), existsParam,
                        symbols.allocate(c.name(), "node", "counts"));
                deployedClusters.put(c.name(), deployed);
            }
            List<String> dependsOn = c.waitsFor().stream().filter(w -> w instanceof GrantWait)
                    .map(w -> grantSymbols.get(((GrantWait) w).grant())).toList();
            clusters.add(new BicepView.Cluster(clusterSymbol, quote(c.name()), deployed, quote(c.identity().type()), identityRef != null, identityRef,
                    ArmBodies.managedClusterProperties(c, spelling), dependsOn));
            for (ResourcePlan.Output o : plan.outputs()) {
                if (clusterOf(o.value()).equals(c.name())) {
                    outputs.add(output(o, clusterSymbol, trafficControllers));
                }
            }
            for (RoleGrant g : plan.roleGrants()) {
                // The add-on's own identity (AKS creates it) updates the gateway, and so joins its subnet.
                if (g.principal() instanceof IngressAddonPrincipal p && p.clusterName().equals(c.name())) {
                    addonRoles.add(subnetRole(symbols.allocate(g.words().toArray(String[]::new)), "agic/" + c.name(),
                            ((SubnetScope) g.scope()).subnet(), spelling.principalId(g.principal())));
                }
            }
        }

        // Comments carry no free text from the spec: the group name is validated, the location only if a plain region token.
        String rg = plan.resourceGroup();
        String region = plan.location().matches("[a-z0-9]{1,40}") ? plan.location() : "LOCATION";
        String deployHint = "Deploy: az group create -n " + rg + " -l " + region + " && az deployment group create -g " + rg
                + " -f main.bicep";
        String redeployHint = existsParamList.isEmpty() ? null : "// " + oneLine("Redeploy: az deployment group create -g " + rg
                + " -f main.bicep " + String.join(" ", existsParamList.stream().map(p -> "-p " + p.name() + "=true").toList()));
        BicepView.Types types = new BicepView.Types(type(AzureType.MANAGED_CLUSTER), type(AzureType.VIRTUAL_NETWORK),
                type(AzureType.SUBNET), type(AzureType.ROUTE_TABLE), type(AzureType.NAT_GATEWAY), type(AzureType.PUBLIC_IP_ADDRESS),
                type(AzureType.USER_ASSIGNED_IDENTITY), type(AzureType.ROLE_ASSIGNMENT), type(AzureType.TRAFFIC_CONTROLLER),
                type(AzureType.TRAFFIC_CONTROLLER_FRONTEND), type(AzureType.TRAFFIC_CONTROLLER_ASSOCIATION), type(AzureType.PRIVATE_DNS_ZONE));
        List<BicepView.Property> tags = plan.tags().stream().map(t -> new BicepView.Property(BicepStrings.key(t.key()), quote(t.value()))).toList();
        return new BicepView("// " + GeneratedHeader.text(specFileName), "// " + oneLine(deployHint), redeployHint, tags,
                quote(plan.location()), params, routeTables, natGateways, networks, subnetRefs, identities, subnetRoles,
                routeTableRoles, zoneRoles, clusters, trafficControllers, addonRoles, outputs, types,
                new BicepView.RoleModule(quote(ROLE_MODULE_PATH), quote(AzureRoles.NETWORK_CONTRIBUTOR_ID),
                        quote(ZONE_ROLE_MODULE_PATH), quote(AzureRoles.PRIVATE_DNS_ZONE_CONTRIBUTOR_ID), quote(RoleGrant.PRINCIPAL_TYPE),
                        quote("Name of the virtual network that holds the subnet."), quote("Name of the subnet."),
                        quote("Name of the private DNS zone, privatelink.<region>.azmk8s.io or a subzone of it."),
                        quote("Principal id of the cluster identity.")));
    }

    /** The output, and for a traffic controller's first output the traffic controller itself (its symbols come first). */
    private BicepView.Output output(ResourcePlan.Output o, String clusterSymbol, List<BicepView.TrafficController> trafficControllers) {
        String name;
        String value;
        ResourcePlan.OutputValue v = o.value();
        if (v instanceof TrafficControllerId t) {
            TrafficController tc = t.trafficController();
            String alb = symbols.allocate(tc.clusterName(), "alb");
            String frontend = symbols.allocate(tc.clusterName(), "alb", "frontend");
            trafficControllers.add(new BicepView.TrafficController(alb, quote(tc.name()), frontend, quote(tc.frontendName()),
                    symbols.allocate(tc.clusterName(), "alb", "association"), quote(tc.associationName()),
                    ArmBodies.trafficControllerAssociation(tc, spelling)));
            trafficControllerSymbols.put(tc, alb);
            frontendSymbols.put(tc, frontend);
        }
        name = symbols.allocate(o.words().toArray(String[]::new));
        if (v instanceof ClusterId) {
            value = clusterSymbol + ".id";
        } else if (v instanceof NodeResourceGroup) {
            value = clusterSymbol + ".properties.nodeResourceGroup";
        } else if (v instanceof ClusterPrincipalId p) {
            value = p.cluster().identity() instanceof UserAssigned ua ? identitySymbols.get(ua.identity()) + ".properties.principalId"
                    : clusterSymbol + ".identity.principalId";
        } else if (v instanceof IngressAddonObjectId) {
            value = addonPrincipal(clusterSymbol);
        } else if (v instanceof TrafficControllerId t) {
            value = trafficControllerSymbols.get(t.trafficController()) + ".id";
        } else {
            value = frontendSymbols.get(((ResourcePlan.TrafficControllerFrontendName) v).trafficController()) + ".name";
        }
        return new BicepView.Output(name, quote(o.description()), "string", value);
    }

    private final Map<TrafficController, String> trafficControllerSymbols = new HashMap<>();
    private final Map<TrafficController, String> frontendSymbols = new HashMap<>();

    private static String clusterOf(ResourcePlan.OutputValue v) {
        if (v instanceof ClusterId x) {
            return x.cluster().name();
        }
        if (v instanceof NodeResourceGroup x) {
            return x.cluster().name();
        }
        if (v instanceof ClusterPrincipalId x) {
            return x.cluster().name();
        }
        if (v instanceof IngressAddonObjectId x) {
            return x.cluster().name();
        }
        if (v instanceof TrafficControllerId x) {
            return x.trafficController().clusterName();
        }
        return ((ResourcePlan.TrafficControllerFrontendName) v).trafficController().clusterName();
    }

    private static String addonPrincipal(String clusterSymbol) {
        return clusterSymbol + ".properties.addonProfiles." + ResourcePlan.IngressAddon.KEY + ".identity.objectId";
    }

    /**
     * Network Contributor on a subnet, through the module; {@code grantee} keeps the module's deployment name unique.
     * The network and subnet are named through their symbols, never as literals: that is what makes the module wait
     * for a network this deployment creates.
     */
    private BicepView.RoleAssignment subnetRole(String symbol, String grantee, Subnet s, String principalId) {
        boolean otherGroup = !s.resourceGroup().equalsIgnoreCase(plan.resourceGroup());
        String scope = otherGroup ? "resourceGroup(" + quote(s.resourceGroup()) + ")" : null;
        return new BicepView.RoleAssignment(symbol, quote("aksnet-network-contributor-" + DerivedNames.shortHash(
                String.join("/", grantee, s.resourceGroup(), s.vnetName(), s.name()))),
                scope, vnetSymbols.get(s) + ".name", subnetSymbols.get(s) + ".name", principalId);
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
        return plan.roleGrants().stream().anyMatch(g -> g.scope() instanceof SubnetScope);
    }

    boolean needsZoneRoleModule() {
        return plan.roleGrants().stream().anyMatch(g -> g.scope() instanceof PrivateDnsZoneScope);
    }

    private static String type(AzureType type) {
        return quote(type.typeAtVersion());
    }

    private static String camel(List<String> words) {
        StringBuilder out = new StringBuilder(words.get(0));
        words.subList(1, words.size()).forEach(w -> out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)));
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\u2028\u2029]", "?");
    }

    /** Bicep's literals and references; an autoscaled pool's count is its minimum, or on a redeployment the autoscaler's. */
    private final class Spelling implements ArmSpelling {
        @Override
        public String text(String value) {
            return quote(value);
        }

        @Override
        public String tags() {
            return "tags";
        }

        @Override
        public String input(ResourcePlan.Input input) {
            return camel(input.words());
        }

        @Override
        public String subnetId(Subnet subnet) {
            return subnetSymbols.get(subnet) + ".id";
        }

        @Override
        public String routeTableId(RouteTable routeTable) {
            return routeTableSymbols.get(routeTable) + ".id";
        }

        @Override
        public String natGatewayId(NatGateway natGateway) {
            return natGatewaySymbols.get(natGateway) + ".id";
        }

        @Override
        public String publicIpId(ResourcePlan.PublicIp publicIp) {
            return publicIpSymbols.get(publicIp) + ".id";
        }

        @Override
        public String roleDefinitionId(ResourcePlan.Role role) {
            return "subscriptionResourceId('Microsoft.Authorization/roleDefinitions', " + quote(role.definitionId()) + ")";
        }

        @Override
        public String principalId(ResourcePlan.Principal principal) {
            if (principal instanceof IdentityPrincipal ip) {
                return identitySymbols.get(ip.identity()) + ".properties.principalId";
            }
            return addonPrincipal(clusterSymbols.get(((IngressAddonPrincipal) principal).clusterName()));
        }

        @Override
        public String autoscaledCount(ManagedCluster cluster, AgentPool pool, int min) {
            BicepView.DeployedCluster deployed = deployedClusters.get(cluster.name());
            return deployed == null ? Integer.toString(min) : deployed.countsVar() + "[?" + quote(pool.name()) + "] ?? " + min;
        }
    }
}
