package dev.aksnet.azapi;

import dev.aksnet.arm.ArmBodies;
import dev.aksnet.arm.ArmSpelling;
import dev.aksnet.arm.ArmValue;
import dev.aksnet.generate.GeneratedHeader;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.SymbolNames;
import dev.aksnet.plan.AzureType;
import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.plan.ResourcePlan.AgentPool;
import dev.aksnet.plan.ResourcePlan.Autoscale;
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
import dev.aksnet.plan.ResourcePlan.TrafficControllerFrontendName;
import dev.aksnet.plan.ResourcePlan.TrafficControllerId;
import dev.aksnet.plan.ResourcePlan.UserAssigned;
import dev.aksnet.render.TerraformStrings;
import dev.aksnet.terraform.TerraformProviders;
import dev.aksnet.terraform.TerraformViewBuilder;
import dev.aksnet.terraform.TerraformView.Attribute;
import dev.aksnet.terraform.TerraformView.Output;
import dev.aksnet.terraform.TerraformView.Provider;
import dev.aksnet.terraform.TerraformView.Variable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.aksnet.render.TerraformStrings.quote;

/**
 * Spells a resource plan as Terraform that uses only the azapi provider: every resource an {@code azapi_resource}
 * with its ARM type, API version and request body, so that anything the Azure API offers can be written the day it
 * ships (azurerm has no argument for static block pod IP allocation, for one).
 */
public final class AzapiViewBuilder {
    private static final String RESOURCE = "azapi_resource";
    private static final String CLIENT_CONFIG = "data.azapi_client_config.current";
    private static final String UPDATE_RESOURCE = "azapi_update_resource";

    private final ResourcePlan plan;
    private final Map<String, SymbolNames> names = new HashMap<>();
    private final Map<Subnet, String> subnetIds = new HashMap<>();
    private final Map<RouteTable, String> routeTableRefs = new HashMap<>();
    private final Map<NatGateway, String> natGatewayRefs = new HashMap<>();
    private final Map<ResourcePlan.PublicIp, String> publicIpRefs = new HashMap<>();
    private final Map<ResourcePlan.PublicIpPrefix, String> publicIpPrefixRefs = new HashMap<>();
    /** Existing subnets with a NAT gateway attached, by the update that attaches it. */
    private final Map<Subnet, String> attachmentRefs = new HashMap<>();
    private final Map<ResourcePlan.Network, String> networkIds = new HashMap<>();
    private final Map<ResourcePlan.NetworkSecurityGroup, String> nsgRefs = new HashMap<>();
    private final Map<ResourcePlan.PrivateDnsZone, String> zoneRefs = new HashMap<>();
    private final Map<ResourcePlan.Peering, String> peeringRefs = new HashMap<>();
    private final Map<Identity, String> identityRefs = new HashMap<>();
    private final Map<String, String> clusterRefs = new HashMap<>();
    private final Map<RoleGrant, String> grantRefs = new HashMap<>();
    private final Map<TrafficController, String> trafficControllerRefs = new HashMap<>();
    private final Map<TrafficController, String> frontendRefs = new HashMap<>();
    private String resourceGroupId;
    private final ArmSpelling spelling = new Spelling();

    private final Layout layout;
    /** The location expression of everything created: the resource group's (root) or the location local (module). */
    private String location;
    private final java.util.Set<String> outputNames = new java.util.HashSet<>();

    public AzapiViewBuilder(ResourcePlan plan, Layout layout) {
        this.plan = plan;
        this.layout = layout;
    }

    public AzapiView build(String specFileName) {
        List<AzapiView.Block> blocks = new ArrayList<>();
        // The subscription's id, for the role definitions aksnet grants and the groups of existing networks.
        if (layout == Layout.MODULE || !plan.roleGrants().isEmpty() || plan.networks().stream().anyMatch(ResourcePlan.Network::otherGroup)) {
            blocks.add(new AzapiView.Block("data", "azapi_client_config", "current", List.of(), List.of(), List.of(), null, null,
                    List.of(), List.of()));
        }
        String rg = local(RESOURCE, "resource", "group");
        if (layout == Layout.MODULE) {
            // The caller owns the group: read it by the name it passes in.
            resourceGroupId = "data." + RESOURCE + "." + rg + ".id";
            location = "local.location";
            blocks.add(new AzapiView.Block("data", RESOURCE, rg, List.of(), List.of(
                    attr("type", quote(AzureType.RESOURCE_GROUP.typeAtVersion())),
                    attr("name", "var." + TerraformViewBuilder.RESOURCE_GROUP_NAME_VARIABLE),
                    attr("parent_id", "\"/subscriptions/${" + CLIENT_CONFIG + ".subscription_id}\"")), List.of(), null, null, List.of(), List.of()));
        } else {
            resourceGroupId = RESOURCE + "." + rg + ".id";
            location = RESOURCE + "." + rg + ".location";
            blocks.add(resource(rg, AzureType.RESOURCE_GROUP, plan.resourceGroup(), null, null));
        }

        for (RouteTable rt : plan.routeTables()) {
            String local = local(RESOURCE, words(List.of("rt"), rt.words()));
            routeTableRefs.put(rt, RESOURCE + "." + local);
            ArmValue.ArmObject body = ArmValue.object().put("properties", ArmBodies.routeTableProperties(rt, spelling)).build();
            List<String> comments = List.of();
            List<String> ignore = List.of();
            if (rt.aksWritesRoutes()) {
                // AKS writes kubenet's pod routes into this table. Terraform keeps the routes it reads back, so a later
                // PUT (a tag change) sends AKS's routes along instead of dropping them.
                comments = List.of("# AKS writes the cluster's pod routes into this table: Terraform keeps the routes it reads back.");
                ignore = List.of("body.properties.routes");
            }
            blocks.add(new AzapiView.Block("resource", RESOURCE, local, comments, envelope(AzureType.ROUTE_TABLE, rt.name(), resourceGroupId),
                    List.of(), body, null, ignore, List.of()));
        }
        for (NatGateway ng : plan.natGateways()) {
            for (ResourcePlan.PublicIp ip : ng.publicIps()) {
                String pip = local(RESOURCE, words(List.of("pip", "ng"), ip.words()));
                publicIpRefs.put(ip, RESOURCE + "." + pip);
                blocks.add(resource(pip, AzureType.PUBLIC_IP_ADDRESS, ip.name(), resourceGroupId, ArmBodies.publicIp(ip, spelling)));
            }
            ng.publicIpPrefix().ifPresent(prefix -> {
                String local = local(RESOURCE, words(List.of("ippre", "ng"), prefix.words()));
                publicIpPrefixRefs.put(prefix, RESOURCE + "." + local);
                blocks.add(resource(local, AzureType.PUBLIC_IP_PREFIX, prefix.name(), resourceGroupId, ArmBodies.publicIpPrefix(prefix, spelling)));
            });
            String local = local(RESOURCE, words(List.of("ng"), ng.words()));
            natGatewayRefs.put(ng, RESOURCE + "." + local);
            blocks.add(resource(local, AzureType.NAT_GATEWAY, ng.name(), resourceGroupId, ArmBodies.natGateway(ng, spelling)));
        }
        for (ResourcePlan.NetworkSecurityGroup nsg : plan.networkSecurityGroups()) {
            String local = local(RESOURCE, "nsg", nsg.name());
            nsgRefs.put(nsg, RESOURCE + "." + local);
            blocks.add(resource(local, AzureType.NETWORK_SECURITY_GROUP, nsg.name(), resourceGroupId, ArmBodies.networkSecurityGroup(nsg, spelling)));
        }
        for (ResourcePlan.Network n : plan.networks()) {
            if (n.created()) {
                String local = local(RESOURCE, n.name());
                String vnetId = RESOURCE + "." + local + ".id";
                networkIds.put(n, vnetId);
                n.subnets().forEach(s -> subnetIds.put(s, interpolate(vnetId, "/subnets/" + s.name())));
                blocks.add(resource(local, AzureType.VIRTUAL_NETWORK, n.name(), resourceGroupId, ArmBodies.virtualNetwork(n, spelling)));
            } else {
                // Read, not created: a plan fails early when the network or a subnet is missing.
                String local = local("data." + RESOURCE, n.name());
                blocks.add(new AzapiView.Block("data", RESOURCE, local, List.of(), List.of(
                        attr("type", quote(AzureType.VIRTUAL_NETWORK.typeAtVersion())),
                        attr("name", quote(n.name())),
                        attr("parent_id", n.otherGroup() ? existingGroup(n.subscriptionId(), n.resourceGroup(), blocks) : resourceGroupId)),
                        List.of(), null, null, List.of(), List.of()));
                networkIds.put(n, "data." + RESOURCE + "." + local + ".id");
                for (Subnet s : n.used()) {
                    String subnetLocal = local("data." + RESOURCE, n.name(), s.name());
                    subnetIds.put(s, "data." + RESOURCE + "." + subnetLocal + ".id");
                    blocks.add(new AzapiView.Block("data", RESOURCE, subnetLocal, List.of(), List.of(
                            attr("type", quote(AzureType.SUBNET.typeAtVersion())),
                            attr("name", quote(s.name())),
                            attr("parent_id", "data." + RESOURCE + "." + local + ".id")), List.of(), null, null, List.of(), List.of()));
                }
            }
        }
        // Each direction of a peering is a child of its network, created or read.
        for (ResourcePlan.Peering p : plan.peerings()) {
            String local = local(RESOURCE, "peer", p.local().name(), "to", p.remote().name());
            peeringRefs.put(p, RESOURCE + "." + local);
            blocks.add(resource(local, AzureType.VIRTUAL_NETWORK_PEERING, p.name(), networkIds.get(p.local()), ArmBodies.peering(p, spelling)));
        }
        // Private DNS zones of the spec (global resources) and their links to networks.
        for (ResourcePlan.PrivateDnsZone zone : plan.privateDnsZones()) {
            String local = local(RESOURCE, "zone", zone.name());
            zoneRefs.put(zone, RESOURCE + "." + local);
            blocks.add(new AzapiView.Block("resource", RESOURCE, local, List.of(), envelope(AzureType.PRIVATE_DNS_ZONE, zone.name(), resourceGroupId,
                    quote(ResourcePlan.PrivateDnsZone.LOCATION), "local.tags"), List.of(), null, null, List.of(), List.of()));
            for (ResourcePlan.PrivateDnsZoneLink link : zone.links()) {
                blocks.add(new AzapiView.Block("resource", RESOURCE, local(RESOURCE, "zone", zone.name(), link.name()), List.of(),
                        envelope(AzureType.PRIVATE_DNS_ZONE_LINK, link.name(), RESOURCE + "." + local + ".id",
                                quote(ResourcePlan.PrivateDnsZone.LOCATION), "local.tags"), List.of(), ArmBodies.privateDnsZoneLink(link, spelling),
                        null, List.of(), List.of()));
            }
        }
        // A NAT gateway of the spec on a subnet of an existing network: azapi_update_resource reads the subnet and puts it
        // back with the NAT gateway added, keeping what else it has.
        for (ResourcePlan.NatGatewayAttachment a : plan.natGatewayAttachments()) {
            String local = local(UPDATE_RESOURCE, a.subnet().vnetName(), a.subnet().name(), "nat", "gateway");
            String ref = UPDATE_RESOURCE + "." + local;
            attachmentRefs.put(a.subnet(), ref);
            blocks.add(new AzapiView.Block("resource", UPDATE_RESOURCE, local, List.of(), List.of(
                    attr("type", quote(AzureType.SUBNET.typeAtVersion())),
                    attr("resource_id", subnetIds.get(a.subnet()))), List.of(), ArmBodies.natGatewayAttachment(a, spelling), null,
                    List.of(), a.after().map(b -> List.of(attachmentRefs.get(b.subnet()))).orElse(List.of())));
        }
        for (Identity id : plan.identities()) {
            if (id.existing().isPresent()) {
                // The user's: read, for its principal and client ids (a plan fails early when it is missing).
                ResourcePlan.ExistingResourceScope e = id.existing().get();
                String local = local("data." + RESOURCE, e.name());
                identityRefs.put(id, "data." + RESOURCE + "." + local);
                blocks.add(new AzapiView.Block("data", RESOURCE, local, List.of(), List.of(
                        attr("type", quote(AzureType.USER_ASSIGNED_IDENTITY.typeAtVersion())),
                        attr("name", quote(e.name())),
                        attr("parent_id", existingGroup(Optional.of(e.subscriptionId()), e.resourceGroup(), blocks))), List.of(), null,
                        strings(List.of("properties.principalId", "properties.clientId")), List.of(), List.of()));
                continue;
            }
            String local = local(RESOURCE, id.clusterName(), "identity");
            identityRefs.put(id, RESOURCE + "." + local);
            blocks.add(new AzapiView.Block("resource", RESOURCE, local, List.of(),
                    envelope(AzureType.USER_ASSIGNED_IDENTITY, id.name(), resourceGroupId), List.of(), null,
                    strings(List.of("properties.principalId")), List.of(), List.of()));
        }
        // Grants to identities aksnet creates come before the clusters that wait for them; grants to identities AKS
        // creates with a cluster come after it.
        for (RoleGrant g : plan.roleGrants()) {
            if (g.principal() instanceof IdentityPrincipal) {
                blocks.add(grant(g));
            }
        }
        for (ManagedCluster c : plan.clusters()) {
            blocks.add(cluster(c));
        }
        for (RoleGrant g : plan.roleGrants()) {
            if (g.principal() instanceof IngressAddonPrincipal || g.principal() instanceof ResourcePlan.AppRoutingPrincipal) {
                blocks.add(grant(g));
            }
        }
        for (TrafficController tc : plan.trafficControllers()) {
            String local = local(RESOURCE, tc.clusterName(), "alb");
            String ref = RESOURCE + "." + local;
            trafficControllerRefs.put(tc, ref);
            blocks.add(resource(local, AzureType.TRAFFIC_CONTROLLER, tc.name(), resourceGroupId, null));
            String frontend = local(RESOURCE, tc.clusterName(), "alb", "frontend");
            frontendRefs.put(tc, RESOURCE + "." + frontend);
            blocks.add(resource(frontend, AzureType.TRAFFIC_CONTROLLER_FRONTEND, tc.frontendName(), ref + ".id", null));
            String association = local(RESOURCE, tc.clusterName(), "alb", "association");
            blocks.add(resource(association, AzureType.TRAFFIC_CONTROLLER_ASSOCIATION, tc.associationName(), ref + ".id",
                    ArmBodies.trafficControllerAssociation(tc, spelling)));
        }
        List<Output> outputs = plan.outputs().stream().map(this::output).toList();
        List<Variable> variables = new ArrayList<>(TerraformViewBuilder.layoutVariables(plan, layout));
        plan.inputs().forEach(i -> variables.add(variable(i)));
        List<Attribute> tags = plan.tags().stream().map(t -> attr(TerraformStrings.key(t.key()), quote(t.value()))).toList();
        String moduleLocation = layout == Layout.MODULE ? TerraformViewBuilder.moduleLocation("data." + RESOURCE + "." + rg + ".location") : null;
        return new AzapiView("# " + GeneratedHeader.text(specFileName), quote(TerraformProviders.REQUIRED_TERRAFORM), layout == Layout.ROOT,
                moduleLocation,
                List.of(new Provider("azapi", quote(TerraformProviders.AZAPI_SOURCE), quote(TerraformProviders.AZAPI_VERSION), null)),
                variables, tags, blocks, outputs);
    }

    /** A Terraform variable for one of the plan's inputs. */
    public static Variable variable(ResourcePlan.Input input) {
        List<Attribute> a = new ArrayList<>();
        a.add(attr("description", quote(input.description())));
        a.add(attr("type", "string"));
        input.defaultValue().ifPresent(v -> a.add(attr("default", quote(v))));
        if (input.secret()) {
            a.add(attr("sensitive", "true"));
        }
        return new Variable(String.join("_", input.words()), a);
    }

    private AzapiView.Block grant(RoleGrant g) {
        String local = local(RESOURCE, g.words().toArray(String[]::new));
        grantRefs.put(g, RESOURCE + "." + local);
        String scope = scopeId(g.scope());
        String principal = spelling.principalId(g.principal());
        // A role assignment's name is a GUID; derived from scope, grantee and role, as Bicep's guid() does.
        String name = "uuidv5(\"url\", join(\"/\", [" + scope + ", " + principal + ", " + quote(g.role().definitionId()) + "]))";
        return new AzapiView.Block("resource", RESOURCE, local, List.of(), List.of(
                attr("type", quote(AzureType.ROLE_ASSIGNMENT.typeAtVersion())),
                attr("name", name),
                attr("parent_id", scope)), List.of(), ArmBodies.roleAssignment(g, spelling), null, List.of(), List.of());
    }

    private String scopeId(ResourcePlan.Scope scope) {
        if (scope instanceof SubnetScope s) {
            return subnetIds.get(s.subnet());
        }
        if (scope instanceof RouteTableScope rt) {
            return routeTableRefs.get(rt.routeTable()) + ".id";
        }
        if (scope instanceof ResourcePlan.PrivateDnsZoneScope z) {
            return zoneRefs.get(z.zone()) + ".id";
        }
        if (scope instanceof ResourcePlan.NetworkScope n) {
            return networkIds.get(n.network());
        }
        return quote(((ExistingResourceScope) scope).id());
    }

    /** Symbol words: a kind's words, then the resource's own. */
    private static String[] words(List<String> lead, List<String> own) {
        List<String> all = new ArrayList<>(lead);
        all.addAll(own);
        return all.toArray(String[]::new);
    }

    private AzapiView.Block cluster(ManagedCluster c) {
        String local = local(RESOURCE, c.name());
        String ref = RESOURCE + "." + local;
        clusterRefs.put(c.name(), ref);
        List<Attribute> identity;
        if (c.identity() instanceof UserAssigned ua) {
            identity = List.of(attr("type", quote(ua.type())), attr("identity_ids", "[" + identityRefs.get(ua.identity()) + ".id]"));
        } else {
            identity = List.of(attr("type", quote(c.identity().type())));
        }
        // Grants, and NAT gateways attached to existing subnets (a created subnet's come with its network's body).
        List<String> dependsOn = new ArrayList<>();
        for (ResourcePlan.Wait w : c.waitsFor()) {
            if (w instanceof GrantWait g) {
                dependsOn.add(grantRefs.get(g.grant()));
            } else if (w instanceof ResourcePlan.PeeringWait p) {
                dependsOn.add(peeringRefs.get(p.peering()));
            } else if (attachmentRefs.containsKey(((ResourcePlan.SubnetWait) w).subnet())) {
                dependsOn.add(attachmentRefs.get(((ResourcePlan.SubnetWait) w).subnet()));
            }
        }
        return clusterBlock(c, local, envelope(AzureType.MANAGED_CLUSTER, c.name(), resourceGroupId), identity, spelling, List.of(),
                dependsOn);
    }

    /**
     * A managed cluster as an azapi_resource block, pools inline. Shared with the azurerm target, which writes a cluster
     * through azapi when azurerm cannot express it.
     */
    public static AzapiView.Block clusterBlock(ManagedCluster c, String local, List<Attribute> envelope, List<Attribute> identity,
                                               ArmSpelling spelling, List<String> comments, List<String> dependsOn) {
        List<String> exports = new ArrayList<>(List.of("properties.nodeResourceGroup"));
        if (c.ingressAddon().isPresent()) {
            // The add-on's identity, which AKS creates: an output, and granted a role on the gateway's subnet.
            exports.add(ADDON_IDENTITY_PATH);
        }
        if (c.webAppRouting().filter(w -> !w.dnsZoneResourceIds().isEmpty()).isPresent()) {
            // The application routing add-on's identity, granted roles on its DNS zones.
            exports.add(ResourcePlan.WebAppRouting.IDENTITY_PATH);
        }
        // azapi refreshes the body from Azure; ignoring the autoscaled counts sends back what the autoscaler chose, as
        // azurerm does for node_count.
        List<String> ignoreChanges = new ArrayList<>();
        List<AgentPool> pools = c.pools();
        for (int i = 0; i < pools.size(); i++) {
            if (pools.get(i).scale() instanceof Autoscale) {
                ignoreChanges.add("body.properties.agentPoolProfiles[" + i + "].count");
            }
        }
        ArmValue.ArmObject body = ArmValue.object().put("properties", ArmBodies.managedClusterProperties(c, spelling)).build();
        return new AzapiView.Block("resource", RESOURCE, local, comments, envelope, identity, body, strings(exports), ignoreChanges,
                dependsOn);
    }

    /** Where azapi exposes the add-on identity's object id (with response_export_values). */
    public static final String ADDON_IDENTITY_PATH = "properties.addonProfiles." + ResourcePlan.IngressAddon.KEY + ".identity.objectId";

    /** type, name, parent_id (none for a resource group), location and tags (none for children that have neither). */
    public static List<Attribute> envelope(AzureType type, String name, String parentId, String location, String tags) {
        List<Attribute> a = new ArrayList<>();
        a.add(attr("type", quote(type.typeAtVersion())));
        a.add(attr("name", quote(name)));
        if (parentId != null) {
            a.add(attr("parent_id", parentId));
        }
        if (location != null) {
            a.add(attr("location", location));
        }
        if (tags != null) {
            a.add(attr("tags", tags));
        }
        return a;
    }

    private List<Attribute> envelope(AzureType type, String name, String parentId) {
        return envelope(type, name, parentId, type == AzureType.RESOURCE_GROUP ? quote(plan.location()) : location, "local.tags");
    }

    private AzapiView.Block resource(String local, AzureType type, String name, String parentId, ArmValue.ArmObject body) {
        return new AzapiView.Block("resource", RESOURCE, local, List.of(), envelope(type, name, parentId), List.of(), body, null,
                List.of(), List.of());
    }

    private Output output(ResourcePlan.Output o) {
        String value;
        ResourcePlan.OutputValue v = o.value();
        if (v instanceof ResourcePlan.CreatedResourceId id) {
            value = spelling.resourceId(id);
        } else if (v instanceof ClusterId id) {
            value = clusterRefs.get(id.cluster().name()) + ".id";
        } else if (v instanceof NodeResourceGroup nrg) {
            value = clusterRefs.get(nrg.cluster().name()) + ".output.properties.nodeResourceGroup";
        } else if (v instanceof ClusterPrincipalId p) {
            value = p.cluster().identity() instanceof UserAssigned ua ? identityRefs.get(ua.identity()) + ".output.properties.principalId"
                    : clusterRefs.get(p.cluster().name()) + ".identity[0].principal_id";
        } else if (v instanceof IngressAddonObjectId a) {
            value = clusterRefs.get(a.cluster().name()) + ".output." + ADDON_IDENTITY_PATH;
        } else if (v instanceof TrafficControllerId t) {
            value = trafficControllerRefs.get(t.trafficController()) + ".id";
        } else {
            value = frontendRefs.get(((TrafficControllerFrontendName) v).trafficController()) + ".name";
        }
        return new Output(outputName(o, outputNames), List.of(attr("description", quote(o.description())), attr("value", value)));
    }

    private static final java.util.regex.Pattern NOT_IN_NAME = java.util.regex.Pattern.compile("[^A-Za-z0-9_]");

    /**
     * An output's name: its words joined by underscores, case kept (cluster names may have capitals); a name already
     * {@code taken} (Terraform compares them case-sensitively) gets a number, as a second {@code vnet_a_b_id} would.
     */
    public static String outputName(ResourcePlan.Output o, java.util.Set<String> taken) {
        String base = NOT_IN_NAME.matcher(String.join("_", o.words())).replaceAll("_");
        if (!Character.isLetter(base.charAt(0)) && base.charAt(0) != '_') {
            base = "o_" + base;
        }
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /**
     * The id of a resource group this deployment does not create, read once: in the provider's subscription, or in the
     * one given.
     */
    private String existingGroup(Optional<String> subscription, String resourceGroup, List<AzapiView.Block> blocks) {
        String key = (subscription.map(s -> s + "/").orElse("") + resourceGroup).toLowerCase(Locale.ROOT);
        String ref = existingGroups.get(key);
        if (ref == null) {
            String local = local("data." + RESOURCE, resourceGroup);
            ref = "data." + RESOURCE + "." + local + ".id";
            existingGroups.put(key, ref);
            blocks.add(new AzapiView.Block("data", RESOURCE, local, List.of(), List.of(
                    attr("type", quote(AzureType.RESOURCE_GROUP.typeAtVersion())),
                    attr("name", quote(resourceGroup)),
                    attr("parent_id", subscription.map(s -> quote("/subscriptions/" + s))
                            .orElse("\"/subscriptions/${" + CLIENT_CONFIG + ".subscription_id}\""))), List.of(), null, null, List.of(), List.of()));
        }
        return ref;
    }

    private final Map<String, String> existingGroups = new HashMap<>();

    /** {@code "${ref}tail"}: a reference followed by literal text. */
    private static String interpolate(String ref, String tail) {
        return "\"${" + ref + "}" + unquoted(tail) + "\"";
    }

    /** A literal's escaped text, without its quotes, for use inside a template string. */
    private static String unquoted(String text) {
        String q = quote(text);
        return q.substring(1, q.length() - 1);
    }

    private String local(String type, String... parts) {
        return names.computeIfAbsent(type, t -> new SymbolNames(SymbolNames.Style.SNAKE, Set.of())).allocate(parts);
    }

    private static String strings(List<String> values) {
        return values.stream().map(TerraformStrings::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Attribute attr(String key, String value) {
        return new Attribute(key, value);
    }

    /**
     * HCL literals for a request body written through azapi (in this target, and for clusters the azurerm target writes
     * through azapi); the references are the target's.
     */
    public abstract static class HclSpelling implements ArmSpelling {
        @Override
        public String text(String value) {
            return quote(value);
        }

        @Override
        public String tags() {
            return "local.tags";
        }

        @Override
        public String input(ResourcePlan.Input input) {
            return "var." + String.join("_", input.words());
        }

        @Override
        public String autoscaledCount(ManagedCluster cluster, AgentPool pool, int min) {
            // The minimum at creation; afterwards lifecycle.ignore_changes keeps the count azapi reads back.
            return Integer.toString(min);
        }
    }

    /** azapi's references. */
    private final class Spelling extends HclSpelling {
        @Override
        public String subnetId(Subnet subnet) {
            return subnetIds.get(subnet);
        }

        @Override
        public String networkId(ResourcePlan.Network network) {
            return networkIds.get(network);
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
            return routeTableRefs.get(routeTable) + ".id";
        }

        @Override
        public String natGatewayId(NatGateway natGateway) {
            return natGatewayRefs.get(natGateway) + ".id";
        }

        @Override
        public String publicIpId(ResourcePlan.PublicIp publicIp) {
            return publicIpRefs.get(publicIp) + ".id";
        }

        @Override
        public String publicIpPrefixId(ResourcePlan.PublicIpPrefix prefix) {
            return publicIpPrefixRefs.get(prefix) + ".id";
        }

        @Override
        public String roleDefinitionId(ResourcePlan.Role role) {
            return "\"/subscriptions/${" + CLIENT_CONFIG + ".subscription_id}/providers/Microsoft.Authorization/roleDefinitions/"
                    + role.definitionId() + "\"";
        }

        @Override
        public String principalId(ResourcePlan.Principal principal) {
            if (principal instanceof IdentityPrincipal ip) {
                return identityRefs.get(ip.identity()) + ".output.properties.principalId";
            }
            if (principal instanceof ResourcePlan.AppRoutingPrincipal r) {
                return clusterRefs.get(r.clusterName()) + ".output." + ResourcePlan.WebAppRouting.IDENTITY_PATH;
            }
            return clusterRefs.get(((IngressAddonPrincipal) principal).clusterName()) + ".output." + ADDON_IDENTITY_PATH;
        }

        @Override
        public String identityId(Identity identity) {
            return identityRefs.get(identity) + ".id";
        }

        @Override
        public String identityClientId(Identity identity) {
            return identityRefs.get(identity) + ".output.properties.clientId";
        }
    }
}
