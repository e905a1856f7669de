package dev.aksnet.plan;

import dev.aksnet.model.AzureResourceId;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodeCount;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OsType;
import dev.aksnet.model.PoolMode;
import dev.aksnet.model.PrivateEndpointNetworkPolicies;
import dev.aksnet.model.PrivateLinkServiceNetworkPolicies;
import dev.aksnet.plan.InfrastructurePlan.PlannedCluster;
import dev.aksnet.resolve.Choices;
import dev.aksnet.resolve.ResolvedSpec;
import dev.aksnet.plan.InfrastructurePlan.PlannedNetwork;
import dev.aksnet.plan.InfrastructurePlan.PlannedPool;
import dev.aksnet.plan.InfrastructurePlan.PlannedSubnet;
import dev.aksnet.plan.ResourcePlan.AgentPool;
import dev.aksnet.plan.ResourcePlan.ApiServerAccess;
import dev.aksnet.plan.ResourcePlan.Autoscale;
import dev.aksnet.plan.ResourcePlan.ClusterId;
import dev.aksnet.plan.ResourcePlan.ClusterIdentity;
import dev.aksnet.plan.ResourcePlan.ClusterPrincipalId;
import dev.aksnet.plan.ResourcePlan.ExistingGateway;
import dev.aksnet.plan.ResourcePlan.FixedCount;
import dev.aksnet.plan.ResourcePlan.GatewayInNewSubnet;
import dev.aksnet.plan.ResourcePlan.GatewayInSubnet;
import dev.aksnet.plan.ResourcePlan.GrantWait;
import dev.aksnet.plan.ResourcePlan.Identity;
import dev.aksnet.plan.ResourcePlan.IdentityPrincipal;
import dev.aksnet.plan.ResourcePlan.IngressAddon;
import dev.aksnet.plan.ResourcePlan.IngressAddonObjectId;
import dev.aksnet.plan.ResourcePlan.IngressAddonPrincipal;
import dev.aksnet.plan.ResourcePlan.MadeFor;
import dev.aksnet.plan.ResourcePlan.ManagedCluster;
import dev.aksnet.plan.ResourcePlan.NatGateway;
import dev.aksnet.plan.ResourcePlan.NetworkProfile;
import dev.aksnet.plan.ResourcePlan.NodeResourceGroup;
import dev.aksnet.plan.ResourcePlan.Output;
import dev.aksnet.plan.ResourcePlan.ExistingResourceScope;
import dev.aksnet.plan.ResourcePlan.NatGatewayAttachment;
import dev.aksnet.plan.ResourcePlan.PublicIpPrefix;
import dev.aksnet.plan.ResourcePlan.PublicIp;
import dev.aksnet.plan.ResourcePlan.RoleGrant;
import dev.aksnet.plan.ResourcePlan.Route;
import dev.aksnet.plan.ResourcePlan.RouteTable;
import dev.aksnet.plan.ResourcePlan.RouteTableScope;
import dev.aksnet.plan.ResourcePlan.Subnet;
import dev.aksnet.plan.ResourcePlan.SubnetScope;
import dev.aksnet.plan.ResourcePlan.SubnetWait;
import dev.aksnet.plan.ResourcePlan.TrafficController;
import dev.aksnet.plan.ResourcePlan.TrafficControllerFrontendName;
import dev.aksnet.plan.ResourcePlan.TrafficControllerId;
import dev.aksnet.plan.ResourcePlan.Wait;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plans the Azure resources of a valid spec: the one place that decides which resources exist, what they are called,
 * what they carry, who is granted what and what each cluster waits for. {@link InfrastructurePlan} decides where pools
 * land and what their subnets need; this turns that into resources in the Azure API's vocabulary.
 */
public final class ResourcePlanner {
    /** The public IP SKU and allocation NAT gateways require; the NAT gateway SKU. */
    static final String STANDARD_SKU = "Standard";
    static final String STATIC_ALLOCATION = "Static";
    static final String SUBNETS_ASSOCIATION = "subnets";

    private final InfrastructurePlan infrastructure;
    private final Map<PlannedSubnet, Subnet> subnets = new HashMap<>();
    private final Map<PlannedSubnet, RouteTable> routeTables = new HashMap<>();
    /** The spec's route tables, by the model's. */
    private final Map<dev.aksnet.model.RouteTable, RouteTable> specRouteTables = new HashMap<>();
    private final Map<PlannedSubnet, NatGateway> natGateways = new HashMap<>();
    private final Map<PlannedNetwork, ResourcePlan.Network> plannedNetworks = new HashMap<>();
    /** The spec's NAT gateways by lower-case name (names are case-insensitive in Azure). */
    private final Map<String, NatGateway> specNatGateways = new HashMap<>();
    /** The spec's network security groups by lower-case name. */
    private final Map<String, ResourcePlan.NetworkSecurityGroup> specNsgs = new HashMap<>();
    private final Map<dev.aksnet.model.PrivateDnsZone, ResourcePlan.PrivateDnsZone> specZones = new HashMap<>();

    private ResourcePlanner(InfrastructurePlan infrastructure) {
        this.infrastructure = infrastructure;
    }

    /** Plans a deployment that passed validation (references resolve, every cluster has a system pool). */
    public static ResourcePlan plan(Deployment d) {
        return new ResourcePlanner(InfrastructurePlan.of(d)).plan();
    }

    private ResourcePlan plan() {
        Deployment d = infrastructure.deployment();
        Map<PlannedSubnet, String> kubenetOwners = new HashMap<>();
        Map<dev.aksnet.model.RouteTable, String> kubenetSpecOwners = new HashMap<>();
        for (PlannedCluster pc : infrastructure.clusters()) {
            if (pc.cluster().network().plugin() == dev.aksnet.model.NetworkPlugin.KUBENET) {
                pc.routeTablesToWrite().forEach(rt -> kubenetOwners.put(rt, pc.cluster().name()));
                pc.specRouteTablesToWrite().forEach(rt -> kubenetSpecOwners.put(rt, pc.cluster().name()));
            }
        }
        List<RouteTable> allRouteTables = new ArrayList<>();
        // The spec's route tables first, in spec order; then those aksnet adds to created subnets.
        for (dev.aksnet.model.RouteTable rt : d.routeTables()) {
            String owner = kubenetSpecOwners.get(rt);
            RouteTable planned = new RouteTable(rt.name(), List.of(rt.name()), Optional.empty(), rt.routes().stream()
                    .map(r -> new Route(r.name(), r.prefix().toCanonicalString(), r.nextHop().apiName(),
                            Optional.ofNullable(r.nextHopIp()).map(IPAddress::toCanonicalString)))
                    .toList(), Optional.ofNullable(rt.bgpRoutePropagation()), owner != null, Optional.ofNullable(owner));
            specRouteTables.put(rt, planned);
            allRouteTables.add(planned);
        }
        List<NatGateway> allNatGateways = new ArrayList<>();
        List<ResourcePlan.NetworkSecurityGroup> allNsgs = new ArrayList<>();
        List<ResourcePlan.PrivateDnsZone> allZones = new ArrayList<>();
        for (dev.aksnet.model.NetworkSecurityGroup nsg : d.networkSecurityGroups()) {
            ResourcePlan.NetworkSecurityGroup planned = new ResourcePlan.NetworkSecurityGroup(nsg.name(), nsg.rules().stream()
                    .map(r -> new ResourcePlan.SecurityRule(r.name(), r.priority(), dev.aksnet.model.NetworkSecurityGroup.apiName(r.direction()),
                            dev.aksnet.model.NetworkSecurityGroup.apiName(r.access()), dev.aksnet.model.NetworkSecurityGroup.apiName(r.protocol()),
                            r.source(), r.destination(),
                            java.util.Arrays.stream(r.ports().split(",")).map(String::strip).toList()))
                    .toList());
            specNsgs.put(nsg.name().toLowerCase(Locale.ROOT), planned);
            allNsgs.add(planned);
        }
        for (dev.aksnet.model.NatGateway nat : d.natGateways()) {
            NatGateway ng = specNatGateway(nat);
            specNatGateways.put(nat.name().toLowerCase(Locale.ROOT), ng);
            allNatGateways.add(ng);
        }
        for (PlannedNetwork n : infrastructure.networks()) {
            for (var s : n.vnet().subnets()) {
                PlannedSubnet ps = new PlannedSubnet(n, s);
                MadeFor madeFor = new MadeFor(n.vnet().name(), s.name());
                infrastructure.egressOf(ps).ifPresent(e -> {
                    if (e.routeTable()) {
                        List<Route> routes = e.defaultRouteNextHop().map(hop -> List.of(new Route(DerivedNames.DEFAULT_ROUTE,
                                DerivedNames.DEFAULT_ROUTE_PREFIX, AksNetworking.VIRTUAL_APPLIANCE, Optional.of(hop.toCanonicalString()))))
                                .orElse(List.of());
                        String owner = kubenetOwners.get(ps);
                        RouteTable rt = new RouteTable(DerivedNames.routeTable(ps), List.of(n.vnet().name(), s.name()), Optional.of(madeFor),
                                routes, Optional.empty(), owner != null, Optional.ofNullable(owner));
                        routeTables.put(ps, rt);
                        allRouteTables.add(rt);
                    }
                    if (e.natGateway()) {
                        List<String> words = List.of(n.vnet().name(), s.name());
                        NatGateway ng = new NatGateway(DerivedNames.natGateway(ps), words, STANDARD_SKU,
                                List.of(new PublicIp(DerivedNames.natPublicIp(ps), words, STANDARD_SKU, STATIC_ALLOCATION, List.of())),
                                Optional.empty(), List.of(), List.of(), Optional.empty());
                        natGateways.put(ps, ng);
                        allNatGateways.add(ng);
                    }
                });
            }
        }

        List<ResourcePlan.Network> networks = new ArrayList<>();
        List<NatGatewayAttachment> attachments = new ArrayList<>();
        for (PlannedNetwork n : infrastructure.networks()) {
            List<Subnet> own = n.created() ? n.vnet().subnets().stream().map(s -> subnet(new PlannedSubnet(n, s))).toList() : List.of();
            List<Subnet> used = infrastructure.usedSubnets(n).stream().map(this::subnet).toList();
            if (!n.created()) {
                // One write at a time to the subnets of a network: each attachment waits for the one before it.
                Optional<NatGatewayAttachment> before = Optional.empty();
                for (PlannedSubnet ps : infrastructure.usedSubnets(n)) {
                    Optional<NatGateway> ng = specNatGateway(ps);
                    if (ng.isPresent()) {
                        NatGatewayAttachment a = new NatGatewayAttachment(subnet(ps), ng.get(), before);
                        attachments.add(a);
                        before = Optional.of(a);
                    }
                }
            }
            ResourcePlan.Network network = new ResourcePlan.Network(n.vnet().name(), n.resourceGroup(), n.created(), n.inOtherResourceGroup(d),
                    n.vnet().addressSpace().stream().map(IPAddress::toCanonicalString).toList(), own, used,
                    n.created() ? n.vnet().dnsServers().stream().map(IPAddress::toCanonicalString).toList() : List.of(),
                    n.vnet().subscriptionOverride());
            networks.add(network);
            plannedNetworks.put(n, network);
        }
        // Private DNS zones of the spec, linked to networks of the spec (validated: PRIVATE_DNS_ZONE_LINK_UNKNOWN).
        for (dev.aksnet.model.PrivateDnsZone zone : d.privateDnsZones()) {
            List<ResourcePlan.PrivateDnsZoneLink> links = zone.links().stream().map(name -> {
                ResourcePlan.Network n = networks.stream().filter(x -> x.name().equalsIgnoreCase(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("zone link " + name + " names no network; validate first"));
                return new ResourcePlan.PrivateDnsZoneLink(DerivedNames.of("link-", n.name(), DerivedNames.NETWORK_RESOURCE_MAX), n);
            }).toList();
            ResourcePlan.PrivateDnsZone planned = new ResourcePlan.PrivateDnsZone(zone.name(), links);
            specZones.put(zone, planned);
            allZones.add(planned);
        }
        // Both directions of each peering: the declared side uses the remote gateway, the other allows transit through its own.
        List<ResourcePlan.Peering> peerings = new ArrayList<>();
        for (InfrastructurePlan.PlannedPeering p : infrastructure.peerings()) {
            ResourcePlan.Network local = plannedNetworks.get(p.local());
            ResourcePlan.Network remote = plannedNetworks.get(p.remote());
            peerings.add(new ResourcePlan.Peering(DerivedNames.peering(local.name(), remote.name()), local, remote,
                    ResourcePlan.Peering.NETWORK_ACCESS, p.declared().allowForwardedTraffic(), false, p.declared().useRemoteGateways()));
            peerings.add(new ResourcePlan.Peering(DerivedNames.peering(remote.name(), local.name()), remote, local,
                    ResourcePlan.Peering.NETWORK_ACCESS, p.declared().allowForwardedTraffic(), p.declared().useRemoteGateways(), false));
        }

        List<Identity> identities = new ArrayList<>();
        List<RoleGrant> grants = new ArrayList<>();
        List<ManagedCluster> clusters = new ArrayList<>();
        List<TrafficController> trafficControllers = new ArrayList<>();
        List<Output> outputs = new ArrayList<>();
        for (PlannedCluster pc : infrastructure.clusters()) {
            Cluster c = pc.cluster();
            ClusterIdentity identity = new ResourcePlan.SystemAssigned();
            List<Wait> waits = new ArrayList<>();
            Optional<dev.aksnet.model.ClusterIdentities> declared = c.identitiesIfAny();
            Optional<Identity> kubelet = c.ownKubeletIdentity().map(k -> existingIdentity(k, c.name()));
            if (pc.userAssignedIdentity()) {
                Identity id = declared.flatMap(dev.aksnet.model.ClusterIdentities::controlPlaneIfAny).map(i -> existingIdentity(i, c.name()))
                        .orElseGet(() -> new Identity(DerivedNames.identity(c.name()), c.name()));
                identities.add(id);
                identity = new ResourcePlan.UserAssigned(id);
                var principal = new IdentityPrincipal(id);
                for (PlannedSubnet s : pc.subnetsToJoin()) {
                    RoleGrant g = new RoleGrant(AzureRoles.NETWORK_CONTRIBUTOR, new SubnetScope(subnet(s)), principal, c.name(),
                            List.of(c.name(), s.subnet().name(), "network", "contributor"));
                    grants.add(g);
                    waits.add(new GrantWait(g));
                    waits.add(new SubnetWait(subnet(s)));
                }
                for (PlannedSubnet s : pc.routeTablesToWrite()) {
                    RoleGrant g = new RoleGrant(AzureRoles.NETWORK_CONTRIBUTOR, new RouteTableScope(routeTables.get(s)), principal, c.name(),
                            List.of(c.name(), "rt", s.subnet().name(), "network", "contributor"));
                    grants.add(g);
                    waits.add(new GrantWait(g));
                }
                for (dev.aksnet.model.RouteTable rt : pc.specRouteTablesToWrite()) {
                    RoleGrant g = new RoleGrant(AzureRoles.NETWORK_CONTRIBUTOR, new RouteTableScope(specRouteTables.get(rt)), principal, c.name(),
                            List.of(c.name(), "rt", rt.name(), "network", "contributor"));
                    grants.add(g);
                    waits.add(new GrantWait(g));
                }
                Optional<Choices.PrivateDnsZone.ZoneId> ownZone = pc.resolved().privateDnsZone()
                        .filter(z -> z instanceof Choices.PrivateDnsZone.ZoneId).map(z -> (Choices.PrivateDnsZone.ZoneId) z);
                if (ownZone.isPresent()) {
                    Choices.PrivateDnsZone.Parts zone = ownZone.get().parts()
                            .orElseThrow(() -> new IllegalArgumentException("private DNS zone id does not parse; validate first"));
                    RoleGrant g = new RoleGrant(AzureRoles.PRIVATE_DNS_ZONE_CONTRIBUTOR,
                            new ExistingResourceScope(AzureType.PRIVATE_DNS_ZONE, ownZone.get().id(), zone.subscriptionId(), zone.resourceGroup(),
                                    zone.zoneName()), principal,
                            c.name(), List.of(c.name(), "private", "dns", "zone", "contributor"));
                    grants.add(g);
                    waits.add(new GrantWait(g));
                }
                // A zone aksnet creates: AKS writes the API server's record into it with the cluster identity.
                pc.resolved().privateDnsZone().filter(z -> z instanceof Choices.PrivateDnsZone.SpecZone)
                        .map(z -> specZones.get(((Choices.PrivateDnsZone.SpecZone) z).zone())).ifPresent(zone -> {
                            RoleGrant g = new RoleGrant(AzureRoles.PRIVATE_DNS_ZONE_CONTRIBUTOR, new ResourcePlan.PrivateDnsZoneScope(zone),
                                    principal, c.name(), List.of(c.name(), "private", "dns", "zone", "contributor"));
                            grants.add(g);
                            waits.add(new GrantWait(g));
                        });
                // With a private DNS zone of the user's or the spec's, AKS links the zone to the cluster's network with the
                // cluster identity (PRIV: "Private DNS Zone Contributor and Network Contributor roles"): the network's own.
                if (pc.resolved().privateDnsZone().filter(z -> z instanceof Choices.PrivateDnsZone.ZoneId
                        || z instanceof Choices.PrivateDnsZone.SpecZone).isPresent()) {
                    pc.allPools().stream().flatMap(p -> p.subnet().stream()).map(PlannedSubnet::network).distinct().forEach(n -> {
                        RoleGrant g = new RoleGrant(AzureRoles.NETWORK_CONTRIBUTOR, new ResourcePlan.NetworkScope(plannedNetworks.get(n)), principal,
                                c.name(), List.of(c.name(), n.vnet().name(), "network", "contributor"));
                        grants.add(g);
                        waits.add(new GrantWait(g));
                    });
                }
                // AKS joins the user's public IPs and prefixes to the load balancer and the nodes with the cluster identity.
                for (Map.Entry<AzureType, String> address : pc.ownPublicAddresses()) {
                    AzureResourceId parsed = AzureResourceId.parse(address.getValue(), address.getKey() == AzureType.PUBLIC_IP_ADDRESS
                                    ? AzureResourceId.Type.PUBLIC_IP : AzureResourceId.Type.PUBLIC_IP_PREFIX)
                            .orElseThrow(() -> new IllegalArgumentException("public IP id does not parse; validate first"));
                    RoleGrant g = new RoleGrant(AzureRoles.NETWORK_CONTRIBUTOR, new ExistingResourceScope(address.getKey(), parsed.id(),
                            parsed.subscriptionId(), parsed.resourceGroup(), parsed.name()), principal, c.name(),
                            List.of(c.name(), parsed.name(), "network", "contributor"));
                    grants.add(g);
                    waits.add(new GrantWait(g));
                }
            }
            // A kubelet identity of the user's: the control plane assigns it to the nodes (Managed Identity Operator on it, ID),
            // and, with a registry of the user's to bootstrap from, the nodes pull with it (AcrPull, ISO), both before creation.
            if (kubelet.isPresent()) {
                Identity k = kubelet.get();
                identities.add(k);
                var principal = new IdentityPrincipal(((ResourcePlan.UserAssigned) identity).identity());
                RoleGrant operator = new RoleGrant(AzureRoles.MANAGED_IDENTITY_OPERATOR, k.existing().orElseThrow(), principal, c.name(),
                        List.of(c.name(), "kubelet", "identity", "operator"));
                grants.add(operator);
                waits.add(new GrantWait(operator));
                Optional.ofNullable(c.network().bootstrap()).map(dev.aksnet.model.BootstrapProfile::containerRegistryId).ifPresent(registry -> {
                    AzureResourceId r = AzureResourceId.parse(registry, AzureResourceId.Type.CONTAINER_REGISTRY)
                            .orElseThrow(() -> new IllegalArgumentException("container registry id does not parse; validate first"));
                    RoleGrant pull = new RoleGrant(AzureRoles.ACR_PULL, new ExistingResourceScope(AzureType.CONTAINER_REGISTRY, r.id(),
                            r.subscriptionId(), r.resourceGroup(), r.name()), new IdentityPrincipal(k), c.name(),
                            List.of(c.name(), "kubelet", "acr", "pull"));
                    grants.add(pull);
                    waits.add(new GrantWait(pull));
                });
            }
            // Custom DNS servers are usually across a peering (a hub's DNS proxy): nodes resolve nothing before it is up.
            pc.allPools().stream().flatMap(p -> p.subnet().stream()).map(PlannedSubnet::network).distinct()
                    .filter(n -> !n.vnet().dnsServers().isEmpty()).map(plannedNetworks::get)
                    .forEach(n -> peerings.stream().filter(p -> p.local() == n || p.remote() == n).map(ResourcePlan.PeeringWait::new)
                            .forEach(waits::add));
            ManagedCluster cluster = new ManagedCluster(c.name(), identity, Optional.ofNullable(c.effectiveDnsPrefix()),
                    Optional.ofNullable(c.fqdnSubdomain()), Optional.ofNullable(c.kubernetesVersion()),
                    pc.allPools().stream().map(p -> agentPool(p, pc.resolved())).toList(), networkProfile(pc.resolved()),
                    apiServerAccess(pc), ingressAddon(pc), c.hasWindowsPools(),
                    Optional.ofNullable(c.network().bootstrap()).map(b -> new ResourcePlan.Bootstrap(b.artifactSource().apiValue(),
                            Optional.ofNullable(b.containerRegistryId()))),
                    List.copyOf(waits), kubelet, Optional.ofNullable(c.appRouting()).map(a -> new ResourcePlan.WebAppRouting(a.dnsZoneIds(),
                            Optional.ofNullable(a.defaultController()).map(dev.aksnet.model.AppRouting.DefaultController::apiValue))));
            clusters.add(cluster);
            outputs.add(new Output(List.of(c.name(), "id"), "Resource id of AKS cluster " + c.name() + ".", new ClusterId(cluster)));
            outputs.add(new Output(List.of(c.name(), "node", "resource", "group"),
                    "Resource group AKS manages for the nodes of " + c.name() + ".", new NodeResourceGroup(cluster)));
            outputs.add(new Output(List.of(c.name(), "identity", "principal", "id"),
                    "Principal id of the control-plane identity of " + c.name() + ".", new ClusterPrincipalId(cluster)));
            if (pc.trafficController()) {
                TrafficController tc = new TrafficController(DerivedNames.trafficController(c.name()), c.name(),
                        DerivedNames.TRAFFIC_CONTROLLER_FRONTEND, DerivedNames.TRAFFIC_CONTROLLER_ASSOCIATION, SUBNETS_ASSOCIATION,
                        subnet(pc.ingressSubnet().orElseThrow()));
                trafficControllers.add(tc);
                outputs.add(new Output(List.of(c.name(), "alb", "id"), "Resource id of the Application Gateway for Containers of "
                        + c.name() + " (the ALB controller's alb-id).", new TrafficControllerId(tc)));
                outputs.add(new Output(List.of(c.name(), "alb", "frontend", "name"), "Frontend of the Application Gateway for Containers of "
                        + c.name() + " (a Gateway's alb.networking.azure.io/alb-frontend).", new TrafficControllerFrontendName(tc)));
            }
            if (pc.ingressControllerAddon()) {
                outputs.add(new Output(List.of(c.name(), "ingress", "identity", "object", "id"), "Object id of the identity AKS creates for the "
                        + "application gateway ingress controller of " + c.name() + ".", new IngressAddonObjectId(cluster)));
            }
            // The application routing add-on's identity (AKS creates it) manages records in the zones: granted after the cluster
            // (ROUTE: what az aks approuting zone add --attach-zones grants).
            if (c.appRouting() != null) {
                for (String zoneId : c.appRouting().dnsZoneIds()) {
                    dev.aksnet.model.AppRouting.DnsZone parsed = dev.aksnet.model.AppRouting.DnsZone.parse(zoneId)
                            .orElseThrow(() -> new IllegalArgumentException("DNS zone id does not parse; validate first"));
                    AzureResourceId zone = parsed.id();
                    grants.add(new RoleGrant(parsed.privateZone() ? AzureRoles.PRIVATE_DNS_ZONE_CONTRIBUTOR : AzureRoles.DNS_ZONE_CONTRIBUTOR,
                            new ExistingResourceScope(parsed.privateZone() ? AzureType.PRIVATE_DNS_ZONE : AzureType.DNS_ZONE, zone.id(),
                                    zone.subscriptionId(), zone.resourceGroup(), zone.name()),
                            new ResourcePlan.AppRoutingPrincipal(c.name()), c.name(), List.of(c.name(), "app", "routing", zone.name())));
                }
            }
            // The add-on's own identity (AKS creates it) updates the gateway, and so joins its subnet.
            pc.addonGatewaySubnet().ifPresent(s -> grants.add(new RoleGrant(AzureRoles.NETWORK_CONTRIBUTOR, new SubnetScope(subnet(s)),
                    new IngressAddonPrincipal(c.name()), c.name(), List.of(c.name(), "agic", s.subnet().name(), "network", "contributor"))));
        }
        outputs.addAll(createdResourceIds(networks, allNsgs, allRouteTables, allNatGateways, allZones));
        List<ResourcePlan.Input> inputs = infrastructure.hasWindowsPools()
                ? List.of(ResourcePlan.WINDOWS_ADMIN_USERNAME, ResourcePlan.WINDOWS_ADMIN_PASSWORD) : List.of();
        // Sorted by key: the order of a map is not meaningful, and sorting keeps diffs stable.
        List<ResourcePlan.Tag> tags = d.tags().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new ResourcePlan.Tag(e.getKey(), e.getValue())).toList();
        return new ResourcePlan(d.resourceGroup(), d.location(), tags, inputs, networks, allRouteTables, allNatGateways, attachments, peerings,
                allNsgs, allZones, identities,
                grants, clusters, trafficControllers, outputs);
    }

    /** The ids a caller of the deployment may need, of everything it creates but clusters (whose outputs come first). */
    private static List<Output> createdResourceIds(List<ResourcePlan.Network> networks, List<ResourcePlan.NetworkSecurityGroup> nsgs,
                                                   List<ResourcePlan.RouteTable> routeTables, List<ResourcePlan.NatGateway> natGateways,
                                                   List<ResourcePlan.PrivateDnsZone> zones) {
        List<Output> ids = new ArrayList<>();
        for (ResourcePlan.Network n : networks) {
            if (!n.created()) {
                continue;
            }
            ids.add(new Output(List.of(n.name(), "id"), "Resource id of virtual network " + n.name() + ".", new ResourcePlan.NetworkId(n)));
            for (Subnet s : n.subnets()) {
                ids.add(new Output(List.of(n.name(), s.name(), "id"), "Resource id of subnet " + s.name() + " of " + n.name() + ".",
                        new ResourcePlan.SubnetId(s)));
            }
        }
        nsgs.forEach(g -> ids.add(new Output(List.of(g.name(), "id"), "Resource id of network security group " + g.name() + ".",
                new ResourcePlan.NetworkSecurityGroupId(g))));
        routeTables.forEach(t -> ids.add(new Output(List.of(t.name(), "id"), "Resource id of route table " + t.name() + ".",
                new ResourcePlan.RouteTableId(t))));
        natGateways.forEach(g -> ids.add(new Output(List.of(g.name(), "id"), "Resource id of NAT gateway " + g.name() + ".",
                new ResourcePlan.NatGatewayId(g))));
        zones.forEach(z -> ids.add(new Output(List.of(z.name(), "id"), "Resource id of private DNS zone " + z.name() + ".",
                new ResourcePlan.PrivateDnsZoneId(z))));
        return ids;
    }

    private Subnet subnet(PlannedSubnet ps) {
        return subnets.computeIfAbsent(ps, s -> {
            boolean created = s.network().created();
            var sub = s.subnet();
            Optional<ResourcePlan.Delegation> delegation = created
                    ? infrastructure.delegationOf(s).map(dl -> new ResourcePlan.Delegation(dl.specName(), dl.serviceName())) : Optional.empty();
            Optional<RouteTable> rt = !created ? Optional.empty()
                    : Optional.ofNullable(sub.routeTable()).flatMap(infrastructure.deployment()::routeTable).map(specRouteTables::get)
                    .or(() -> Optional.ofNullable(routeTables.get(infrastructure.routeTableOwner(s).orElse(s))));
            Optional<NatGateway> ng = created ? specNatGateway(s).or(() -> Optional.ofNullable(natGateways.get(s))) : Optional.empty();
            return new Subnet(s.network().vnet().name(), s.network().resourceGroup(), sub.name(), created, sub.cidrs().stream().map(IPAddress::toCanonicalString).toList(),
                    delegation, rt, ng, created ? sub.serviceEndpoints() : List.of(),
                    created ? Optional.ofNullable(sub.defaultOutboundAccess()) : Optional.empty(),
                    created ? Optional.ofNullable(sub.networkSecurityGroup()).map(n -> specNsgs.get(n.toLowerCase(Locale.ROOT))) : Optional.empty(),
                    s.network().vnet().subscriptionOverride(),
                    created ? Optional.ofNullable(sub.privateEndpointNetworkPolicies()).map(PrivateEndpointNetworkPolicies::apiValue) : Optional.empty(),
                    created ? Optional.ofNullable(sub.privateLinkServiceNetworkPolicies()).map(PrivateLinkServiceNetworkPolicies::apiValue)
                            : Optional.empty());
        });
    }

    /** The NAT gateway of the spec a subnet names, if any (validated: NAT_GATEWAY_UNKNOWN). */
    private Optional<NatGateway> specNatGateway(PlannedSubnet s) {
        return Optional.ofNullable(s.subnet().natGateway()).map(name -> Optional.ofNullable(specNatGateways.get(name.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new IllegalArgumentException("NAT gateway " + name + " is not in the spec; validate first")));
    }

    /**
     * A NAT gateway of the spec: Standard SKU, its public IPs and prefix created in its zone (a public IP's zones must
     * match its NAT gateway's), its existing public IPs by id.
     */
    private static NatGateway specNatGateway(dev.aksnet.model.NatGateway nat) {
        List<String> zones = nat.zones().stream().map(String::valueOf).toList();
        List<PublicIp> ips = new ArrayList<>();
        int count = nat.publicIps() != null ? nat.publicIps() : 0;
        for (int i = 1; i <= count; i++) {
            ips.add(new PublicIp(DerivedNames.natGatewayPublicIp(nat.name(), i, count), List.of(nat.name(), String.valueOf(i)),
                    STANDARD_SKU, STATIC_ALLOCATION, zones));
        }
        Optional<PublicIpPrefix> prefix = Optional.ofNullable(nat.publicIpPrefixLength()).map(length ->
                new PublicIpPrefix(DerivedNames.natGatewayPublicIpPrefix(nat.name()), List.of(nat.name()), STANDARD_SKU, length, zones));
        return new NatGateway(nat.name(), List.of(nat.name()), STANDARD_SKU, ips, prefix, nat.publicIpIds(), zones,
                Optional.ofNullable(nat.idleTimeoutMinutes()));
    }

    private AgentPool agentPool(PlannedPool planned, ResolvedSpec.ClusterAt c) {
        Network n = c.cluster().network();
        NodePool p = planned.pool();
        ResourcePlan.Scale scale = p.count() instanceof NodeCount.Autoscale auto ? new Autoscale(auto.min(), auto.max())
                : new FixedCount(p.count().min());
        return new AgentPool(p.name(), p.mode() == PoolMode.SYSTEM ? AksNetworking.SYSTEM_MODE : AksNetworking.USER_MODE,
                p.os() == OsType.WINDOWS ? AksNetworking.WINDOWS : AksNetworking.LINUX, AksNetworking.SCALE_SET_POOL, p.vmSize(), scale,
                p.effectiveMaxPods(n.plugin()), planned.subnet().map(this::subnet), planned.podSubnet().map(this::subnet),
                AksNetworking.podIpAllocationMode(c.plugin()), p.effectiveMaxSurge().text(), p.zones().stream().map(String::valueOf).toList(),
                p.nodePublicIp(), Optional.ofNullable(p.nodePublicIpPrefixId()).filter(id -> p.nodePublicIp()),
                p.onlyCriticalAddons() ? List.of(AksNetworking.CRITICAL_ADDONS_ONLY_TAINT) : List.of(),
                Optional.ofNullable(p.osSku()).map(dev.aksnet.model.OsSku::specName), p.windowsOutboundNatDisabled());
    }

    /** An identity of the user's, referenced by its resource id (validated: IDENTITY_ID_INVALID). */
    private static Identity existingIdentity(String id, String clusterName) {
        AzureResourceId parsed = AzureResourceId.parse(id, AzureResourceId.Type.USER_ASSIGNED_IDENTITY)
                .orElseThrow(() -> new IllegalArgumentException("identity id does not parse; validate first"));
        return new Identity(parsed.name(), clusterName, Optional.of(new ExistingResourceScope(AzureType.USER_ASSIGNED_IDENTITY, parsed.id(),
                parsed.subscriptionId(), parsed.resourceGroup(), parsed.name())));
    }

    private static NetworkProfile networkProfile(ResolvedSpec.ClusterAt c) {
        Network n = c.cluster().network();
        boolean dual = n.dualStack();
        List<String> pods = java.util.stream.Stream.of(n.effectivePodCidr(), n.effectivePodCidrV6()).filter(java.util.Objects::nonNull)
                .map(IPAddress::toCanonicalString).toList();
        List<String> services = java.util.stream.Stream.of(n.effectiveServiceCidr(), n.effectiveServiceCidrV6())
                .filter(java.util.Objects::nonNull).map(IPAddress::toCanonicalString).toList();
        return new NetworkProfile(AksNetworking.networkPlugin(c.plugin()), AksNetworking.networkPluginMode(c.plugin()),
                n.effectivePolicy().specName(), n.effectiveDataplane().specName(),
                dual ? Optional.empty() : pods.stream().findFirst(), dual ? Optional.empty() : Optional.of(services.get(0)),
                n.effectiveDnsServiceIp().toCanonicalString(), AksNetworking.outboundType(c.outbound()), AksNetworking.LOAD_BALANCER_SKU,
                loadBalancerProfile(c.outbound()), natGatewayProfile(c.outbound()),
                dual ? n.effectiveIpFamilies().stream().map(dev.aksnet.model.IpFamily::specName).toList() : List.of(),
                dual ? pods : List.of(), dual ? services : List.of(),
                Optional.ofNullable(n.advancedNetworking()).filter(dev.aksnet.model.AdvancedNetworking::enablesAnything)
                        .map(a -> new ResourcePlan.AdvancedNetworking(a.observability(), a.security())));
    }

    /** apiServerAccessProfile, when the cluster is private or its spec sets any API server setting. */
    private Optional<ApiServerAccess> apiServerAccess(PlannedCluster pc) {
        Cluster c = pc.cluster();
        var api = c.apiServerIfAny();
        List<String> ranges = api.map(a -> a.authorizedIpRanges().stream().map(IPAddress::toCanonicalString).toList()).orElse(List.of());
        Optional<Boolean> publicFqdn = c.isPrivate() ? Optional.of(c.effectivePublicFqdn()) : api.map(dev.aksnet.model.ApiServer::publicFqdn);
        Optional<Subnet> subnet = pc.apiServerSubnet().map(this::subnet);
        if (!c.isPrivate() && subnet.isEmpty() && ranges.isEmpty() && publicFqdn.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResourcePlan.PrivateDnsZone> createdZone = pc.resolved().privateDnsZone()
                .filter(z -> z instanceof Choices.PrivateDnsZone.SpecZone).map(z -> specZones.get(((Choices.PrivateDnsZone.SpecZone) z).zone()));
        return Optional.of(new ApiServerAccess(c.isPrivate(), createdZone.isPresent() ? Optional.empty()
                : Optional.ofNullable(c.effectivePrivateDnsZone()), createdZone, subnet, ranges, publicFqdn));
    }

    /** loadBalancerProfile, when the spec sets any of the load balancer's outbound settings. */
    private static Optional<ResourcePlan.LoadBalancerProfile> loadBalancerProfile(Choices.Outbound outbound) {
        if (!(outbound instanceof Choices.Outbound.LoadBalancer lb) || lb.profile().equals(dev.aksnet.model.LoadBalancerProfile.DEFAULTS)) {
            return Optional.empty();
        }
        var p = lb.profile();
        return Optional.of(new ResourcePlan.LoadBalancerProfile(Optional.ofNullable(p.managedOutboundIps()), p.outboundIpIds(),
                p.outboundIpPrefixIds(), Optional.ofNullable(p.allocatedOutboundPorts()), Optional.ofNullable(p.idleTimeoutMinutes()),
                Optional.ofNullable(p.managedOutboundIpv6Ips())));
    }

    /** natGatewayProfile, when the spec sets any of the managed NAT gateway's settings. */
    private static Optional<ResourcePlan.NatGatewayProfile> natGatewayProfile(Choices.Outbound outbound) {
        if (!(outbound instanceof Choices.Outbound.ManagedNatGateway nat) || nat.profile().equals(dev.aksnet.model.ManagedNatGatewayProfile.DEFAULTS)) {
            return Optional.empty();
        }
        return Optional.of(new ResourcePlan.NatGatewayProfile(Optional.ofNullable(nat.profile().managedOutboundIps()),
                Optional.ofNullable(nat.profile().idleTimeoutMinutes())));
    }

    private Optional<IngressAddon> ingressAddon(PlannedCluster pc) {
        if (!pc.ingressControllerAddon()) {
            return Optional.empty();
        }
        return pc.resolved().ingress().map(source -> source.match(
                containers -> (IngressAddon) null,
                inSubnet -> new GatewayInSubnet(subnet(pc.ingressSubnet().orElseThrow())),
                newSubnet -> new GatewayInNewSubnet(newSubnet.cidr().toCanonicalString()),
                existing -> new ExistingGateway(existing.gatewayId())));
    }
}
