package dev.aksnet.arm;

import dev.aksnet.arm.ArmValue.ArmObject;
import dev.aksnet.arm.ArmValue.ObjectBuilder;
import dev.aksnet.arm.ArmValue.Scalar;
import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.plan.ResourcePlan.AgentPool;
import dev.aksnet.plan.ResourcePlan.Autoscale;
import dev.aksnet.plan.ResourcePlan.ExistingGateway;
import dev.aksnet.plan.ResourcePlan.FixedCount;
import dev.aksnet.plan.ResourcePlan.GatewayInNewSubnet;
import dev.aksnet.plan.ResourcePlan.GatewayInSubnet;
import dev.aksnet.plan.ResourcePlan.ManagedCluster;
import dev.aksnet.plan.ResourcePlan.NatGateway;
import dev.aksnet.plan.ResourcePlan.NetworkProfile;
import dev.aksnet.plan.ResourcePlan.PublicIp;
import dev.aksnet.plan.ResourcePlan.RoleGrant;
import dev.aksnet.plan.ResourcePlan.Route;
import dev.aksnet.plan.ResourcePlan.Subnet;
import dev.aksnet.plan.ResourcePlan.TrafficController;

import java.util.List;

/**
 * The ARM request bodies of planned resources, below the envelope (name, location, tags, identity, parent, scope),
 * which each target writes its own way. Written once for every target that sends request bodies (Bicep, azapi);
 * {@link ArmSpelling} supplies the target's literals and references.
 */
public final class ArmBodies {
    private ArmBodies() {
    }

    /** A created virtual network with its subnets inline: a redeployment puts back the same subnets. */
    public static ArmObject virtualNetwork(ResourcePlan.Network n, ArmSpelling s) {
        ObjectBuilder p = ArmValue.object()
                .put("addressSpace", ArmValue.object().put("addressPrefixes", texts(n.addressPrefixes(), s)).build());
        if (!n.dnsServers().isEmpty()) {
            p.put("dhcpOptions", ArmValue.object().put("dnsServers", texts(n.dnsServers(), s)).build());
        }
        return ArmValue.object().put("properties", p
                .put("subnets", ArmValue.array(n.subnets().stream().map(sub -> subnet(sub, s)).toList()))
                .build()).build();
    }

    /** A network security group with its rules inline. */
    public static ArmObject networkSecurityGroup(ResourcePlan.NetworkSecurityGroup nsg, ArmSpelling s) {
        return ArmValue.object().put("properties", ArmValue.object().put("securityRules", ArmValue.array(nsg.rules().stream()
                .map(r -> {
                    ObjectBuilder p = ArmValue.object()
                            .scalar("priority", s.number(r.priority()))
                            .scalar("direction", s.text(r.direction()))
                            .scalar("access", s.text(r.access()))
                            .scalar("protocol", s.text(r.protocol()))
                            .scalar("sourceAddressPrefix", s.text(r.sourceAddressPrefix()))
                            .scalar("sourcePortRange", s.text(ResourcePlan.SecurityRule.ANY))
                            .scalar("destinationAddressPrefix", s.text(r.destinationAddressPrefix()));
                    if (r.destinationPortRanges().size() == 1) {
                        p.scalar("destinationPortRange", s.text(r.destinationPortRanges().get(0)));
                    } else {
                        p.put("destinationPortRanges", texts(r.destinationPortRanges(), s));
                    }
                    return (ArmValue) ArmValue.object().scalar("name", s.text(r.name())).put("properties", p.build()).build();
                }).toList())).build()).build();
    }

    /** A zone's link to a network, without auto-registration. */
    public static ArmObject privateDnsZoneLink(ResourcePlan.PrivateDnsZoneLink link, ArmSpelling s) {
        return ArmValue.object().put("properties", ArmValue.object()
                .scalar("registrationEnabled", s.bool(false))
                .put("virtualNetwork", idOf(s.networkId(link.network())))
                .build()).build();
    }

    /** One direction of a peering. */
    public static ArmObject peering(ResourcePlan.Peering p, ArmSpelling s) {
        return ArmValue.object().put("properties", ArmValue.object()
                .scalar("allowVirtualNetworkAccess", s.bool(p.allowVirtualNetworkAccess()))
                .scalar("allowForwardedTraffic", s.bool(p.allowForwardedTraffic()))
                .scalar("allowGatewayTransit", s.bool(p.allowGatewayTransit()))
                .scalar("useRemoteGateways", s.bool(p.useRemoteGateways()))
                .put("remoteVirtualNetwork", idOf(s.networkId(p.remote())))
                .build()).build();
    }

    private static ArmObject subnet(Subnet sub, ArmSpelling s) {
        // One range is addressPrefix; a dual-stack subnet's two are addressPrefixes.
        ObjectBuilder p = sub.addressPrefixes().size() == 1 ? ArmValue.object().scalar("addressPrefix", s.text(sub.addressPrefixes().get(0)))
                : ArmValue.object().put("addressPrefixes", texts(sub.addressPrefixes(), s));
        sub.networkSecurityGroup().ifPresent(nsg -> p.put("networkSecurityGroup", idOf(s.networkSecurityGroupId(nsg))));
        sub.routeTable().ifPresent(rt -> p.put("routeTable", idOf(s.routeTableId(rt))));
        sub.natGateway().ifPresent(ng -> p.put("natGateway", idOf(s.natGatewayId(ng))));
        if (!sub.serviceEndpoints().isEmpty()) {
            p.put("serviceEndpoints", ArmValue.array(sub.serviceEndpoints().stream()
                    .map(e -> ArmValue.object().scalar("service", s.text(e)).build()).toList()));
        }
        sub.defaultOutboundAccess().ifPresent(access -> p.scalar("defaultOutboundAccess", s.bool(access)));
        sub.privateEndpointNetworkPolicies().ifPresent(v -> p.scalar("privateEndpointNetworkPolicies", s.text(v)));
        sub.privateLinkServiceNetworkPolicies().ifPresent(v -> p.scalar("privateLinkServiceNetworkPolicies", s.text(v)));
        sub.delegation().ifPresent(d -> p.put("delegations", ArmValue.array(List.of(ArmValue.object()
                .scalar("name", s.text(d.name()))
                .put("properties", ArmValue.object().scalar("serviceName", s.text(d.serviceName())).build())
                .build()))));
        return ArmValue.object().scalar("name", s.text(sub.name())).put("properties", p.build()).build();
    }

    /** A route, as an item of a table's routes or as the body of a route resource (without its name). */
    public static ArmObject routeProperties(Route r, ArmSpelling s) {
        ObjectBuilder b = ArmValue.object()
                .scalar("addressPrefix", s.text(r.addressPrefix()))
                .scalar("nextHopType", s.text(r.nextHopType()));
        r.nextHopIpAddress().ifPresent(ip -> b.scalar("nextHopIpAddress", s.text(ip)));
        return b.build();
    }

    /** A route table's properties: BGP propagation when the spec sets it (the API's word is its negation), its routes. */
    public static ArmObject routeTableProperties(ResourcePlan.RouteTable rt, ArmSpelling s) {
        ObjectBuilder b = ArmValue.object();
        rt.bgpRoutePropagation().ifPresent(on -> b.scalar("disableBgpRoutePropagation", s.bool(!on)));
        return b.put("routes", routes(rt.routes(), s)).build();
    }

    /** The routes of a table, inline. */
    public static ArmValue.ArmArray routes(List<Route> routes, ArmSpelling s) {
        return ArmValue.array(routes.stream().map(r -> ArmValue.object().scalar("name", s.text(r.name()))
                .put("properties", routeProperties(r, s)).build()).toList());
    }

    public static ArmObject publicIp(PublicIp ip, ArmSpelling s) {
        ObjectBuilder b = ArmValue.object().put("sku", ArmValue.object().scalar("name", s.text(ip.skuName())).build());
        zones(b, ip.zones(), s);
        return b.put("properties", ArmValue.object().scalar("publicIPAllocationMethod", s.text(ip.allocationMethod())).build()).build();
    }

    public static ArmObject publicIpPrefix(ResourcePlan.PublicIpPrefix prefix, ArmSpelling s) {
        ObjectBuilder b = ArmValue.object().put("sku", ArmValue.object().scalar("name", s.text(prefix.skuName())).build());
        zones(b, prefix.zones(), s);
        return b.put("properties", ArmValue.object()
                .scalar("prefixLength", s.number(prefix.prefixLength()))
                .scalar("publicIPAddressVersion", s.text(IPV4))
                .build()).build();
    }

    /** The only address family aksnet's public IPs and prefixes have so far. */
    public static final String IPV4 = "IPv4";

    public static ArmObject natGateway(NatGateway ng, ArmSpelling s) {
        ObjectBuilder b = ArmValue.object().put("sku", ArmValue.object().scalar("name", s.text(ng.skuName())).build());
        zones(b, ng.zones(), s);
        ObjectBuilder p = ArmValue.object();
        ng.idleTimeoutMinutes().ifPresent(m -> p.scalar("idleTimeoutInMinutes", s.number(m)));
        List<ArmValue> ips = new java.util.ArrayList<>();
        ng.publicIps().forEach(ip -> ips.add(idOf(s.publicIpId(ip))));
        ng.existingPublicIpIds().forEach(id -> ips.add(idOf(s.text(id))));
        if (!ips.isEmpty()) {
            p.put("publicIpAddresses", ArmValue.array(ips));
        }
        ng.publicIpPrefix().ifPresent(prefix -> p.put("publicIpPrefixes", ArmValue.array(List.of(idOf(s.publicIpPrefixId(prefix))))));
        return b.put("properties", p.build()).build();
    }

    /** A subnet's properties with a NAT gateway attached: what a target merges into an existing subnet. */
    public static ArmObject natGatewayAttachment(ResourcePlan.NatGatewayAttachment a, ArmSpelling s) {
        return ArmValue.object().put("properties", ArmValue.object().put("natGateway", idOf(s.natGatewayId(a.natGateway()))).build()).build();
    }

    private static void zones(ObjectBuilder b, List<String> zones, ArmSpelling s) {
        if (!zones.isEmpty()) {
            b.put("zones", texts(zones, s));
        }
    }

    public static ArmObject roleAssignment(RoleGrant g, ArmSpelling s) {
        return ArmValue.object().put("properties", ArmValue.object()
                .scalar("roleDefinitionId", s.roleDefinitionId(g.role()))
                .scalar("principalId", s.principalId(g.principal()))
                .scalar("principalType", s.text(RoleGrant.PRINCIPAL_TYPE))
                .build()).build();
    }

    public static ArmObject trafficControllerAssociation(TrafficController tc, ArmSpelling s) {
        return ArmValue.object().put("properties", ArmValue.object()
                .scalar("associationType", s.text(tc.associationType()))
                .put("subnet", idOf(s.subnetId(tc.subnet())))
                .build()).build();
    }

    /** The managed cluster's properties: pools inline (AKS creates the cluster with them), network profile, access, add-ons. */
    public static ArmObject managedClusterProperties(ManagedCluster c, ArmSpelling s) {
        ObjectBuilder p = ArmValue.object();
        c.dnsPrefix().ifPresent(prefix -> p.scalar("dnsPrefix", s.text(prefix)));
        c.fqdnSubdomain().ifPresent(subdomain -> p.scalar("fqdnSubdomain", s.text(subdomain)));
        c.kubernetesVersion().ifPresent(v -> p.scalar("kubernetesVersion", s.text(v)));
        p.put("agentPoolProfiles", ArmValue.array(c.pools().stream().map(pool -> agentPool(c, pool, s)).toList()));
        p.put("networkProfile", networkProfile(c.networkProfile(), s));
        c.apiServerAccess().ifPresent(a -> {
            ObjectBuilder access = ArmValue.object();
            if (a.privateCluster()) {
                access.scalar("enablePrivateCluster", s.bool(true));
                a.privateDnsZone().ifPresent(zone -> access.scalar("privateDNSZone", s.text(zone)));
                a.createdZone().ifPresent(zone -> access.scalar("privateDNSZone", s.privateDnsZoneId(zone)));
            }
            a.publicFqdn().ifPresent(fqdn -> access.scalar("enablePrivateClusterPublicFQDN", s.bool(fqdn)));
            a.vnetIntegration().ifPresent(sub -> access.scalar("enableVnetIntegration", s.bool(true)).scalar("subnetId", s.subnetId(sub)));
            if (!a.authorizedIpRanges().isEmpty()) {
                access.put("authorizedIPRanges", texts(a.authorizedIpRanges(), s));
            }
            p.put("apiServerAccessProfile", access.build());
        });
        if (c.windowsProfile()) {
            p.put("windowsProfile", ArmValue.object()
                    .scalar("adminUsername", s.input(ResourcePlan.WINDOWS_ADMIN_USERNAME))
                    .scalar("adminPassword", s.input(ResourcePlan.WINDOWS_ADMIN_PASSWORD))
                    .build());
        }
        c.webAppRouting().ifPresent(w -> {
            ObjectBuilder routing = ArmValue.object().scalar("enabled", s.bool(true));
            if (!w.dnsZoneResourceIds().isEmpty()) {
                routing.put("dnsZoneResourceIds", texts(w.dnsZoneResourceIds(), s));
            }
            w.defaultIngressControllerType().ifPresent(t -> routing.put("nginx", ArmValue.object().scalar("defaultIngressControllerType",
                    s.text(t)).build()));
            p.put("ingressProfile", ArmValue.object().put("webAppRouting", routing.build()).build());
        });
        // The user's kubelet identity: its id, client id and object (principal) id, all three as the API requires.
        c.kubeletIdentity().ifPresent(k -> p.put("identityProfile", ArmValue.object().put("kubeletidentity", ArmValue.object()
                .scalar("resourceId", s.identityId(k))
                .scalar("clientId", s.identityClientId(k))
                .scalar("objectId", s.principalId(new ResourcePlan.IdentityPrincipal(k)))
                .build()).build()));
        c.bootstrap().ifPresent(b -> {
            ObjectBuilder bootstrap = ArmValue.object().scalar("artifactSource", s.text(b.artifactSource()));
            b.containerRegistryId().ifPresent(id -> bootstrap.scalar("containerRegistryId", s.text(id)));
            p.put("bootstrapProfile", bootstrap.build());
        });
        c.ingressAddon().ifPresent(addon -> {
            ObjectBuilder config = ArmValue.object();
            if (addon instanceof GatewayInSubnet in) {
                config.scalar("subnetId", s.subnetId(in.subnet()));
            } else if (addon instanceof GatewayInNewSubnet in) {
                config.scalar("subnetCIDR", s.text(in.subnetCidr()));
            } else {
                config.scalar("applicationGatewayId", s.text(((ExistingGateway) addon).gatewayId()));
            }
            p.put("addonProfiles", ArmValue.object().put(ResourcePlan.IngressAddon.KEY, ArmValue.object()
                    .scalar("enabled", s.bool(true))
                    .put("config", config.build())
                    .build()).build());
        });
        return p.build();
    }

    private static ArmObject agentPool(ManagedCluster c, AgentPool pool, ArmSpelling s) {
        ObjectBuilder a = ArmValue.object()
                .scalar("name", s.text(pool.name()))
                .scalar("mode", s.text(pool.mode()))
                .scalar("osType", s.text(pool.osType()));
        pool.osSku().ifPresent(sku -> a.scalar("osSKU", s.text(sku)));
        a.scalar("type", s.text(pool.type()))
                .scalar("vmSize", s.text(pool.vmSize()));
        if (!pool.availabilityZones().isEmpty()) {
            a.put("availabilityZones", texts(pool.availabilityZones(), s));
        }
        if (pool.scale() instanceof Autoscale auto) {
            a.scalar("count", s.autoscaledCount(c, pool, auto.min()))
                    .scalar("enableAutoScaling", s.bool(true))
                    .scalar("minCount", s.number(auto.min()))
                    .scalar("maxCount", s.number(auto.max()));
        } else {
            a.scalar("count", s.number(((FixedCount) pool.scale()).count()));
        }
        a.scalar("maxPods", s.number(pool.maxPods()));
        pool.vnetSubnet().ifPresent(sub -> a.scalar("vnetSubnetID", s.subnetId(sub)));
        pool.podSubnet().ifPresent(sub -> a.scalar("podSubnetID", s.subnetId(sub)));
        pool.podIpAllocationMode().ifPresent(mode -> a.scalar("podIPAllocationMode", s.text(mode)));
        if (pool.enableNodePublicIp()) {
            a.scalar("enableNodePublicIP", s.bool(true));
            pool.nodePublicIpPrefixId().ifPresent(id -> a.scalar("nodePublicIPPrefixID", s.text(id)));
        }
        if (!pool.nodeTaints().isEmpty()) {
            a.put("nodeTaints", texts(pool.nodeTaints(), s));
        }
        if (pool.disableOutboundNat()) {
            a.put("windowsProfile", ArmValue.object().scalar("disableOutboundNat", s.bool(true)).build());
        }
        a.scalar("tags", s.tags());
        a.put("upgradeSettings", ArmValue.object().scalar("maxSurge", s.text(pool.maxSurge())).build());
        return a.build();
    }

    private static ArmObject networkProfile(NetworkProfile n, ArmSpelling s) {
        ObjectBuilder a = ArmValue.object().scalar("networkPlugin", s.text(n.networkPlugin()));
        n.networkPluginMode().ifPresent(mode -> a.scalar("networkPluginMode", s.text(mode)));
        a.scalar("networkPolicy", s.text(n.networkPolicy()));
        a.scalar("networkDataplane", s.text(n.networkDataplane()));
        n.podCidr().ifPresent(cidr -> a.scalar("podCidr", s.text(cidr)));
        n.serviceCidr().ifPresent(cidr -> a.scalar("serviceCidr", s.text(cidr)));
        if (!n.ipFamilies().isEmpty()) {
            a.put("ipFamilies", texts(n.ipFamilies(), s));
            a.put("podCidrs", texts(n.podCidrs(), s));
            a.put("serviceCidrs", texts(n.serviceCidrs(), s));
        }
        a.scalar("dnsServiceIP", s.text(n.dnsServiceIp()));
        a.scalar("outboundType", s.text(n.outboundType()));
        a.scalar("loadBalancerSku", s.text(n.loadBalancerSku()));
        n.loadBalancerProfile().ifPresent(lb -> {
            ObjectBuilder p = ArmValue.object();
            if (lb.managedOutboundIpCount().isPresent() || lb.managedOutboundIpv6Count().isPresent()) {
                ObjectBuilder managed = ArmValue.object();
                lb.managedOutboundIpCount().ifPresent(c -> managed.scalar("count", s.number(c)));
                lb.managedOutboundIpv6Count().ifPresent(c -> managed.scalar("countIPv6", s.number(c)));
                p.put("managedOutboundIPs", managed.build());
            }
            if (!lb.outboundIpIds().isEmpty()) {
                p.put("outboundIPs", ArmValue.object().put("publicIPs",
                        ArmValue.array(lb.outboundIpIds().stream().map(id -> (ArmValue) idOf(s.text(id))).toList())).build());
            }
            if (!lb.outboundIpPrefixIds().isEmpty()) {
                p.put("outboundIPPrefixes", ArmValue.object().put("publicIPPrefixes",
                        ArmValue.array(lb.outboundIpPrefixIds().stream().map(id -> (ArmValue) idOf(s.text(id))).toList())).build());
            }
            lb.allocatedOutboundPorts().ifPresent(ports -> p.scalar("allocatedOutboundPorts", s.number(ports)));
            lb.idleTimeoutMinutes().ifPresent(m -> p.scalar("idleTimeoutInMinutes", s.number(m)));
            a.put("loadBalancerProfile", p.build());
        });
        n.natGatewayProfile().ifPresent(ng -> {
            ObjectBuilder p = ArmValue.object();
            ng.managedOutboundIpCount().ifPresent(c -> p.put("managedOutboundIPProfile", ArmValue.object().scalar("count", s.number(c)).build()));
            ng.idleTimeoutMinutes().ifPresent(m -> p.scalar("idleTimeoutInMinutes", s.number(m)));
            a.put("natGatewayProfile", p.build());
        });
        n.advancedNetworking().ifPresent(acns -> a.put("advancedNetworking", ArmValue.object()
                .scalar("enabled", s.bool(true))
                .put("observability", ArmValue.object().scalar("enabled", s.bool(acns.observability())).build())
                .put("security", ArmValue.object().scalar("enabled", s.bool(acns.security())).build())
                .build()));
        return a.build();
    }

    private static ArmObject idOf(String expression) {
        return ArmValue.object().put("id", new Scalar(expression)).build();
    }

    private static ArmValue.ArmArray texts(List<String> values, ArmSpelling s) {
        return ArmValue.array(values.stream().map(v -> new Scalar(s.text(v))).toList());
    }
}
