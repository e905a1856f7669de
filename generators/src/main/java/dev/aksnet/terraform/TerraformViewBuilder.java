package dev.aksnet.terraform;

import dev.aksnet.azapi.AzapiView;
import dev.aksnet.azapi.AzapiViewBuilder;
import dev.aksnet.generate.GeneratedHeader;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.SymbolNames;
import dev.aksnet.model.PrivateLinkServiceNetworkPolicies;
import dev.aksnet.plan.AksNetworking;
import dev.aksnet.plan.AzureType;
import dev.aksnet.plan.DerivedNames;
import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.plan.ResourcePlan.AgentPool;
import dev.aksnet.plan.ResourcePlan.Autoscale;
import dev.aksnet.plan.ResourcePlan.ClusterId;
import dev.aksnet.plan.ResourcePlan.ClusterPrincipalId;
import dev.aksnet.plan.ResourcePlan.ExistingGateway;
import dev.aksnet.plan.ResourcePlan.FixedCount;
import dev.aksnet.plan.ResourcePlan.GatewayInNewSubnet;
import dev.aksnet.plan.ResourcePlan.GatewayInSubnet;
import dev.aksnet.plan.ResourcePlan.GrantWait;
import dev.aksnet.plan.ResourcePlan.Identity;
import dev.aksnet.plan.ResourcePlan.IdentityPrincipal;
import dev.aksnet.plan.ResourcePlan.IngressAddonObjectId;
import dev.aksnet.plan.ResourcePlan.IngressAddonPrincipal;
import dev.aksnet.plan.ResourcePlan.ManagedCluster;
import dev.aksnet.plan.ResourcePlan.NatGateway;
import dev.aksnet.plan.ResourcePlan.NetworkProfile;
import dev.aksnet.plan.ResourcePlan.NodeResourceGroup;
import dev.aksnet.plan.ResourcePlan.ExistingResourceScope;
import dev.aksnet.plan.ResourcePlan.RoleGrant;
import dev.aksnet.plan.ResourcePlan.RouteTable;
import dev.aksnet.plan.ResourcePlan.RouteTableScope;
import dev.aksnet.plan.ResourcePlan.Subnet;
import dev.aksnet.plan.ResourcePlan.SubnetScope;
import dev.aksnet.plan.ResourcePlan.SubnetWait;
import dev.aksnet.plan.ResourcePlan.TrafficController;
import dev.aksnet.plan.ResourcePlan.TrafficControllerId;
import dev.aksnet.plan.ResourcePlan.UserAssigned;
import dev.aksnet.plan.ResourcePlan.Wait;
import dev.aksnet.render.TerraformStrings;
import dev.aksnet.terraform.TerraformView.Attribute;
import dev.aksnet.terraform.TerraformView.Output;
import dev.aksnet.terraform.TerraformView.Resource;
import dev.aksnet.terraform.TerraformView.Variable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.aksnet.render.TerraformStrings.quote;

/**
 * Spells a resource plan for the azurerm provider (4.x): the mapping of the API's properties to provider arguments and
 * resources (subnet associations are separate resources in azurerm). A cluster azurerm cannot express (static block
 * pod IP allocation) is spelt through azapi, as the azapi target spells it.
 */
public final class TerraformViewBuilder {
    private final ResourcePlan plan;
    /** Local names are unique per resource type; one allocator per type. */
    private final Map<String, SymbolNames> names = new HashMap<>();
    private final Map<Subnet, String> subnetIds = new HashMap<>();
    /** Per created subnet: the references clusters on it must wait for (associations of route tables, NAT gateways). */
    private final Map<Subnet, List<String>> subnetReadiness = new HashMap<>();
    private final Map<RouteTable, String> routeTableIds = new HashMap<>();
    /** Aliases of the azurerm configurations of other subscriptions, by subscription id, in the order networks name them. */
    private final Map<String, String> subscriptionProviders = new java.util.LinkedHashMap<>();
    /** Per route table of the spec: its routes, which clusters on its subnets wait for. */
    private final Map<RouteTable, List<String>> specRouteReadiness = new HashMap<>();
    private final Map<NatGateway, String> natGatewayRefs = new HashMap<>();
    private final Map<ResourcePlan.NetworkSecurityGroup, String> nsgRefs = new HashMap<>();
    private final Map<ResourcePlan.PrivateDnsZone, String> zoneRefs = new HashMap<>();
    /** Per network: its id (null for an existing network no peering reads), its name and its resource group, spelt. */
    private final Map<ResourcePlan.Network, String[]> networkRefs = new HashMap<>();
    private final Map<ResourcePlan.Peering, String> peeringRefs = new HashMap<>();
    /** NAT gateways written so far, with the associations of their addresses. */
    private final Map<NatGateway, List<String>> natGatewayReadiness = new HashMap<>();
    private final Map<Identity, String> identityRefs = new HashMap<>();
    private final Map<String, String> clusterRefs = new HashMap<>();
    private final Map<String, Boolean> clustersViaAzapi = new HashMap<>();
    private final Map<TrafficController, String[]> trafficControllerRefs = new HashMap<>();
    private String rgName;
    private String rgId;
    private String location;

    private final Layout layout;
    private final java.util.Set<String> outputNames = new java.util.HashSet<>();

    TerraformViewBuilder(ResourcePlan plan, Layout layout) {
        this.plan = plan;
        this.layout = layout;
    }

    TerraformView build(String specFileName) {
        // In print order: foundation (group, networks), subnets, data sources, attachments, access, clusters, pools.
        List<Resource> resources = new ArrayList<>();
        List<Resource> access = new ArrayList<>();
        String rgLocal = local("azurerm_resource_group", "main");
        if (layout == Layout.MODULE) {
            // The caller owns the group: its name is a variable; the location is the caller's, else the group's (local.location).
            rgName = "var." + RESOURCE_GROUP_NAME_VARIABLE;
            rgId = "data.azurerm_resource_group." + rgLocal + ".id";
            location = "local.location";
        } else {
            rgName = "azurerm_resource_group." + rgLocal + ".name";
            rgId = "azurerm_resource_group." + rgLocal + ".id";
            location = "azurerm_resource_group." + rgLocal + ".location";
            resources.add(new Resource("azurerm_resource_group", rgLocal, List.of(
                    attr("name", quote(plan.resourceGroup())),
                    attr("location", quote(plan.location())),
                    attr("tags", "local.tags"))));
        }

        // Network security groups, their rules inline: aksnet owns every rule of them.
        List<TerraformView.NetworkSecurityGroup> nsgs = new ArrayList<>();
        for (ResourcePlan.NetworkSecurityGroup nsg : plan.networkSecurityGroups()) {
            String nsgLocal = local("azurerm_network_security_group", nsg.name());
            nsgRefs.put(nsg, "azurerm_network_security_group." + nsgLocal);
            List<List<Attribute>> rules = nsg.rules().stream().map(r -> {
                List<Attribute> a = new ArrayList<>(List.of(
                        attr("name", quote(r.name())),
                        attr("priority", Integer.toString(r.priority())),
                        attr("direction", quote(r.direction())),
                        attr("access", quote(r.access())),
                        attr("protocol", quote(r.protocol())),
                        attr("source_port_range", quote(ResourcePlan.SecurityRule.ANY))));
                a.add(r.destinationPortRanges().size() == 1 ? attr("destination_port_range", quote(r.destinationPortRanges().get(0)))
                        : attr("destination_port_ranges", strings(r.destinationPortRanges())));
                a.add(attr("source_address_prefix", quote(r.sourceAddressPrefix())));
                a.add(attr("destination_address_prefix", quote(r.destinationAddressPrefix())));
                return a;
            }).toList();
            nsgs.add(new TerraformView.NetworkSecurityGroup(nsgLocal, List.of(
                    attr("name", quote(nsg.name())),
                    attr("location", location),
                    attr("resource_group_name", rgName),
                    attr("tags", "local.tags")), rules));
        }

        // Route tables of the spec, before the networks whose subnets name them.
        for (RouteTable rt : plan.routeTables()) {
            if (rt.madeFor().isEmpty()) {
                specRouteReadiness.put(rt, specRouteTable(rt, resources));
            }
        }

        List<TerraformView.Subnet> subnets = new ArrayList<>();
        List<Resource> dataSources = new ArrayList<>();
        List<Resource> attachments = new ArrayList<>();
        List<Subnet> sharingRouteTables = new ArrayList<>();
        for (ResourcePlan.Network n : plan.networks()) {
            if (n.created()) {
                String vnetLocal = local("azurerm_virtual_network", n.name());
                List<Attribute> vnetAttributes = new ArrayList<>(List.of(
                        attr("name", quote(n.name())),
                        attr("location", location),
                        attr("resource_group_name", rgName),
                        attr("address_space", strings(n.addressPrefixes()))));
                if (!n.dnsServers().isEmpty()) {
                    vnetAttributes.add(attr("dns_servers", strings(n.dnsServers())));
                }
                vnetAttributes.add(attr("tags", "local.tags"));
                resources.add(new Resource("azurerm_virtual_network", vnetLocal, vnetAttributes));
                String vnet = "azurerm_virtual_network." + vnetLocal;
                networkRefs.put(n, new String[]{vnet + ".id", vnet + ".name", rgName});
                for (Subnet s : n.subnets()) {
                    String subnetLocal = local("azurerm_subnet", n.name(), s.name());
                    subnetIds.put(s, "azurerm_subnet." + subnetLocal + ".id");
                    List<Attribute> subnetAttributes = new ArrayList<>(List.of(
                            attr("name", quote(s.name())),
                            attr("resource_group_name", rgName),
                            attr("virtual_network_name", "azurerm_virtual_network." + vnetLocal + ".name"),
                            attr("address_prefixes", strings(s.addressPrefixes()))));
                    if (!s.serviceEndpoints().isEmpty()) {
                        subnetAttributes.add(attr("service_endpoints", strings(s.serviceEndpoints())));
                    }
                    s.defaultOutboundAccess().ifPresent(outboundAccess -> subnetAttributes.add(attr("default_outbound_access_enabled",
                            Boolean.toString(outboundAccess))));
                    s.privateEndpointNetworkPolicies().ifPresent(v -> subnetAttributes.add(attr("private_endpoint_network_policies", quote(v))));
                    // azurerm says the API's Enabled/Disabled as a boolean.
                    s.privateLinkServiceNetworkPolicies().ifPresent(v -> subnetAttributes.add(attr("private_link_service_network_policies_enabled",
                            Boolean.toString(v.equals(PrivateLinkServiceNetworkPolicies.ENABLED.apiValue())))));
                    var delegation = s.delegation();
                    subnets.add(new TerraformView.Subnet(subnetLocal, subnetAttributes, delegation.isPresent(),
                            delegation.map(d -> quote(d.name())).orElse(null),
                            delegation.map(d -> quote(d.serviceName())).orElse(null),
                            delegation.map(d -> strings(Subnet.DELEGATION_ACTIONS)).orElse(null)));
                    attachments.addAll(egress(s));
                    s.routeTable().filter(rt -> rt.madeFor().isPresent() && !madeFor(rt, s)).ifPresent(rt -> sharingRouteTables.add(s));
                }
            } else {
                // A network read for its id: the remote side of a peering, a network a private DNS zone is linked to, or one
                // a role is granted on.
                String vnetId = null;
                if (plan.peerings().stream().anyMatch(p -> p.remote() == n)
                        || plan.privateDnsZones().stream().anyMatch(z -> z.links().stream().anyMatch(l -> l.network() == n))
                        || plan.roleGrants().stream().anyMatch(g -> g.scope().equals(new ResourcePlan.NetworkScope(n)))) {
                    String dataLocal = local("data.azurerm_virtual_network", n.name());
                    dataSources.add(new Resource("azurerm_virtual_network", dataLocal, inSubscriptionOf(n, List.of(
                            attr("name", quote(n.name())),
                            attr("resource_group_name", quote(n.resourceGroup()))))));
                    vnetId = "data.azurerm_virtual_network." + dataLocal + ".id";
                }
                networkRefs.put(n, new String[]{vnetId, quote(n.name()), quote(n.resourceGroup())});
                for (Subnet s : n.used()) {
                    String dataLocal = local("data.azurerm_subnet", n.name(), s.name());
                    subnetIds.put(s, "data.azurerm_subnet." + dataLocal + ".id");
                    dataSources.add(new Resource("azurerm_subnet", dataLocal, inSubscriptionOf(n, List.of(
                            attr("name", quote(s.name())),
                            attr("virtual_network_name", quote(n.name())),
                            attr("resource_group_name", quote(n.resourceGroup()))))));
                }
            }
        }
        // Each direction of a peering, on its own network (created, or existing in whatever resource group).
        for (ResourcePlan.Peering p : plan.peerings()) {
            String peeringLocal = local("azurerm_virtual_network_peering", p.local().name(), "to", p.remote().name());
            String[] localNetwork = networkRefs.get(p.local());
            attachments.add(new Resource("azurerm_virtual_network_peering", peeringLocal, inSubscriptionOf(p.local(), List.of(
                    attr("name", quote(p.name())),
                    attr("resource_group_name", localNetwork[2]),
                    attr("virtual_network_name", localNetwork[1]),
                    attr("remote_virtual_network_id", networkRefs.get(p.remote())[0]),
                    attr("allow_virtual_network_access", Boolean.toString(p.allowVirtualNetworkAccess())),
                    attr("allow_forwarded_traffic", Boolean.toString(p.allowForwardedTraffic())),
                    attr("allow_gateway_transit", Boolean.toString(p.allowGatewayTransit())),
                    attr("use_remote_gateways", Boolean.toString(p.useRemoteGateways()))))));
            peeringRefs.put(p, "azurerm_virtual_network_peering." + peeringLocal);
        }
        // Private DNS zones of the spec and their links.
        for (ResourcePlan.PrivateDnsZone zone : plan.privateDnsZones()) {
            String zoneLocal = local("azurerm_private_dns_zone", zone.name());
            String zoneRef = "azurerm_private_dns_zone." + zoneLocal;
            zoneRefs.put(zone, zoneRef);
            attachments.add(new Resource("azurerm_private_dns_zone", zoneLocal, List.of(
                    attr("name", quote(zone.name())),
                    attr("resource_group_name", rgName),
                    attr("tags", "local.tags"))));
            for (ResourcePlan.PrivateDnsZoneLink link : zone.links()) {
                attachments.add(new Resource("azurerm_private_dns_zone_virtual_network_link", local("azurerm_private_dns_zone_virtual_network_link",
                        zone.name(), link.name()), List.of(
                        attr("name", quote(link.name())),
                        attr("resource_group_name", rgName),
                        attr("private_dns_zone_name", zoneRef + ".name"),
                        attr("virtual_network_id", networkRefs.get(link.network())[0]),
                        attr("registration_enabled", "false"),
                        attr("tags", "local.tags"))));
            }
        }
        // NAT gateways of the spec on subnets of existing networks; then those no subnet names (the spec still declares them).
        for (ResourcePlan.NatGatewayAttachment a : plan.natGatewayAttachments()) {
            subnetReadiness.computeIfAbsent(a.subnet(), k -> new ArrayList<>()).addAll(natGatewayOn(a.subnet(), a.natGateway(), attachments));
        }
        for (NatGateway ng : plan.natGateways()) {
            natGateway(ng, attachments);
        }
        // A kubenet cluster's other subnets share the route table AKS writes its routes into.
        for (Subnet s : sharingRouteTables) {
            String assocLocal = local("azurerm_subnet_route_table_association", s.vnetName(), s.name());
            attachments.add(new Resource("azurerm_subnet_route_table_association", assocLocal, List.of(
                    attr("subnet_id", subnetIds.get(s)),
                    attr("route_table_id", routeTableIds.get(s.routeTable().orElseThrow())))));
            subnetReadiness.computeIfAbsent(s, k -> new ArrayList<>()).add("azurerm_subnet_route_table_association." + assocLocal);
        }

        List<TerraformView.Cluster> clusters = new ArrayList<>();
        List<AzapiView.Block> azapiClusters = new ArrayList<>();
        List<Resource> pools = new ArrayList<>();
        List<Resource> ingress = new ArrayList<>();
        Map<RoleGrant, String> grantRefs = new HashMap<>();
        for (ManagedCluster c : plan.clusters()) {
            boolean viaAzapi = c.staticBlockPods() || c.pools().stream().anyMatch(p -> p.osSku().filter(s -> !AZURERM_OS_SKUS.contains(s)).isPresent());
            clustersViaAzapi.put(c.name(), viaAzapi);
            String clusterLocal = local(viaAzapi ? "azapi_resource" : "azurerm_kubernetes_cluster", c.name());
            String clusterRef = (viaAzapi ? "azapi_resource." : "azurerm_kubernetes_cluster.") + clusterLocal;
            clusterRefs.put(c.name(), clusterRef);
            List<Attribute> identity;
            if (c.identity() instanceof UserAssigned ua) {
                String idRef;
                if (ua.identity().existing().isPresent()) {
                    idRef = existingIdentity(ua.identity(), dataSources);
                } else {
                    String idLocal = local("azurerm_user_assigned_identity", c.name());
                    idRef = "azurerm_user_assigned_identity." + idLocal;
                    identityRefs.put(ua.identity(), idRef);
                    access.add(new Resource("azurerm_user_assigned_identity", idLocal, List.of(
                            attr("name", quote(ua.identity().name())),
                            attr("location", location),
                            attr("resource_group_name", rgName),
                            attr("tags", "local.tags"))));
                }
                identity = List.of(attr("type", quote(ua.type())), attr("identity_ids", "[" + idRef + ".id]"));
                c.kubeletIdentity().ifPresent(k -> existingIdentity(k, dataSources));
                for (RoleGrant g : plan.roleGrants()) {
                    if (g.principal() instanceof IdentityPrincipal ip && (ip.identity().equals(ua.identity())
                            || c.kubeletIdentity().filter(ip.identity()::equals).isPresent())) {
                        grantRefs.put(g, roleAssignment(access, g));
                    }
                }
            } else {
                identity = List.of(attr("type", quote(c.identity().type())));
            }
            // Once each: subnets sharing a route table of the spec share its routes.
            java.util.Set<String> waitsFor = new java.util.LinkedHashSet<>();
            for (Wait w : c.waitsFor()) {
                if (w instanceof GrantWait g) {
                    waitsFor.add(grantRefs.get(g.grant()));
                } else if (w instanceof ResourcePlan.PeeringWait p) {
                    waitsFor.add(peeringRefs.get(p.peering()));
                } else {
                    waitsFor.addAll(subnetReadiness.getOrDefault(((SubnetWait) w).subnet(), List.of()));
                }
            }
            List<String> dependsOn = List.copyOf(waitsFor);
            if (viaAzapi) {
                azapiClusters.add(AzapiViewBuilder.clusterBlock(c, clusterLocal,
                        AzapiViewBuilder.envelope(AzureType.MANAGED_CLUSTER, c.name(), rgId, location, "local.tags"), identity, azapiSpelling(),
                        c.staticBlockPods()
                                ? List.of("# Through azapi: azurerm cannot set podIPAllocationMode, and static block allocation is fixed when a pool is created.")
                                : List.of("# Through azapi: azurerm's os_sku has no " + String.join(", ", c.pools().stream()
                                        .flatMap(p -> p.osSku().stream()).filter(s -> !AZURERM_OS_SKUS.contains(s)).distinct().toList()) + "."),
                        dependsOn));
            } else {
                clusters.add(new TerraformView.Cluster(clusterLocal, comments(c), clusterAttributes(c), pool(c.systemPool(), c, null),
                        quote(c.systemPool().maxSurge()), identity, networkProfile(c.networkProfile()),
                        loadBalancerProfile(c.networkProfile()), natGatewayProfile(c.networkProfile()),
                        c.networkProfile().advancedNetworking().map(a -> List.of(attr("observability_enabled", Boolean.toString(a.observability())),
                                attr("security_enabled", Boolean.toString(a.security())))).orElse(List.of()), apiServerAccessProfile(c),
                        bootstrapProfile(c), kubeletIdentity(c), windowsProfile(c),
                        ingressApplicationGateway(c), webAppRouting(c), dependsOn));
                // One pool after another: pools created together on one network race for it (Azure/AKS#4522,
                // SetVNetOwnershipFailed "Virtual network … is in Updating state"; the catalogue's G_SERIAL_POOLS).
                String previous = null;
                for (AgentPool p : c.otherPools()) {
                    String poolLocal = local("azurerm_kubernetes_cluster_node_pool", c.name(), p.name());
                    pools.add(new Resource("azurerm_kubernetes_cluster_node_pool", poolLocal, pool(p, c, clusterRef + ".id"), quote(p.maxSurge()),
                            previous == null ? List.of() : List.of(previous),
                            p.disableOutboundNat() ? List.of(attr("outbound_nat_enabled", "false")) : List.of()));
                    previous = "azurerm_kubernetes_cluster_node_pool." + poolLocal;
                }
            }
            for (TrafficController tc : plan.trafficControllers()) {
                if (tc.clusterName().equals(c.name())) {
                    trafficController(tc, ingress);
                }
            }
            for (RoleGrant g : plan.roleGrants()) {
                if (g.principal() instanceof IngressAddonPrincipal p && p.clusterName().equals(c.name())
                        || g.principal() instanceof ResourcePlan.AppRoutingPrincipal r && r.clusterName().equals(c.name())) {
                    roleAssignment(ingress, g);
                }
            }
        }

        String moduleLocation = null;
        if (layout == Layout.MODULE) {
            // The caller's group, read: its id, and its location when the caller gives none (as Bicep's resourceGroup().location).
            dataSources.add(0, new Resource("azurerm_resource_group", rgLocal, List.of(attr("name", rgName))));
            moduleLocation = moduleLocation("data.azurerm_resource_group." + rgLocal + ".location");
        }
        List<TerraformView.Provider> providers = new ArrayList<>();
        // A module receives the configurations of other subscriptions from its caller (providers = { azurerm.<alias> = … }).
        String aliases = layout == Layout.MODULE && !subscriptionProviders.isEmpty()
                ? "[" + String.join(", ", subscriptionProviders.values().stream().map(a -> "azurerm." + a).toList()) + "]" : null;
        providers.add(new TerraformView.Provider("azurerm", quote(TerraformProviders.AZURERM_SOURCE), quote(TerraformProviders.AZURERM_VERSION), aliases));
        if (!azapiClusters.isEmpty()) {
            providers.add(new TerraformView.Provider("azapi", quote(TerraformProviders.AZAPI_SOURCE), quote(TerraformProviders.AZAPI_VERSION), null));
        }
        List<Variable> variables = new ArrayList<>(layoutVariables(plan, layout));
        plan.inputs().forEach(i -> variables.add(AzapiViewBuilder.variable(i)));
        List<Attribute> tags = plan.tags().stream().map(t -> attr(TerraformStrings.key(t.key()), quote(t.value()))).toList();
        List<Output> outputs = plan.outputs().stream().map(this::output).toList();
        return new TerraformView("# " + GeneratedHeader.text(specFileName), quote(TerraformProviders.REQUIRED_TERRAFORM),
                layout == Layout.ROOT, moduleLocation, providers,
                subscriptionProviders.entrySet().stream().map(e -> new TerraformView.SubscriptionProvider(quote(e.getValue()), quote(e.getKey())))
                        .toList(),
                variables, tags, resources, nsgs, subnets, dataSources, attachments, access, clusters, azapiClusters, pools, ingress, outputs);
    }

    public static final String RESOURCE_GROUP_NAME_VARIABLE = "resource_group_name";
    public static final String LOCATION_VARIABLE = "location";

    /**
     * The variables of the layout: a root asks for its subscription, a module for its resource group (the spec's by
     * default) and location (the group's by default, as Bicep's {@code resourceGroup().location}). Shared with azapi.
     */
    public static List<Variable> layoutVariables(ResourcePlan plan, Layout layout) {
        if (layout == Layout.MODULE) {
            return List.of(
                    new Variable(RESOURCE_GROUP_NAME_VARIABLE, List.of(
                            attr("description", quote("Resource group to deploy into; the caller creates it. The spec's by default.")),
                            attr("type", "string"),
                            attr("default", quote(plan.resourceGroup())))),
                    new Variable(LOCATION_VARIABLE, List.of(
                            attr("description", quote("Azure region of everything created; null (the default) takes the resource group's.")),
                            attr("type", "string"),
                            attr("default", "null"))));
        }
        return List.of(new Variable("subscription_id", List.of(
                attr("description", quote("Subscription to deploy into; null takes ARM_SUBSCRIPTION_ID from the environment.")),
                attr("type", "string"),
                attr("default", "null"))));
    }

    /** A module's location local: the caller's location variable, else the resource group's. */
    public static String moduleLocation(String groupLocation) {
        return "coalesce(var." + LOCATION_VARIABLE + ", " + groupLocation + ")";
    }

    /**
     * A network's resources and data sources, through the azurerm configuration of its subscription when it is not the
     * deployment's: {@code provider = azurerm.<alias>} first, the alias named after the first network there.
     */
    private List<Attribute> inSubscriptionOf(ResourcePlan.Network n, List<Attribute> attributes) {
        if (n.subscriptionId().isEmpty()) {
            return attributes;
        }
        String alias = subscriptionProviders.computeIfAbsent(n.subscriptionId().get().toLowerCase(java.util.Locale.ROOT),
                s -> local("provider.azurerm", n.name()));
        List<Attribute> all = new ArrayList<>();
        all.add(attr("provider", "azurerm." + alias));
        all.addAll(attributes);
        return all;
    }

    private static boolean madeFor(RouteTable rt, Subnet s) {
        return rt.madeFor().filter(m -> m.vnetName().equals(s.vnetName()) && m.subnetName().equals(s.name())).isPresent();
    }

    /**
     * A route table of the spec and its routes, each a separate azurerm_route: the table carries no inline list, which
     * would make Terraform remove the routes kubenet adds. Returns the routes, which its subnets' users wait for.
     */
    private List<String> specRouteTable(RouteTable table, List<Resource> out) {
        String rtLocal = local("azurerm_route_table", table.name());
        String rt = "azurerm_route_table." + rtLocal;
        routeTableIds.put(table, rt + ".id");
        List<Attribute> a = new ArrayList<>(List.of(
                attr("name", quote(table.name())),
                attr("location", location),
                attr("resource_group_name", rgName)));
        table.bgpRoutePropagation().ifPresent(on -> a.add(attr("bgp_route_propagation_enabled", Boolean.toString(on))));
        a.add(attr("tags", "local.tags"));
        out.add(new Resource("azurerm_route_table", rtLocal, a));
        List<String> ready = new ArrayList<>();
        for (ResourcePlan.Route route : table.routes()) {
            String routeLocal = local("azurerm_route", table.name(), route.name());
            out.add(new Resource("azurerm_route", routeLocal, route(route, rt)));
            ready.add("azurerm_route." + routeLocal);
        }
        return ready;
    }

    private List<Attribute> route(ResourcePlan.Route route, String table) {
        List<Attribute> a = new ArrayList<>(List.of(
                attr("name", quote(route.name())),
                attr("resource_group_name", rgName),
                attr("route_table_name", table + ".name"),
                attr("address_prefix", quote(route.addressPrefix())),
                attr("next_hop_type", quote(route.nextHopType()))));
        route.nextHopIpAddress().ifPresent(ip -> a.add(attr("next_hop_in_ip_address", quote(ip))));
        return a;
    }

    private List<Attribute> clusterAttributes(ManagedCluster c) {
        List<Attribute> a = new ArrayList<>(List.of(
                attr("name", quote(c.name())),
                attr("location", location),
                attr("resource_group_name", rgName)));
        c.dnsPrefix().ifPresent(prefix -> a.add(attr("dns_prefix", quote(prefix))));
        c.fqdnSubdomain().ifPresent(subdomain -> a.add(attr("dns_prefix_private_cluster", quote(subdomain))));
        c.kubernetesVersion().ifPresent(v -> a.add(attr("kubernetes_version", quote(v))));
        c.apiServerAccess().filter(ResourcePlan.ApiServerAccess::privateCluster).ifPresent(access -> {
            a.add(attr("private_cluster_enabled", "true"));
            access.createdZone().ifPresent(zone -> a.add(attr("private_dns_zone_id", zoneRefs.get(zone) + ".id")));
            // azurerm spells AKS's two keywords capitalised; a zone's id is passed as it is.
            access.privateDnsZone().ifPresent(zone -> a.add(attr("private_dns_zone_id", quote(zone.equals(dev.aksnet.model.Cluster.PRIVATE_DNS_ZONE_SYSTEM)
                    ? "System" : zone.equals(dev.aksnet.model.Cluster.PRIVATE_DNS_ZONE_NONE) ? "None" : zone))));
        });
        c.apiServerAccess().flatMap(ResourcePlan.ApiServerAccess::publicFqdn)
                .ifPresent(fqdn -> a.add(attr("private_cluster_public_fqdn_enabled", Boolean.toString(fqdn))));
        a.add(attr("tags", "local.tags"));
        return a;
    }

    /** Application Gateway for Containers, bring-your-own: the traffic controller, its frontend and its subnet association. */
    private void trafficController(TrafficController tc, List<Resource> out) {
        String albLocal = local("azurerm_application_load_balancer", tc.clusterName());
        String alb = "azurerm_application_load_balancer." + albLocal;
        out.add(new Resource("azurerm_application_load_balancer", albLocal, List.of(
                attr("name", quote(tc.name())),
                attr("location", location),
                attr("resource_group_name", rgName),
                attr("tags", "local.tags"))));
        String frontendLocal = local("azurerm_application_load_balancer_frontend", tc.clusterName());
        out.add(new Resource("azurerm_application_load_balancer_frontend", frontendLocal, List.of(
                attr("name", quote(tc.frontendName())),
                attr("application_load_balancer_id", alb + ".id"),
                attr("tags", "local.tags"))));
        String associationLocal = local("azurerm_application_load_balancer_subnet_association", tc.clusterName());
        out.add(new Resource("azurerm_application_load_balancer_subnet_association", associationLocal, List.of(
                attr("name", quote(tc.associationName())),
                attr("application_load_balancer_id", alb + ".id"),
                attr("subnet_id", subnetIds.get(tc.subnet())),
                attr("tags", "local.tags"))));
        trafficControllerRefs.put(tc, new String[]{alb, "azurerm_application_load_balancer_frontend." + frontendLocal});
    }

    /** The ingress_application_gateway block: empty for a cluster without the add-on. */
    private List<Attribute> ingressApplicationGateway(ManagedCluster c) {
        if (c.ingressAddon().isEmpty()) {
            return List.of();
        }
        var addon = c.ingressAddon().get();
        if (addon instanceof GatewayInSubnet in) {
            return List.of(attr("subnet_id", subnetIds.get(in.subnet())));
        }
        if (addon instanceof GatewayInNewSubnet in) {
            return List.of(attr("subnet_cidr", quote(in.subnetCidr())));
        }
        return List.of(attr("gateway_id", quote(((ExistingGateway) addon).gatewayId())));
    }

    /** windows_profile: the administrator credentials the plan asks for; empty without Windows pools. */
    private static List<Attribute> windowsProfile(ManagedCluster c) {
        if (!c.windowsProfile()) {
            return List.of();
        }
        return List.of(attr("admin_username", "var." + String.join("_", ResourcePlan.WINDOWS_ADMIN_USERNAME.words())),
                attr("admin_password", "var." + String.join("_", ResourcePlan.WINDOWS_ADMIN_PASSWORD.words())));
    }

    private static List<String> comments(ManagedCluster c) {
        if (c.dynamicPods()) {
            return List.of("# Pod IPs: dynamic allocation (DynamicIndividual), AKS's default for pools with a pod subnet;",
                    "# azurerm has no argument for the mode, so it is not set here.");
        }
        return List.of();
    }

    /** Network security group, route table (with its default route) and NAT gateway of a created subnet, and their associations. */
    private List<Resource> egress(Subnet s) {
        List<Resource> out = new ArrayList<>();
        List<String> ready = new ArrayList<>();
        String subnetId = subnetIds.get(s);
        s.networkSecurityGroup().ifPresent(nsg -> {
            String assocLocal = local("azurerm_subnet_network_security_group_association", s.vnetName(), s.name());
            out.add(new Resource("azurerm_subnet_network_security_group_association", assocLocal, List.of(
                    attr("subnet_id", subnetId),
                    attr("network_security_group_id", nsgRefs.get(nsg) + ".id"))));
            ready.add("azurerm_subnet_network_security_group_association." + assocLocal);
        });
        s.routeTable().filter(rt -> madeFor(rt, s)).ifPresent(table -> {
            String rtLocal = local("azurerm_route_table", s.vnetName(), s.name());
            String rt = "azurerm_route_table." + rtLocal;
            routeTableIds.put(table, rt + ".id");
            // No inline routes: kubenet's routes are AKS's, and an inline list would make Terraform remove them.
            out.add(new Resource("azurerm_route_table", rtLocal, List.of(
                    attr("name", quote(table.name())),
                    attr("location", location),
                    attr("resource_group_name", rgName),
                    attr("tags", "local.tags"))));
            for (ResourcePlan.Route route : table.routes()) {
                String routeLocal = local("azurerm_route", s.vnetName(), s.name(), "default");
                out.add(new Resource("azurerm_route", routeLocal, route(route, rt)));
                ready.add("azurerm_route." + routeLocal);
            }
            String assocLocal = local("azurerm_subnet_route_table_association", s.vnetName(), s.name());
            out.add(new Resource("azurerm_subnet_route_table_association", assocLocal, List.of(
                    attr("subnet_id", subnetId),
                    attr("route_table_id", rt + ".id"))));
            ready.add("azurerm_subnet_route_table_association." + assocLocal);
        });
        s.routeTable().filter(rt -> rt.madeFor().isEmpty()).ifPresent(table -> {
            String assocLocal = local("azurerm_subnet_route_table_association", s.vnetName(), s.name());
            out.add(new Resource("azurerm_subnet_route_table_association", assocLocal, List.of(
                    attr("subnet_id", subnetId),
                    attr("route_table_id", routeTableIds.get(table)))));
            ready.addAll(specRouteReadiness.get(table));
            ready.add("azurerm_subnet_route_table_association." + assocLocal);
        });
        s.natGateway().ifPresent(ng -> ready.addAll(natGatewayOn(s, ng, out)));
        if (!ready.isEmpty()) {
            subnetReadiness.put(s, ready);
        }
        return out;
    }

    /** The association of a NAT gateway with a subnet (created or existing), after the gateway; returns what to wait for. */
    private List<String> natGatewayOn(Subnet s, NatGateway ng, List<Resource> out) {
        List<String> ready = new ArrayList<>(natGateway(ng, out));
        String assocLocal = local("azurerm_subnet_nat_gateway_association", s.vnetName(), s.name());
        out.add(new Resource("azurerm_subnet_nat_gateway_association", assocLocal, List.of(
                attr("subnet_id", subnetIds.get(s)),
                attr("nat_gateway_id", natGatewayRefs.get(ng) + ".id"))));
        ready.add("azurerm_subnet_nat_gateway_association." + assocLocal);
        return ready;
    }

    /**
     * A NAT gateway with its public IPs, prefix and their associations, written the first time it is needed; returns the
     * associations a subnet's users wait for (a gateway without an address does not route).
     */
    private List<String> natGateway(NatGateway ng, List<Resource> out) {
        if (natGatewayReadiness.containsKey(ng)) {
            return natGatewayReadiness.get(ng);
        }
        String[] words = ng.words().toArray(String[]::new);
        String ngLocal = local("azurerm_nat_gateway", words);
        String ngRef = "azurerm_nat_gateway." + ngLocal;
        natGatewayRefs.put(ng, ngRef);
        List<String> ips = new ArrayList<>();
        for (ResourcePlan.PublicIp ip : ng.publicIps()) {
            String pipLocal = local("azurerm_public_ip", words(ip.words(), "nat"));
            List<Attribute> a = new ArrayList<>(List.of(
                    attr("name", quote(ip.name())),
                    attr("location", location),
                    attr("resource_group_name", rgName),
                    attr("allocation_method", quote(ip.allocationMethod())),
                    attr("sku", quote(ip.skuName()))));
            if (!ip.zones().isEmpty()) {
                a.add(attr("zones", strings(ip.zones())));
            }
            a.add(attr("tags", "local.tags"));
            out.add(new Resource("azurerm_public_ip", pipLocal, a));
            ips.add("azurerm_public_ip." + pipLocal + ".id");
        }
        ng.existingPublicIpIds().forEach(id -> ips.add(quote(id)));
        String prefixRef = ng.publicIpPrefix().map(prefix -> {
            String prefixLocal = local("azurerm_public_ip_prefix", words(prefix.words(), "nat"));
            List<Attribute> a = new ArrayList<>(List.of(
                    attr("name", quote(prefix.name())),
                    attr("location", location),
                    attr("resource_group_name", rgName),
                    attr("prefix_length", Integer.toString(prefix.prefixLength())),
                    attr("sku", quote(prefix.skuName()))));
            if (!prefix.zones().isEmpty()) {
                a.add(attr("zones", strings(prefix.zones())));
            }
            a.add(attr("tags", "local.tags"));
            out.add(new Resource("azurerm_public_ip_prefix", prefixLocal, a));
            return "azurerm_public_ip_prefix." + prefixLocal + ".id";
        }).orElse(null);
        List<Attribute> a = new ArrayList<>(List.of(
                attr("name", quote(ng.name())),
                attr("location", location),
                attr("resource_group_name", rgName),
                attr("sku_name", quote(ng.skuName()))));
        ng.idleTimeoutMinutes().ifPresent(m -> a.add(attr("idle_timeout_in_minutes", Integer.toString(m))));
        if (!ng.zones().isEmpty()) {
            a.add(attr("zones", strings(ng.zones())));
        }
        a.add(attr("tags", "local.tags"));
        out.add(new Resource("azurerm_nat_gateway", ngLocal, a));
        List<String> ready = new ArrayList<>();
        for (int i = 0; i < ips.size(); i++) {
            String assocLocal = local("azurerm_nat_gateway_public_ip_association", ips.size() > 1 ? words(ng.words(), String.valueOf(i + 1)) : words);
            out.add(new Resource("azurerm_nat_gateway_public_ip_association", assocLocal, List.of(
                    attr("nat_gateway_id", ngRef + ".id"),
                    attr("public_ip_address_id", ips.get(i)))));
            ready.add("azurerm_nat_gateway_public_ip_association." + assocLocal);
        }
        if (prefixRef != null) {
            String assocLocal = local("azurerm_nat_gateway_public_ip_prefix_association", words);
            out.add(new Resource("azurerm_nat_gateway_public_ip_prefix_association", assocLocal, List.of(
                    attr("nat_gateway_id", ngRef + ".id"),
                    attr("public_ip_prefix_id", prefixRef))));
            ready.add("azurerm_nat_gateway_public_ip_prefix_association." + assocLocal);
        }
        natGatewayReadiness.put(ng, List.copyOf(ready));
        return ready;
    }

    private static String[] words(List<String> own, String last) {
        List<String> all = new ArrayList<>(own);
        all.add(last);
        return all.toArray(String[]::new);
    }

    /** A role assignment; returns the reference to wait for. */
    private String roleAssignment(List<Resource> resources, RoleGrant g) {
        String raLocal = local("azurerm_role_assignment", g.words().toArray(String[]::new));
        resources.add(new Resource("azurerm_role_assignment", raLocal, List.of(
                attr("scope", scopeId(g.scope())),
                attr("role_definition_name", quote(g.role().name())),
                attr("principal_id", principalId(g.principal())),
                attr("principal_type", quote(RoleGrant.PRINCIPAL_TYPE)),
                // A new identity may not have replicated to Entra ID yet; skip the lookup that would fail.
                attr("skip_service_principal_aad_check", "true"))));
        return "azurerm_role_assignment." + raLocal;
    }

    private String scopeId(ResourcePlan.Scope scope) {
        if (scope instanceof SubnetScope s) {
            return subnetIds.get(s.subnet());
        }
        if (scope instanceof RouteTableScope rt) {
            return routeTableIds.get(rt.routeTable());
        }
        if (scope instanceof ResourcePlan.PrivateDnsZoneScope z) {
            return zoneRefs.get(z.zone()) + ".id";
        }
        if (scope instanceof ResourcePlan.NetworkScope n) {
            return networkRefs.get(n.network())[0];
        }
        return quote(((ExistingResourceScope) scope).id());
    }

    private String principalId(ResourcePlan.Principal principal) {
        if (principal instanceof IdentityPrincipal ip) {
            return identityRefs.get(ip.identity()) + ".principal_id";
        }
        if (principal instanceof ResourcePlan.AppRoutingPrincipal r) {
            String ref = clusterRefs.get(r.clusterName());
            return clustersViaAzapi.get(r.clusterName()) ? ref + ".output." + ResourcePlan.WebAppRouting.IDENTITY_PATH
                    : ref + ".web_app_routing[0].web_app_routing_identity[0].object_id";
        }
        return addonIdentity(((IngressAddonPrincipal) principal).clusterName());
    }

    private String addonIdentity(String cluster) {
        String ref = clusterRefs.get(cluster);
        return clustersViaAzapi.get(cluster) ? ref + ".output." + AzapiViewBuilder.ADDON_IDENTITY_PATH
                : ref + ".ingress_application_gateway[0].ingress_application_gateway_identity[0].object_id";
    }

    private Output output(ResourcePlan.Output o) {
        ResourcePlan.OutputValue v = o.value();
        String value;
        if (v instanceof ResourcePlan.CreatedResourceId id) {
            value = azapiSpelling().resourceId(id);
        } else if (v instanceof ClusterId id) {
            value = clusterRefs.get(id.cluster().name()) + ".id";
        } else if (v instanceof NodeResourceGroup nrg) {
            String ref = clusterRefs.get(nrg.cluster().name());
            value = clustersViaAzapi.get(nrg.cluster().name()) ? ref + ".output.properties.nodeResourceGroup" : ref + ".node_resource_group";
        } else if (v instanceof ClusterPrincipalId p) {
            value = p.cluster().identity() instanceof UserAssigned ua ? identityRefs.get(ua.identity()) + ".principal_id"
                    : clusterRefs.get(p.cluster().name()) + ".identity[0].principal_id";
        } else if (v instanceof IngressAddonObjectId a) {
            value = addonIdentity(a.cluster().name());
        } else if (v instanceof TrafficControllerId t) {
            value = trafficControllerRefs.get(t.trafficController())[0] + ".id";
        } else {
            value = trafficControllerRefs.get(((ResourcePlan.TrafficControllerFrontendName) v).trafficController())[1] + ".name";
        }
        return new Output(AzapiViewBuilder.outputName(o, outputNames), List.of(attr("description", quote(o.description())), attr("value", value)));
    }

    /** A pool's attributes: the default pool block when {@code clusterId} is null, else a node pool resource. */
    private List<Attribute> pool(AgentPool p, ManagedCluster c, String clusterId) {
        List<Attribute> a = new ArrayList<>();
        a.add(attr("name", quote(p.name())));
        if (clusterId != null) {
            a.add(attr("kubernetes_cluster_id", clusterId));
            a.add(attr("mode", quote(p.mode())));
            a.add(attr("os_type", quote(p.osType())));
        }
        p.osSku().ifPresent(sku -> a.add(attr("os_sku", quote(sku))));
        a.add(attr("vm_size", quote(p.vmSize())));
        if (p.scale() instanceof Autoscale auto) {
            a.add(attr("auto_scaling_enabled", "true"));
            a.add(attr("min_count", Integer.toString(auto.min())));
            a.add(attr("max_count", Integer.toString(auto.max())));
        } else {
            a.add(attr("node_count", Integer.toString(((FixedCount) p.scale()).count())));
        }
        a.add(attr("max_pods", Integer.toString(p.maxPods())));
        p.vnetSubnet().ifPresent(s -> a.add(attr("vnet_subnet_id", subnetIds.get(s))));
        p.podSubnet().ifPresent(s -> a.add(attr("pod_subnet_id", subnetIds.get(s))));
        if (!p.availabilityZones().isEmpty()) {
            a.add(attr("zones", strings(p.availabilityZones())));
        }
        if (p.enableNodePublicIp()) {
            a.add(attr("node_public_ip_enabled", "true"));
            p.nodePublicIpPrefixId().ifPresent(id -> a.add(attr("node_public_ip_prefix_id", quote(id))));
        }
        if (!p.nodeTaints().isEmpty()) {
            // azurerm's default pool has no node_taints: its one taint is only_critical_addons_enabled.
            if (clusterId == null && p.nodeTaints().equals(List.of(AksNetworking.CRITICAL_ADDONS_ONLY_TAINT))) {
                a.add(attr("only_critical_addons_enabled", "true"));
            } else {
                a.add(attr("node_taints", strings(p.nodeTaints())));
            }
        }
        if (clusterId == null) {
            // Changing a property AKS cannot change in place (vm size, subnet, …) rotates the default pool through a
            // temporary one instead of failing the apply.
            a.add(attr("temporary_name_for_rotation", quote(DerivedNames.rotationPool(p.name(),
                    c.pools().stream().map(AgentPool::name).toList()))));
        }
        a.add(attr("tags", "local.tags"));
        return a;
    }

    /** network_profile: the API's values, with azurerm's two omissions. */
    private static List<Attribute> networkProfile(NetworkProfile n) {
        List<Attribute> a = new ArrayList<>();
        a.add(attr("network_plugin", quote(n.networkPlugin())));
        n.networkPluginMode().ifPresent(mode -> a.add(attr("network_plugin_mode", quote(mode))));
        // azurerm has no "none": leaving network_policy out is how it says no policy engine.
        if (!n.networkPolicy().equals(dev.aksnet.model.NetworkPolicy.NONE.specName())) {
            a.add(attr("network_policy", quote(n.networkPolicy())));
        }
        // azurerm refuses network_data_plane with kubenet; with none there is no data plane of AKS's (its default, azure, applies).
        if (!n.networkPlugin().equals(dev.aksnet.plan.AksNetworking.KUBENET) && !n.networkPlugin().equals(dev.aksnet.plan.AksNetworking.NONE)) {
            a.add(attr("network_data_plane", quote(n.networkDataplane())));
        }
        n.podCidr().ifPresent(cidr -> a.add(attr("pod_cidr", quote(cidr))));
        n.serviceCidr().ifPresent(cidr -> a.add(attr("service_cidr", quote(cidr))));
        if (!n.ipFamilies().isEmpty()) {
            a.add(attr("ip_versions", strings(n.ipFamilies())));
            a.add(attr("pod_cidrs", strings(n.podCidrs())));
            a.add(attr("service_cidrs", strings(n.serviceCidrs())));
        }
        a.add(attr("dns_service_ip", quote(n.dnsServiceIp())));
        a.add(attr("outbound_type", quote(n.outboundType())));
        a.add(attr("load_balancer_sku", quote(n.loadBalancerSku())));
        return a;
    }

    /** web_app_routing: the application routing add-on; empty when off. */
    private static List<Attribute> webAppRouting(ManagedCluster c) {
        return c.webAppRouting().map(w -> {
            List<Attribute> a = new ArrayList<>(List.of(attr("dns_zone_ids", strings(w.dnsZoneResourceIds()))));
            w.defaultIngressControllerType().ifPresent(t -> a.add(attr("default_nginx_controller", quote(t))));
            return List.copyOf(a);
        }).orElse(List.of());
    }

    /** kubelet_identity: the user's identity, with the three ids azurerm asks for together; empty for AKS's own. */
    /** The osSku values azurerm's os_sku accepts (the 4.79 schema); a pool with another goes through azapi. */
    static final java.util.Set<String> AZURERM_OS_SKUS = java.util.Set.of("AzureLinux", "AzureLinux3", "Ubuntu", "Ubuntu2204", "Ubuntu2404",
            "Windows2019", "Windows2022");

    private List<Attribute> kubeletIdentity(ManagedCluster c) {
        return c.kubeletIdentity().map(k -> List.of(
                attr("client_id", identityRefs.get(k) + ".client_id"),
                attr("object_id", identityRefs.get(k) + ".principal_id"),
                attr("user_assigned_identity_id", identityRefs.get(k) + ".id"))).orElse(List.of());
    }

    /**
     * An identity of the user's, read (once) for its principal and client ids, through the azurerm configuration of the
     * subscription its id names; returns its reference.
     */
    private String existingIdentity(Identity identity, List<Resource> dataSources) {
        String ref = identityRefs.get(identity);
        if (ref != null) {
            return ref;
        }
        ExistingResourceScope e = identity.existing().orElseThrow();
        String dataLocal = local("data.azurerm_user_assigned_identity", e.name());
        ref = "data.azurerm_user_assigned_identity." + dataLocal;
        identityRefs.put(identity, ref);
        String alias = subscriptionProviders.computeIfAbsent(e.subscriptionId().toLowerCase(java.util.Locale.ROOT),
                s -> local("provider.azurerm", e.name()));
        dataSources.add(new Resource("azurerm_user_assigned_identity", dataLocal, List.of(
                attr("provider", "azurerm." + alias),
                attr("name", quote(e.name())),
                attr("resource_group_name", quote(e.resourceGroup())))));
        return ref;
    }

    /** api_server_access_profile: VNet integration and authorized ranges; empty when the plan has neither. */
    private static List<Attribute> bootstrapProfile(ManagedCluster c) {
        return c.bootstrap().map(b -> {
            List<Attribute> a = new ArrayList<>(List.of(attr("artifact_source", quote(b.artifactSource()))));
            b.containerRegistryId().ifPresent(id -> a.add(attr("container_registry_id", quote(id))));
            return List.copyOf(a);
        }).orElse(List.of());
    }

    private List<Attribute> apiServerAccessProfile(ManagedCluster c) {
        List<Attribute> a = new ArrayList<>();
        c.apiServerAccess().ifPresent(access -> {
            if (!access.authorizedIpRanges().isEmpty()) {
                a.add(attr("authorized_ip_ranges", strings(access.authorizedIpRanges())));
            }
            access.vnetIntegration().ifPresent(sub -> {
                a.add(attr("virtual_network_integration_enabled", "true"));
                a.add(attr("subnet_id", subnetIds.get(sub)));
            });
        });
        return a;
    }

    /** network_profile.load_balancer_profile: the API's loadBalancerProfile; empty when the plan has none. */
    private static List<Attribute> loadBalancerProfile(NetworkProfile n) {
        List<Attribute> a = new ArrayList<>();
        n.loadBalancerProfile().ifPresent(lb -> {
            lb.managedOutboundIpCount().ifPresent(c -> a.add(attr("managed_outbound_ip_count", Integer.toString(c))));
            lb.managedOutboundIpv6Count().ifPresent(c -> a.add(attr("managed_outbound_ipv6_count", Integer.toString(c))));
            if (!lb.outboundIpIds().isEmpty()) {
                a.add(attr("outbound_ip_address_ids", strings(lb.outboundIpIds())));
            }
            if (!lb.outboundIpPrefixIds().isEmpty()) {
                a.add(attr("outbound_ip_prefix_ids", strings(lb.outboundIpPrefixIds())));
            }
            lb.allocatedOutboundPorts().ifPresent(p -> a.add(attr("outbound_ports_allocated", Integer.toString(p))));
            lb.idleTimeoutMinutes().ifPresent(m -> a.add(attr("idle_timeout_in_minutes", Integer.toString(m))));
        });
        return a;
    }

    /** network_profile.nat_gateway_profile: the API's natGatewayProfile; empty when the plan has none. */
    private static List<Attribute> natGatewayProfile(NetworkProfile n) {
        List<Attribute> a = new ArrayList<>();
        n.natGatewayProfile().ifPresent(ng -> {
            ng.managedOutboundIpCount().ifPresent(c -> a.add(attr("managed_outbound_ip_count", Integer.toString(c))));
            ng.idleTimeoutMinutes().ifPresent(m -> a.add(attr("idle_timeout_in_minutes", Integer.toString(m))));
        });
        return a;
    }

    /** How a cluster written through azapi inside the azurerm target spells the API's values. */
    private AzapiViewBuilder.HclSpelling azapiSpelling() {
        return new AzapiViewBuilder.HclSpelling() {
            @Override
            public String subnetId(Subnet subnet) {
                return subnetIds.get(subnet);
            }

            @Override
            public String networkId(ResourcePlan.Network network) {
                return networkRefs.get(network)[0];
            }

            @Override
            public String networkSecurityGroupId(ResourcePlan.NetworkSecurityGroup nsg) {
                return nsgRefs.get(nsg) + ".id";
            }

            @Override
            public String privateDnsZoneId(ResourcePlan.PrivateDnsZone zone) {
                return zoneRefs.get(zone) + ".id";
            }

            @Override
            public String routeTableId(RouteTable routeTable) {
                return routeTableIds.get(routeTable);
            }

            @Override
            public String natGatewayId(NatGateway natGateway) {
                return natGatewayRefs.get(natGateway) + ".id";
            }

            @Override
            public String publicIpId(ResourcePlan.PublicIp publicIp) {
                throw new IllegalStateException("azurerm writes public IPs itself");
            }

            @Override
            public String publicIpPrefixId(ResourcePlan.PublicIpPrefix prefix) {
                throw new IllegalStateException("azurerm writes public IP prefixes itself");
            }

            @Override
            public String roleDefinitionId(ResourcePlan.Role role) {
                throw new IllegalStateException("azurerm writes role assignments itself");
            }

            @Override
            public String principalId(ResourcePlan.Principal principal) {
                return TerraformViewBuilder.this.principalId(principal);
            }

            @Override
            public String identityId(Identity identity) {
                return identityRefs.get(identity) + ".id";
            }

            @Override
            public String identityClientId(Identity identity) {
                return identityRefs.get(identity) + ".client_id";
            }
        };
    }

    private String local(String type, String... parts) {
        return names.computeIfAbsent(type, t -> new SymbolNames(SymbolNames.Style.SNAKE, Set.of())).allocate(parts);
    }

    /** An HCL list of string literals. */
    private static String strings(List<String> values) {
        return values.stream().map(TerraformStrings::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Attribute attr(String key, String value) {
        return new Attribute(key, value);
    }
}
