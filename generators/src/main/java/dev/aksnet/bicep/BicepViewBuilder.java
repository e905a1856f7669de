package dev.aksnet.bicep;

import dev.aksnet.arm.ArmBodies;
import dev.aksnet.arm.ArmSpelling;
import dev.aksnet.generate.GeneratedHeader;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.SymbolNames;
import dev.aksnet.plan.AzureRoles;
import dev.aksnet.plan.AzureType;
import dev.aksnet.plan.DerivedNames;
import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.plan.ResourcePlan.AgentPool;
import dev.aksnet.plan.ResourcePlan.ClusterId;
import dev.aksnet.plan.ResourcePlan.ClusterPrincipalId;
import dev.aksnet.plan.ResourcePlan.GrantWait;
import dev.aksnet.plan.ResourcePlan.Identity;
import dev.aksnet.plan.ResourcePlan.IdentityPrincipal;
import dev.aksnet.plan.ResourcePlan.IngressAddonObjectId;
import dev.aksnet.plan.ResourcePlan.IngressAddonPrincipal;
import dev.aksnet.plan.ResourcePlan.ManagedCluster;
import dev.aksnet.plan.ResourcePlan.NatGateway;
import dev.aksnet.plan.ResourcePlan.NodeResourceGroup;
import dev.aksnet.plan.ResourcePlan.ExistingResourceScope;
import dev.aksnet.plan.ResourcePlan.RoleGrant;
import dev.aksnet.plan.ResourcePlan.RouteTable;
import dev.aksnet.plan.ResourcePlan.RouteTableScope;
import dev.aksnet.plan.ResourcePlan.Subnet;
import dev.aksnet.plan.ResourcePlan.SubnetScope;
import dev.aksnet.plan.ResourcePlan.TrafficController;
import dev.aksnet.plan.ResourcePlan.TrafficControllerId;
import dev.aksnet.plan.ResourcePlan.UserAssigned;
import dev.aksnet.render.BicepStrings;
import dev.aksnet.render.TextLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.aksnet.render.BicepStrings.quote;

/** Spells a resource plan as main.bicep (resource-group scope) and its role modules: symbols, literals, references. */
final class BicepViewBuilder {
    /** A location printed in a comment only when it is a plain region token. */
    private static final java.util.regex.Pattern PLAIN_REGION = java.util.regex.Pattern.compile("[a-z0-9]{1,40}");
    static final String ROLE_MODULE_PATH = "modules/subnet-network-contributor.bicep";
    static final String NAT_GATEWAY_ATTACHMENT_MODULE_PATH = "modules/subnet-nat-gateway.bicep";
    static final String PEERING_MODULE_PATH = "modules/virtual-network-peering.bicep";

    /** What the module granting a role on a resource of one type says and names. */
    private record RoleOnResource(String path, List<String> purpose, String nameParam, String nameDescription, String resourceSymbol,
                                  String assignmentSymbol) {
    }

    /** One module per type of resource aksnet grants a role on by id: Bicep names an existing resource's type statically. */
    private static final Map<AzureType, RoleOnResource> ROLE_ON_RESOURCE = Map.of(
            AzureType.PRIVATE_DNS_ZONE, new RoleOnResource("modules/private-dns-zone-contributor.bicep",
                    List.of("Grants Private DNS Zone Contributor on a private DNS zone of yours: a private cluster's own zone, or one the",
                            "application routing add-on manages. A module, so that the zone may live in another resource group or subscription."),
                    "zoneName", "Name of the private DNS zone, privatelink.<region>.azmk8s.io or a subzone of it.", "zone", "zoneContributor"),
            AzureType.PUBLIC_IP_ADDRESS, new RoleOnResource("modules/public-ip-network-contributor.bicep",
                    List.of("Grants Network Contributor on a public IP of yours that AKS joins to the cluster's load balancer. A module, so",
                            "that the public IP may live in another resource group or subscription."),
                    "publicIpName", "Name of the public IP.", "publicIp", "publicIpContributor"),
            AzureType.USER_ASSIGNED_IDENTITY, new RoleOnResource("modules/kubelet-identity-operator.bicep",
                    List.of("Grants Managed Identity Operator on a kubelet identity of yours to the cluster's control-plane identity, which",
                            "assigns it to the nodes. A module, so that the identity may live in another resource group or subscription."),
                    "identityName", "Name of the kubelet identity.", "kubeletIdentity", "identityOperator"),
            AzureType.DNS_ZONE, new RoleOnResource("modules/dns-zone-contributor.bicep",
                    List.of("Grants DNS Zone Contributor on a public DNS zone of yours to the application routing add-on's identity,",
                            "which manages the records of its ingresses there. A module, so that the zone may live in another resource group or subscription."),
                    "zoneName", "Name of the DNS zone.", "zone", "zoneContributor"),
            AzureType.CONTAINER_REGISTRY, new RoleOnResource("modules/container-registry-acr-pull.bicep",
                    List.of("Grants AcrPull on a container registry of yours to the kubelet identity, which bootstraps the nodes of a",
                            "network isolated cluster from it. A module, so that the registry may live in another resource group or subscription."),
                    "registryName", "Name of the container registry.", "registry", "acrPull"),
            AzureType.VIRTUAL_NETWORK, new RoleOnResource("modules/virtual-network-network-contributor.bicep",
                    List.of("Grants Network Contributor on a virtual network, where AKS links a private cluster's DNS zone. A module, so",
                            "that the network may live in another resource group."),
                    "virtualNetworkName", "Name of the virtual network.", "vnet", "vnetContributor"),
            AzureType.PUBLIC_IP_PREFIX, new RoleOnResource("modules/public-ip-prefix-network-contributor.bicep",
                    List.of("Grants Network Contributor on a public IP prefix of yours that AKS takes outbound or node addresses from. A",
                            "module, so that the prefix may live in another resource group or subscription."),
                    "publicIpPrefixName", "Name of the public IP prefix.", "publicIpPrefix", "publicIpPrefixContributor"));

    private final ResourcePlan plan;
    private final SymbolNames symbols = new SymbolNames(SymbolNames.Style.CAMEL,
            Set.of("location", "tags", "windowsadminusername", "windowsadminpassword", "roledefinitionid"));
    private final Map<Subnet, String> subnetSymbols = new HashMap<>();
    private final Map<Subnet, String> vnetSymbols = new HashMap<>();
    private final Map<RouteTable, String> routeTableSymbols = new HashMap<>();
    private final Map<NatGateway, String> natGatewaySymbols = new HashMap<>();
    private final Map<ResourcePlan.Network, String> networkSymbols = new HashMap<>();
    private final Map<ResourcePlan.NetworkSecurityGroup, String> nsgSymbols = new HashMap<>();
    private final Map<ResourcePlan.PrivateDnsZone, String> zoneSymbols = new HashMap<>();
    private final Map<ResourcePlan.Peering, String> peeringSymbols = new HashMap<>();
    private final Map<ResourcePlan.PublicIpPrefix, String> publicIpPrefixSymbols = new HashMap<>();
    /** Existing subnets with a NAT gateway attached, by the module that attaches it. */
    private final Map<Subnet, String> attachmentSymbols = new HashMap<>();
    private final Map<ResourcePlan.PublicIp, String> publicIpSymbols = new HashMap<>();
    private final Map<ResourcePlan.Identity, String> identitySymbols = new HashMap<>();
    private final Map<String, String> clusterSymbols = new HashMap<>();
    /** Per cluster name that needs it: the parameter that says the cluster exists already (a redeployment). */
    private final Map<String, String> existsParams = new HashMap<>();
    /** Per cluster name with autoscaled pools: its deployed state. */
    private final Map<String, BicepView.DeployedCluster> deployedClusters = new HashMap<>();
    private final ArmSpelling spelling = new Spelling();

    private final Layout layout;

    BicepViewBuilder(ResourcePlan plan, Layout layout) {
        this.plan = plan;
        this.layout = layout;
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
            String symbol = symbols.allocate(words(List.of("rt"), rt.words()));
            routeTableSymbols.put(rt, symbol);
            // A kubenet table also holds the routes AKS writes, which a PUT without them drops: a redeployment reads them
            // from the deployed table and puts them back beside aksnet's own.
            BicepView.DeployedRouteTable deployed = rt.ownerCluster().map(owner -> new BicepView.DeployedRouteTable(
                    symbols.allocate(words(List.of("rt"), rt.words(), "deployed")), existsParams.get(owner),
                    symbols.allocate(words(List.of("rt"), rt.words(), "aks", "routes")), notOwnRoute(rt))).orElse(null);
            routeTables.add(new BicepView.RouteTable(symbol, quote(rt.name()), deployed, ArmBodies.routes(rt.routes(), spelling),
                    rt.bgpRoutePropagation().map(on -> Boolean.toString(!on)).orElse(null)));
        }
        List<BicepView.NatGateway> natGateways = new ArrayList<>();
        for (NatGateway ng : plan.natGateways()) {
            List<BicepView.PublicAddress> ips = new ArrayList<>();
            for (ResourcePlan.PublicIp ip : ng.publicIps()) {
                String pip = symbols.allocate(words(List.of("pip", "ng"), ip.words()));
                publicIpSymbols.put(ip, pip);
                ips.add(new BicepView.PublicAddress(pip, quote(ip.name()), ArmBodies.publicIp(ip, spelling)));
            }
            BicepView.PublicAddress prefix = ng.publicIpPrefix().map(p -> {
                String symbol = symbols.allocate(words(List.of("ippre", "ng"), p.words()));
                publicIpPrefixSymbols.put(p, symbol);
                return new BicepView.PublicAddress(symbol, quote(p.name()), ArmBodies.publicIpPrefix(p, spelling));
            }).orElse(null);
            String symbol = symbols.allocate(words(List.of("ng"), ng.words()));
            natGatewaySymbols.put(ng, symbol);
            natGateways.add(new BicepView.NatGateway(symbol, quote(ng.name()), ArmBodies.natGateway(ng, spelling), ips, prefix));
        }

        List<BicepView.NetworkSecurityGroup> nsgs = new ArrayList<>();
        for (ResourcePlan.NetworkSecurityGroup nsg : plan.networkSecurityGroups()) {
            String symbol = symbols.allocate("nsg", nsg.name());
            nsgSymbols.put(nsg, symbol);
            nsgs.add(new BicepView.NetworkSecurityGroup(symbol, quote(nsg.name()), ArmBodies.networkSecurityGroup(nsg, spelling)));
        }

        List<BicepView.Network> networks = new ArrayList<>();
        List<BicepView.SubnetRef> subnetRefs = new ArrayList<>();
        for (ResourcePlan.Network n : plan.networks()) {
            String symbol = symbols.allocate(n.name());
            networkSymbols.put(n, symbol);
            String scope = groupScope(n.subscriptionId(), n.resourceGroup(), !n.created() && n.otherGroup());
            networks.add(new BicepView.Network(symbol, quote(n.name()), n.created(), scope,
                    n.created() ? ArmBodies.virtualNetwork(n, spelling) : null));
            for (Subnet s : n.used()) {
                String subnetSymbol = symbols.allocate(n.name(), s.name());
                subnetSymbols.put(s, subnetSymbol);
                vnetSymbols.put(s, symbol);
                subnetRefs.add(new BicepView.SubnetRef(subnetSymbol, symbol, quote(s.name())));
            }
        }

        List<BicepView.NatGatewayAttachment> attachments = new ArrayList<>();
        for (ResourcePlan.NatGatewayAttachment a : plan.natGatewayAttachments()) {
            Subnet sub = a.subnet();
            String symbol = symbols.allocate(sub.vnetName(), sub.name(), "nat", "gateway");
            attachmentSymbols.put(sub, symbol);
            attachments.add(new BicepView.NatGatewayAttachment(symbol, quote("aksnet-nat-gateway-" + DerivedNames.shortHash(
                    String.join("/", sub.resourceGroup(), sub.vnetName(), sub.name()))),
                    groupScope(sub.subscriptionId(), sub.resourceGroup(), sub.otherGroup(plan.resourceGroup())), vnetSymbols.get(sub) + ".name",
                    subnetSymbols.get(sub) + ".name", subnetSymbols.get(sub) + ".properties", spelling.natGatewayId(a.natGateway()),
                    a.after().map(b -> attachmentSymbols.get(b.subnet())).orElse(null)));
        }

        List<BicepView.PrivateDnsZone> zones = new ArrayList<>();
        for (ResourcePlan.PrivateDnsZone zone : plan.privateDnsZones()) {
            String symbol = symbols.allocate("zone", zone.name());
            zoneSymbols.put(zone, symbol);
            zones.add(new BicepView.PrivateDnsZone(symbol, quote(zone.name()), quote(ResourcePlan.PrivateDnsZone.LOCATION), zone.links().stream()
                    .map(link -> new BicepView.PrivateDnsZoneLink(symbols.allocate("zone", zone.name(), link.name()), quote(link.name()),
                            ArmBodies.privateDnsZoneLink(link, spelling))).toList()));
        }

        List<BicepView.PeeringModuleCall> peerings = new ArrayList<>();
        for (ResourcePlan.Peering p : plan.peerings()) {
            String symbol = symbols.allocate("peer", p.local().name(), "to", p.remote().name());
            peeringSymbols.put(p, symbol);
            peerings.add(new BicepView.PeeringModuleCall(symbol, quote("aksnet-peering-" + DerivedNames.shortHash(
                    String.join("/", p.local().resourceGroup(), p.local().name(), p.name()))),
                    groupScope(p.local().subscriptionId(), p.local().resourceGroup(), p.local().otherGroup()),
                    networkSymbols.get(p.local()) + ".name", quote(p.name()), spelling.networkId(p.remote()),
                    Boolean.toString(p.allowVirtualNetworkAccess()), Boolean.toString(p.allowForwardedTraffic()), Boolean.toString(p.allowGatewayTransit()),
                    Boolean.toString(p.useRemoteGateways())));
        }

        List<BicepView.Identity> identities = new ArrayList<>();
        List<BicepView.RoleAssignment> subnetRoles = new ArrayList<>();
        List<BicepView.ScopedRoleAssignment> scopedRoles = new ArrayList<>();
        List<BicepView.ResourceRoleAssignment> resourceRoles = new ArrayList<>();
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
                identities.add(identity(idSymbol, ua.identity()));
                identityRef = idSymbol + ".id";
                c.kubeletIdentity().ifPresent(k -> {
                    String kubeletSymbol = symbols.allocate(c.name(), "kubelet", "identity");
                    identitySymbols.put(k, kubeletSymbol);
                    identities.add(identity(kubeletSymbol, k));
                });
                for (RoleGrant g : plan.roleGrants()) {
                    if (!(g.principal() instanceof IdentityPrincipal ip) || !(ip.identity().equals(ua.identity())
                            || c.kubeletIdentity().filter(ip.identity()::equals).isPresent())) {
                        continue;
                    }
                    String raSymbol = symbols.allocate(g.words().toArray(String[]::new));
                    grantSymbols.put(g, raSymbol);
                    if (g.scope() instanceof SubnetScope s) {
                        subnetRoles.add(subnetRole(raSymbol, c.name(), s.subnet(), spelling.principalId(g.principal())));
                    } else if (g.scope() instanceof ResourcePlan.NetworkScope ns && ns.network().otherGroup()) {
                        // A network in another resource group: through the module scoped there.
                        RoleOnResource module = ROLE_ON_RESOURCE.get(AzureType.VIRTUAL_NETWORK);
                        resourceRoles.add(new BicepView.ResourceRoleAssignment(raSymbol, quote(module.path()),
                                quote("aksnet-virtual-network-network-contributor-" + DerivedNames.shortHash(c.name() + "/"
                                        + ns.network().resourceGroup() + "/" + ns.network().name())),
                                groupScope(ns.network().subscriptionId(), ns.network().resourceGroup(), true), module.nameParam(),
                                networkSymbols.get(ns.network()) + ".name", spelling.principalId(g.principal())));
                    } else if (g.scope() instanceof ResourcePlan.NetworkScope ns) {
                        String scope = networkSymbols.get(ns.network());
                        scopedRoles.add(new BicepView.ScopedRoleAssignment(raSymbol,
                                scope + ".id, " + idSymbol + ".id, " + quote(g.role().definitionId()), scope, ArmBodies.roleAssignment(g, spelling)));
                    } else if (g.scope() instanceof ResourcePlan.PrivateDnsZoneScope z) {
                        String scope = zoneSymbols.get(z.zone());
                        scopedRoles.add(new BicepView.ScopedRoleAssignment(raSymbol,
                                scope + ".id, " + idSymbol + ".id, " + quote(g.role().definitionId()), scope, ArmBodies.roleAssignment(g, spelling)));
                    } else if (g.scope() instanceof RouteTableScope rt) {
                        String scope = routeTableSymbols.get(rt.routeTable());
                        scopedRoles.add(new BicepView.ScopedRoleAssignment(raSymbol,
                                scope + ".id, " + idSymbol + ".id, " + quote(g.role().definitionId()), scope, ArmBodies.roleAssignment(g, spelling)));
                    } else {
                        ExistingResourceScope r = (ExistingResourceScope) g.scope();
                        resourceRoles.add(roleOnResource(raSymbol, r, c.name() + "/" + r.id(), spelling.principalId(g.principal())));
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
            // Grants, and NAT gateways attached to existing subnets (a created subnet's are waited for through its network).
            List<String> dependsOn = new ArrayList<>();
            for (ResourcePlan.Wait w : c.waitsFor()) {
                if (w instanceof GrantWait g) {
                    dependsOn.add(grantSymbols.get(g.grant()));
                } else if (w instanceof ResourcePlan.PeeringWait p) {
                    dependsOn.add(peeringSymbols.get(p.peering()));
                } else if (attachmentSymbols.containsKey(((ResourcePlan.SubnetWait) w).subnet())) {
                    dependsOn.add(attachmentSymbols.get(((ResourcePlan.SubnetWait) w).subnet()));
                }
            }
            clusters.add(new BicepView.Cluster(clusterSymbol, quote(c.name()), deployed, quote(c.identity().type()), identityRef != null, identityRef,
                    ArmBodies.managedClusterProperties(c, spelling), dependsOn));
            for (ResourcePlan.Output o : plan.outputs()) {
                if (!(o.value() instanceof ResourcePlan.CreatedResourceId) && clusterOf(o.value()).equals(c.name())) {
                    outputs.add(output(o, clusterSymbol, trafficControllers));
                }
            }
            for (RoleGrant g : plan.roleGrants()) {
                // The add-on's own identity (AKS creates it) updates the gateway, and so joins its subnet.
                if (g.principal() instanceof IngressAddonPrincipal p && p.clusterName().equals(c.name())) {
                    addonRoles.add(subnetRole(symbols.allocate(g.words().toArray(String[]::new)), "agic/" + c.name(),
                            ((SubnetScope) g.scope()).subnet(), spelling.principalId(g.principal())));
                } else if (g.principal() instanceof ResourcePlan.AppRoutingPrincipal p && p.clusterName().equals(c.name())) {
                    // A zone of the user's, in whatever group: through the module scoped there, once the add-on's identity exists.
                    ExistingResourceScope r = (ExistingResourceScope) g.scope();
                    resourceRoles.add(roleOnResource(symbols.allocate(g.words().toArray(String[]::new)), r,
                            "approuting/" + c.name() + "/" + r.id(), spelling.principalId(g.principal())));
                }
            }
        }

        // After the clusters' outputs, as in the plan: the ids of what the deployment creates.
        for (ResourcePlan.Output o : plan.outputs()) {
            if (o.value() instanceof ResourcePlan.CreatedResourceId id) {
                outputs.add(new BicepView.Output(symbols.allocate(o.words().toArray(String[]::new)), quote(o.description()), "string",
                        spelling.resourceId(id)));
            }
        }
        // Comments carry no free text from the spec: the group name is validated, the location only if a plain region token.
        String rg = plan.resourceGroup();
        String region = PLAIN_REGION.matcher(plan.location()).matches() ? plan.location() : "LOCATION";
        // A module deploys into a group its caller owns: no group is created, and the hint says how to call it.
        String deployHint = layout == Layout.MODULE
                ? "Deploy into an existing resource group: az deployment group create -g " + rg + " -f main.bicep, or call it as a module"
                        + " of your main.bicep (scope: resourceGroup('" + rg + "'))"
                : "Deploy: az group create -n " + rg + " -l " + region + " && az deployment group create -g " + rg + " -f main.bicep";
        String redeployHint = existsParamList.isEmpty() ? null : "// " + TextLayout.oneLine("Redeploy: az deployment group create -g " + rg
                + " -f main.bicep " + String.join(" ", existsParamList.stream().map(p -> "-p " + p.name() + "=true").toList()));
        BicepView.Types types = new BicepView.Types(type(AzureType.MANAGED_CLUSTER), type(AzureType.VIRTUAL_NETWORK),
                type(AzureType.SUBNET), type(AzureType.ROUTE_TABLE), type(AzureType.NAT_GATEWAY), type(AzureType.NETWORK_SECURITY_GROUP),
                type(AzureType.PUBLIC_IP_ADDRESS),
                type(AzureType.PUBLIC_IP_PREFIX),
                type(AzureType.USER_ASSIGNED_IDENTITY), type(AzureType.ROLE_ASSIGNMENT), type(AzureType.TRAFFIC_CONTROLLER),
                type(AzureType.TRAFFIC_CONTROLLER_FRONTEND), type(AzureType.TRAFFIC_CONTROLLER_ASSOCIATION), type(AzureType.PRIVATE_DNS_ZONE),
                type(AzureType.PRIVATE_DNS_ZONE_LINK));
        List<BicepView.Property> tags = plan.tags().stream().map(t -> new BicepView.Property(BicepStrings.key(t.key()), quote(t.value()))).toList();
        return new BicepView("// " + GeneratedHeader.text(specFileName), "// " + TextLayout.oneLine(deployHint), redeployHint, tags,
                layout == Layout.MODULE ? null : quote(plan.location()), params, routeTables, natGateways, nsgs, networks, zones, subnetRefs, attachments, peerings, identities, subnetRoles,
                scopedRoles, resourceRoles, clusters, trafficControllers, addonRoles, outputs, types,
                new BicepView.RoleModule(quote(ROLE_MODULE_PATH), quote(AzureRoles.NETWORK_CONTRIBUTOR_ID), quote(RoleGrant.PRINCIPAL_TYPE),
                        quote(VNET_NAME_DESCRIPTION), quote(SUBNET_NAME_DESCRIPTION), quote(PRINCIPAL_ID_DESCRIPTION),
                        quote(NAT_GATEWAY_ATTACHMENT_MODULE_PATH), quote(PEERING_MODULE_PATH)));
    }

    private static final String VNET_NAME_DESCRIPTION = "Name of the virtual network that holds the subnet.";
    private static final String SUBNET_NAME_DESCRIPTION = "Name of the subnet.";
    private static final String PRINCIPAL_ID_DESCRIPTION = "Principal id of the cluster identity.";
    /** The grantee of a role on a resource of the user's: the cluster's identity, its kubelet's, or an add-on's. */
    private static final String GRANTEE_DESCRIPTION = "Principal id of the identity granted the role: the cluster identity, the kubelet identity or an add-on identity.";

    /**
     * A role on a resource of the user's, through the module of its type scoped to the resource's group; the deployment's
     * name hashes {@code key}, which tells the grantees of one resource apart.
     */
    private static BicepView.ResourceRoleAssignment roleOnResource(String symbol, ExistingResourceScope r, String key, String principalId) {
        RoleOnResource module = ROLE_ON_RESOURCE.get(r.type());
        return new BicepView.ResourceRoleAssignment(symbol, quote(module.path()),
                quote("aksnet-" + module.path().replaceFirst("^modules/", "").replaceFirst("\\.bicep$", "") + "-" + DerivedNames.shortHash(key)),
                "resourceGroup(" + quote(r.subscriptionId()) + ", " + quote(r.resourceGroup()) + ")", module.nameParam(), quote(r.name()),
                principalId);
    }

    /** An identity the deployment creates, or the user's, referenced in its own resource group and subscription. */
    private static BicepView.Identity identity(String symbol, Identity identity) {
        return identity.existing().map(e -> new BicepView.Identity(symbol, quote(e.name()),
                "resourceGroup(" + quote(e.subscriptionId()) + ", " + quote(e.resourceGroup()) + ")"))
                .orElseGet(() -> new BicepView.Identity(symbol, quote(identity.name())));
    }

    /** The modules granting roles on resources of the user's, one per type the plan grants on, in a stable order. */
    List<BicepView.ResourceRoleModule> resourceRoleModules(String specFileName) {
        List<BicepView.ResourceRoleModule> modules = new ArrayList<>();
        for (AzureType type : List.of(AzureType.PRIVATE_DNS_ZONE, AzureType.PUBLIC_IP_ADDRESS, AzureType.PUBLIC_IP_PREFIX, AzureType.VIRTUAL_NETWORK,
                AzureType.USER_ASSIGNED_IDENTITY, AzureType.CONTAINER_REGISTRY, AzureType.DNS_ZONE)) {
            List<RoleGrant> grants = plan.roleGrants().stream()
                    .filter(g -> g.scope() instanceof ExistingResourceScope r && r.type() == type
                            || type == AzureType.VIRTUAL_NETWORK && g.scope() instanceof ResourcePlan.NetworkScope n && n.network().otherGroup()).toList();
            if (grants.isEmpty()) {
                continue;
            }
            ResourcePlan.Role role = grants.get(0).role();
            if (grants.stream().anyMatch(g -> !g.role().equals(role))) {
                throw new IllegalStateException("one module grants one role on " + type.type());
            }
            RoleOnResource m = ROLE_ON_RESOURCE.get(type);
            modules.add(new BicepView.ResourceRoleModule("// " + GeneratedHeader.text(specFileName), m.path(), m.purpose(), type(type),
                    m.nameParam(), quote(m.nameDescription()), m.resourceSymbol(), m.assignmentSymbol(), quote(role.definitionId()),
                    quote(GRANTEE_DESCRIPTION), quote(RoleGrant.PRINCIPAL_TYPE), type(AzureType.ROLE_ASSIGNMENT)));
        }
        return modules;
    }

    /** The module attaching NAT gateways to existing subnets, when the plan attaches any. */
    java.util.Optional<BicepView.NatGatewayAttachmentModule> natGatewayAttachmentModule(String specFileName) {
        if (plan.natGatewayAttachments().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new BicepView.NatGatewayAttachmentModule("// " + GeneratedHeader.text(specFileName),
                type(AzureType.VIRTUAL_NETWORK), type(AzureType.SUBNET), quote(VNET_NAME_DESCRIPTION), quote(SUBNET_NAME_DESCRIPTION),
                quote("The subnet's properties as deployed: everything it has is put back."), quote("Resource id of the NAT gateway.")));
    }

    /** Symbol words: a kind's words, then the resource's own. */
    /** The peering module, when the plan has peerings. */
    java.util.Optional<BicepView.PeeringModule> peeringModule(String specFileName) {
        if (plan.peerings().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new BicepView.PeeringModule("// " + GeneratedHeader.text(specFileName), type(AzureType.VIRTUAL_NETWORK),
                type(AzureType.VIRTUAL_NETWORK_PEERING), quote("Name of the network the peering belongs to."), quote("Name of the peering."),
                quote("Resource id of the network it peers with.")));
    }

    /**
     * The filter that keeps AKS's routes of a deployed kubenet table: every route but aksnet's own (a table aksnet adds
     * owns at most the default route, whose name it keeps filtering on so that an earlier deployment's route is not doubled).
     */
    private static String notOwnRoute(RouteTable rt) {
        List<String> own = rt.madeFor().isPresent() ? List.of(DerivedNames.DEFAULT_ROUTE) : rt.routeNames();
        if (own.isEmpty()) {
            return null;
        }
        return own.size() == 1 ? "r => r.name != " + quote(own.get(0))
                : "r => !contains([" + String.join(", ", own.stream().map(BicepStrings::quote).toList()) + "], r.name)";
    }

    /**
     * The scope of what lives outside the deployment's resource group: {@code resourceGroup('rg')}, or in another
     * subscription {@code resourceGroup('sub', 'rg')}; null for the deployment's own group.
     */
    private static String groupScope(java.util.Optional<String> subscription, String resourceGroup, boolean other) {
        return other ? "resourceGroup(" + subscription.map(s -> quote(s) + ", ").orElse("") + quote(resourceGroup) + ")" : null;
    }

    private static String[] words(List<String> lead, List<String> own, String... last) {
        List<String> all = new ArrayList<>(List.of(words(lead, own)));
        all.addAll(List.of(last));
        return all.toArray(String[]::new);
    }

    private static String[] words(List<String> lead, List<String> own) {
        List<String> all = new ArrayList<>(lead);
        all.addAll(own);
        return all.toArray(String[]::new);
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
        String scope = groupScope(s.subscriptionId(), s.resourceGroup(), s.otherGroup(plan.resourceGroup()));
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



    private static String type(AzureType type) {
        return quote(type.typeAtVersion());
    }

    private static String camel(List<String> words) {
        StringBuilder out = new StringBuilder(words.get(0));
        words.subList(1, words.size()).forEach(w -> out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)));
        return out.toString();
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
        public String networkId(ResourcePlan.Network network) {
            return networkSymbols.get(network) + ".id";
        }

        @Override
        public String networkSecurityGroupId(ResourcePlan.NetworkSecurityGroup nsg) {
            return nsgSymbols.get(nsg) + ".id";
        }

        @Override
        public String privateDnsZoneId(ResourcePlan.PrivateDnsZone zone) {
            return zoneSymbols.get(zone) + ".id";
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
        public String publicIpPrefixId(ResourcePlan.PublicIpPrefix prefix) {
            return publicIpPrefixSymbols.get(prefix) + ".id";
        }

        @Override
        public String roleDefinitionId(ResourcePlan.Role role) {
            return "subscriptionResourceId('Microsoft.Authorization/roleDefinitions', " + quote(role.definitionId()) + ")";
        }

        @Override
        public String identityId(Identity identity) {
            return identitySymbols.get(identity) + ".id";
        }

        @Override
        public String identityClientId(Identity identity) {
            return identitySymbols.get(identity) + ".properties.clientId";
        }

        @Override
        public String principalId(ResourcePlan.Principal principal) {
            if (principal instanceof IdentityPrincipal ip) {
                return identitySymbols.get(ip.identity()) + ".properties.principalId";
            }
            if (principal instanceof ResourcePlan.AppRoutingPrincipal r) {
                return clusterSymbols.get(r.clusterName()) + "." + ResourcePlan.WebAppRouting.IDENTITY_PATH;
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
