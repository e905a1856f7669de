package dev.aksnet.yaml;

import dev.aksnet.model.Delegation;
import dev.aksnet.model.IngressType;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkModel;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.NetworkSecurityGroup;
import dev.aksnet.model.RouteTable;
import dev.aksnet.model.OsType;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.PodIpAllocation;
import dev.aksnet.model.PoolMode;
import dev.aksnet.model.PrivateEndpointNetworkPolicies;
import dev.aksnet.model.PrivateLinkServiceNetworkPolicies;
import dev.aksnet.model.SpecEnum;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The YAML spec format's objects and their fields, described once: the reader takes each object's known keys from
 * here (so unknown keys are refused by the same list), and the JSON Schema is generated from here (so editors complete
 * exactly what the reader accepts).
 */
public final class SpecFormat {
    private SpecFormat() {
    }

    /** What a field holds. */
    public enum Kind {
        STRING, INTEGER, BOOLEAN, CIDR, IP_ADDRESS, SUBNET_REF, ENUM, OBJECT, OBJECT_LIST, CIDR_LIST, STRING_MAP, SERVICE_ENDPOINT_LIST,
        /** Availability zone numbers. */
        ZONE_LIST,
        /** Azure resource ids. */
        RESOURCE_ID_LIST,
        /** IPv4 addresses. */
        IP_ADDRESS_LIST,
        /** Names. */
        STRING_LIST,
        /** A node count (an integer) or a percentage ({@code "33%"}). */
        COUNT_OR_PERCENT,
        /** An IPv4 or IPv6 CIDR (canonical forms). */
        ANY_CIDR,
        /** IPv4 and IPv6 CIDRs. */
        ANY_CIDR_LIST,
        /** An IPv4 or IPv6 address. */
        ANY_IP_ADDRESS,
        /** Several values of one enum ({@code enumType}). */
        ENUM_LIST,
        /** Ports: a port (443), a range or several as a string ("1000-2000", "80,443"), or a list of these. */
        PORTS
    }

    /**
     * One field. {@code enumType} for ENUM fields, {@code object} for OBJECT and OBJECT_LIST fields, {@code pattern}
     * (a Java/ECMA regular expression, matched whole) for names the catalogue constrains.
     */
    public record Field(String name, Kind kind, boolean required, String description, Class<? extends SpecEnum> enumType,
                        String object, String pattern) {
        public List<String> enumValues() {
            return enumType == null ? List.of() : java.util.Arrays.stream(enumType.getEnumConstants()).map(SpecEnum::specName).toList();
        }
    }

    /**
     * An object of the format: its name (the JSON Schema definition), what it is, its fields in spec order, and the
     * fields of which exactly one must be given (a node pool's count or autoscale).
     */
    public record ObjectType(String name, String description, List<Field> fields, List<String> exactlyOneOf) {
        public ObjectType(String name, String description, List<Field> fields) {
            this(name, description, fields, List.of());
        }

        public Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            fields.forEach(f -> keys.add(f.name()));
            return keys;
        }

        /**
         * The field of that name. The reader asks for every key through here, so a key it spells differently from the
         * format fails at once instead of silently reading nothing.
         */
        public Field field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the spec format's " + this.name + " has no key '" + name + "'"));
        }
    }

    private static Field field(String name, Kind kind, boolean required, String description) {
        return new Field(name, kind, required, description, null, null, null);
    }

    private static Field name(String name, String description, String pattern) {
        return new Field(name, Kind.STRING, true, description, null, null, pattern);
    }

    private static Field enumField(String name, Class<? extends SpecEnum> type, boolean required, String description) {
        return new Field(name, Kind.ENUM, required, description, type, null, null);
    }

    private static Field object(String name, Kind kind, String object, boolean required, String description) {
        return new Field(name, kind, required, description, null, object, null);
    }

    public static final ObjectType CONNECTED_NETWORK = new ObjectType("connectedNetwork",
            "Ranges reached over peering, VPN or ExpressRoute. Pod, service and VNet ranges must not overlap them "
                    + "(VNET_OVERLAPS_CONNECTED, SERVICE_CIDR_OVERLAPS_CONNECTED, POD_CIDR_OVERLAPS_CONNECTED).",
            List.of(field("name", Kind.STRING, true, "A label for messages."),
                    field("cidrs", Kind.CIDR_LIST, true, "The ranges, as IPv4 CIDRs.")));

    public static final ObjectType SUBNET = new ObjectType("subnet", "A subnet of a virtual network.",
            List.of(name("name", "The subnet's Azure name: 1-80 letters, digits, '_', '.', '-' (SUBNET_NAME_INVALID).",
                            dev.aksnet.validation.rules.NameRules.SUBNET_NAME.pattern()),
                    field("cidr", Kind.CIDR, false, "The subnet's IPv4 range, inside its network's address space (SUBNET_OUTSIDE_VNET); "
                            + "/29 or larger (SUBNET_TOO_SMALL). Give cidr or cidrs."),
                    field("cidrs", Kind.ANY_CIDR_LIST, false, "A dual-stack subnet's ranges: one IPv4 range as for cidr and one IPv6 /64 "
                            + "(SUBNET_IPV6_PREFIX), e.g. [10.90.0.0/22, \"fd00:10:90::/64\"]; a dual-stack cluster's node subnets need both "
                            + "(DUAL_STACK_SUBNET_IPV6)."),
                    enumField("delegation", Delegation.class, false, "aks: delegated to Microsoft.ContainerService/managedClusters, "
                            + "as pod subnets of azure-cni-pod-subnet must be; apiServer: the same delegation, for an API server's subnet "
                            + "(API Server VNet Integration); applicationGatewayForContainers: delegated to "
                            + "Microsoft.ServiceNetworking/trafficControllers, as an ingress association subnet must be "
                            + "(INGRESS_SUBNET_NOT_DELEGATED). Never on a node subnet (NODE_SUBNET_DELEGATED)."),
                    field("serviceEndpoints", Kind.SERVICE_ENDPOINT_LIST, false, "Azure services the subnet reaches over the Azure "
                            + "backbone, e.g. [Microsoft.Storage, Microsoft.KeyVault] (SERVICE_ENDPOINT_UNKNOWN); set on subnets aksnet "
                            + "creates (SERVICE_ENDPOINTS_EXISTING_SUBNET)."),
                    field("natGateway", Kind.STRING, false, "The name of a NAT gateway of the spec (natGateways) attached to the subnet, "
                            + "on a created or an existing network (NAT_GATEWAY_UNKNOWN)."),
                    field("networkSecurityGroup", Kind.STRING, false, "The name of a network security group of the spec (networkSecurityGroups) "
                            + "associated with the subnet, on a created network (NSG_UNKNOWN, NSG_EXISTING_SUBNET)."),
                    field("routeTable", Kind.STRING, false, "The name of a route table of the spec (routeTables) associated with the "
                            + "subnet, on a created network (ROUTE_TABLE_UNKNOWN, ROUTE_TABLE_EXISTING_SUBNET); several subnets may share one, "
                            + "and all node subnets of a kubenet cluster must (KUBENET_ROUTE_TABLES)."),
                    field("defaultOutboundAccess", Kind.BOOLEAN, false, "false: a private subnet, without Azure's default outbound access; "
                            + "its nodes need explicit egress (PRIVATE_SUBNET_NO_EGRESS). Written on subnets aksnet creates; on an existing "
                            + "network it says what the subnet is."),
                    enumField("privateEndpointNetworkPolicies", PrivateEndpointNetworkPolicies.class, false, "Whether the subnet's "
                            + "network security group and route table apply to private endpoints in it: disabled (Azure's default), "
                            + "enabled, networkSecurityGroupEnabled or routeTableEnabled; on subnets aksnet creates "
                            + "(SUBNET_POLICIES_EXISTING_SUBNET, PRIVATE_ENDPOINT_POLICIES_NOTHING_TO_APPLY)."),
                    enumField("privateLinkServiceNetworkPolicies", PrivateLinkServiceNetworkPolicies.class, false, "disabled lets "
                            + "private link services (e.g. AKS's azure-pls-create on an internal load balancer) take source addresses "
                            + "from the subnet; enabled is Azure's default. On subnets aksnet creates (SUBNET_POLICIES_EXISTING_SUBNET).")),
            List.of("cidr", "cidrs"));

    public static final ObjectType SECURITY_RULE = new ObjectType("securityRule",
            "A security rule. Rules are evaluated by priority, lowest first, before Azure's default rules.",
            List.of(name("name", "The rule's name: 1-80 letters, digits, '_', '.', '-' (NSG_RULE_INVALID).",
                            dev.aksnet.validation.rules.NameRules.SUBNET_NAME.pattern()),
                    field("priority", Kind.INTEGER, true, "100 to 4096, unique per direction in the NSG (NSG_RULE_PRIORITY)."),
                    enumField("direction", NetworkSecurityGroup.Direction.class, true, "inbound or outbound."),
                    enumField("access", NetworkSecurityGroup.Access.class, true, "allow or deny."),
                    enumField("protocol", NetworkSecurityGroup.Protocol.class, false, "*, tcp, udp or icmp; default *."),
                    field("source", Kind.STRING, false, "An IPv4 or IPv6 CIDR or address, *, or a service tag (VirtualNetwork, AzureLoadBalancer, "
                            + "Internet, GatewayManager, …); default * (NSG_RULE_INVALID)."),
                    field("destination", Kind.STRING, false, "As source; default *."),
                    field("ports", Kind.PORTS, false, "Destination ports: *, 443, 1000-2000, several joined by commas, or a list of "
                            + "these ([80, 443], as the API's destinationPortRanges); default *.")));

    public static final ObjectType NETWORK_SECURITY_GROUP = new ObjectType("networkSecurityGroup",
            "A network security group aksnet creates and associates with the created subnets that name it. aksnet refuses rules "
                    + "that block what AKS needs inside the cluster (NSG_BLOCKS_CLUSTER_TRAFFIC).",
            List.of(name("name", "The NSG's Azure name: 1-80 letters, digits, '_', '.', '-' (NSG_NAME_INVALID).",
                            dev.aksnet.validation.rules.NameRules.SUBNET_NAME.pattern()),
                    object("rules", Kind.OBJECT_LIST, "securityRule", false, "Its security rules.")));

    public static final ObjectType ROUTE = new ObjectType("route", "A user-defined route.",
            List.of(name("name", "The route's name: 1-80 letters, digits, '_', '.', '-' (ROUTE_INVALID).",
                            dev.aksnet.validation.rules.NameRules.ROUTE_TABLE_NAME.pattern()),
                    field("prefix", Kind.ANY_CIDR, true, "The destination, such as 0.0.0.0/0 (or ::/0, IPv6's default route, for a "
                            + "dual-stack cluster: DUAL_STACK_UDR_IPV6); one route per prefix in a table "
                            + "(ROUTE_INVALID)."),
                    enumField("nextHop", RouteTable.NextHop.class, true, "Where matching traffic goes: virtualAppliance (a firewall, "
                            + "with nextHopIp), virtualNetworkGateway, vnetLocal, internet or none (dropped)."),
                    field("nextHopIp", Kind.ANY_IP_ADDRESS, false, "The appliance's private address (IPv6 for an IPv6 prefix): required with virtualAppliance and "
                            + "only there (ROUTE_INVALID); in a network of the spec or a connected network (ROUTE_NEXT_HOP_UNREACHABLE).")));

    public static final ObjectType ROUTE_TABLE = new ObjectType("routeTable",
            "A route table aksnet creates and associates with the created subnets that name it. On a kubenet cluster's subnets "
                    + "AKS adds its pod routes beside these, and no target removes them.",
            List.of(name("name", "The route table's Azure name: 1-80 letters, digits, '_', '.', '-' (ROUTE_TABLE_NAME_INVALID).",
                            dev.aksnet.validation.rules.NameRules.ROUTE_TABLE_NAME.pattern()),
                    object("routes", Kind.OBJECT_LIST, "route", false, "Its routes; with outbound userDefinedRouting a node subnet's table "
                            + "needs 0.0.0.0/0 to an appliance or gateway (UDR_DEFAULT_ROUTE)."),
                    field("bgpRoutePropagation", Kind.BOOLEAN, false, "false: routes learned over BGP (VPN or ExpressRoute gateways) are "
                            + "not propagated to the subnets, so the table's default route to a firewall is not bypassed; default true.")));

    public static final ObjectType PRIVATE_DNS_ZONE = new ObjectType("privateDnsZone",
            "A private DNS zone aksnet creates for private clusters of the spec, linked to networks of the spec.",
            List.of(field("name", Kind.STRING, true, "The zone: privatelink.<region>.azmk8s.io, with API Server VNet Integration "
                            + "private.<region>.azmk8s.io, or a subzone of either (PRIVATE_DNS_ZONE_INVALID); clusters name it in "
                            + "privateDnsZone."),
                    field("links", Kind.STRING_LIST, false, "Networks of the spec the zone is linked to (PRIVATE_DNS_ZONE_LINK_UNKNOWN), "
                            + "e.g. the hub whose DNS servers the cluster's network uses (PRIVATE_DNS_ZONE_NOT_LINKED); AKS links the "
                            + "cluster's own network itself.")));

    public static final ObjectType NAT_GATEWAY = new ObjectType("natGateway",
            "A NAT gateway aksnet creates (Standard SKU) and attaches to every subnet that names it.",
            List.of(name("name", "The NAT gateway's Azure name: 1-80 letters, digits, '_', '.', '-' (NAT_GATEWAY_NAME_INVALID).",
                            dev.aksnet.validation.rules.NameRules.NAT_GATEWAY_NAME.pattern()),
                    field("zones", Kind.ZONE_LIST, false, "The one availability zone it lives in, e.g. [1]; omit for a regional gateway "
                            + "(ZONES_INVALID, NAT_GATEWAY_ONE_ZONE, ZONES_NOT_IN_REGION)."),
                    field("publicIps", Kind.INTEGER, false, "How many Standard public IPs aksnet creates for it."),
                    field("publicIpPrefixLength", Kind.INTEGER, false, "A public IP prefix aksnet creates for it: 28 (16 addresses) to 31 (2)."),
                    field("publicIpIds", Kind.RESOURCE_ID_LIST, false, "Existing Standard public IPs, by resource id (OUTBOUND_IP_ID_INVALID). "
                            + "publicIps, the prefix and publicIpIds together: 1 to 16 addresses (OUTBOUND_SETTING_RANGE)."),
                    field("idleTimeoutMinutes", Kind.INTEGER, false, "Idle timeout of its flows, 4 (default) to 120 (OUTBOUND_SETTING_RANGE).")));

    public static final ObjectType VIRTUAL_NETWORK = new ObjectType("virtualNetwork",
            "A virtual network aksnet creates, or with existing: true references (its ranges are still declared for validation).",
            List.of(name("name", "The network's Azure name: 2-64 letters, digits, '_', '.', '-' (VNET_NAME_INVALID).",
                            dev.aksnet.validation.rules.NameRules.VNET_NAME.pattern()),
                    field("addressSpace", Kind.ANY_CIDR_LIST, true, "The network's address prefixes: IPv4, and IPv6 for dual-stack subnets "
                            + "(e.g. \"fd00:10:90::/48\"); private ranges (VNET_PUBLIC_RANGE), "
                            + "not overlapping each other (VNET_SPACE_OVERLAP) or reserved ranges (RESERVED_RANGE)."),
                    field("existing", Kind.BOOLEAN, false, "true: the network exists already; it is referenced, not created."),
                    field("resourceGroup", Kind.STRING, false, "The resource group of an existing network (CREATED_VNET_RESOURCE_GROUP)."),
                    field("subscriptionId", Kind.STRING, false, "The subscription of an existing network when it is not the deployment's, "
                            + "e.g. a hub in a connectivity subscription: a GUID (VNET_SUBSCRIPTION_INVALID, CREATED_VNET_SUBSCRIPTION)."),
                    field("location", Kind.STRING, false, "The network's region, e.g. of an existing hub: a network that holds a cluster's "
                            + "subnets is in the cluster's region, and aksnet creates networks in the deployment's (VNET_LOCATION_MISMATCH)."),
                    object("subnets", Kind.OBJECT_LIST, "subnet", false, "The network's subnets (for an existing network: those the spec uses)."),
                    field("dnsServers", Kind.IP_ADDRESS_LIST, false, "Custom DNS servers (a hub firewall's DNS proxy, say); written on a "
                            + "network aksnet creates, on an existing one it says what the network has (DNS_SERVER_UNREACHABLE)."),
                    object("peerings", Kind.OBJECT_LIST, "peering", false, "Peerings with other networks of the spec, declared on one "
                            + "side: aksnet writes both directions (PEERING_*).")));

    public static final ObjectType PEERING = new ObjectType("peering", "A peering with another network of the spec, both ways.",
            List.of(field("remote", Kind.STRING, true, "The other network's name (PEERING_REMOTE_UNKNOWN); its address space must not "
                            + "overlap this one's (PEERING_OVERLAP)."),
                    field("allowForwardedTraffic", Kind.BOOLEAN, false, "Accept traffic the other network forwards (a hub firewall's), "
                            + "both ways; default false."),
                    field("useRemoteGateways", Kind.BOOLEAN, false, "This network uses the other one's VPN or ExpressRoute gateway, which "
                            + "must exist (PEERING_REMOTE_GATEWAY); the other side allows gateway transit; default false.")));

    public static final ObjectType LOAD_BALANCER = new ObjectType("loadBalancer",
            "Outbound settings of the cluster's Standard load balancer (outbound loadBalancer only: OUTBOUND_PROFILE_MISMATCH).",
            List.of(field("managedOutboundIps", Kind.INTEGER, false, "Public IPs AKS creates for egress, 1 (default) to 100 "
                            + "(OUTBOUND_SETTING_RANGE); or give outboundIpIds or outboundIpPrefixIds instead (LB_OUTBOUND_IPS_CHOICE)."),
                    field("managedOutboundIpv6Ips", Kind.INTEGER, false, "Dual-stack clusters: IPv6 public IPs AKS creates for egress, "
                            + "0 to 100 (default 1; OUTBOUND_SETTING_RANGE, LB_IPV6_SINGLE_STACK); not with outboundIpIds or "
                            + "outboundIpPrefixIds (LB_OUTBOUND_IPS_CHOICE)."),
                    field("outboundIpIds", Kind.RESOURCE_ID_LIST, false, "Existing public IPs for egress, by resource id (OUTBOUND_IP_ID_INVALID); "
                            + "aksnet grants the cluster identity Network Contributor on each."),
                    field("outboundIpPrefixIds", Kind.RESOURCE_ID_LIST, false, "Existing public IP prefixes for egress, by resource id; "
                            + "aksnet grants the cluster identity Network Contributor on each."),
                    field("allocatedOutboundPorts", Kind.INTEGER, false, "SNAT ports per node: a multiple of 8 up to 64000, or 0 (default) for "
                            + "Azure's allocation by pool size (LB_OUTBOUND_PORTS_INVALID); ports × nodes at max scale must fit 64,000 per "
                            + "outbound IP (LB_OUTBOUND_PORTS_EXHAUSTED)."),
                    field("idleTimeoutMinutes", Kind.INTEGER, false, "Idle timeout of outbound flows, 4 to 120; AKS's default 30 "
                            + "(OUTBOUND_SETTING_RANGE).")));

    public static final ObjectType MANAGED_NAT_GATEWAY = new ObjectType("managedNatGateway",
            "Settings of the NAT gateway AKS manages (outbound managedNatGateway only: OUTBOUND_PROFILE_MISMATCH).",
            List.of(field("managedOutboundIps", Kind.INTEGER, false, "Public IPs AKS gives it, 1 (default) to 16 (OUTBOUND_SETTING_RANGE)."),
                    field("idleTimeoutMinutes", Kind.INTEGER, false, "Idle timeout, 4 (default) to 120 (OUTBOUND_SETTING_RANGE).")));

    public static final ObjectType BOOTSTRAP = new ObjectType("bootstrap",
            "Where nodes pull AKS's own images while they bootstrap; cache makes a network isolated cluster with outbound none.",
            List.of(enumField("artifactSource", dev.aksnet.model.BootstrapProfile.ArtifactSource.class, true, "direct (Microsoft Artifact "
                            + "Registry, Azure's default) or cache (a private registry: AKS's own, or yours by containerRegistryId)."),
                    field("containerRegistryId", Kind.STRING, false, "With cache: the resource id of your Azure Container Registry "
                            + "(BOOTSTRAP_REGISTRY_INVALID); omit for the registry AKS creates and manages.")));

    public static final ObjectType NETWORK = new ObjectType("network", "The cluster's network settings: plugin, ranges, policy, egress.",
            List.of(enumField("plugin", NetworkPlugin.class, true, "The CNI plugin: azure-cni-overlay (recommended), azure-cni-pod-subnet "
                            + "(flat), azure-cni-node-subnet (legacy), kubenet (legacy, retires 31 March 2028)."),
                    enumField("model", NetworkModel.class, false, "overlay or flat; must agree with the plugin (MODEL_PLUGIN_MISMATCH)."),
                    enumField("podIpAllocation", PodIpAllocation.class, false, "azure-cni-pod-subnet only: dynamic (default) or static-block "
                            + "(POD_IP_ALLOCATION_NOT_ALLOWED)."),
                    enumField("policy", NetworkPolicy.class, false, "Network policy engine (default none); cilium needs dataplane cilium "
                            + "(CILIUM_POLICY_PAIR); kubenet allows none and calico (KUBENET_POLICY)."),
                    enumField("dataplane", NetworkDataplane.class, false, "azure (default) or cilium (azure-cni-overlay and azure-cni-pod-subnet "
                            + "only, Linux only: CILIUM_PLUGIN, CILIUM_NO_WINDOWS)."),
                    field("podCidr", Kind.CIDR, false, "Overlay plugins only (POD_CIDR_NOT_ALLOWED): the pods' private range, default "
                            + "10.244.0.0/16; one /24 per node (POD_CIDR_TOO_SMALL)."),
                    field("serviceCidr", Kind.CIDR, false, "The services' range, default 10.0.0.0/16; /12 or smaller; set with dnsServiceIp "
                            + "(SERVICE_CIDR_DNS_PAIR)."),
                    new Field("ipFamilies", Kind.ENUM_LIST, false, "[IPv4] (default) or [IPv4, IPv6] for dual-stack (DUAL_STACK_FAMILIES): "
                            + "azure-cni-overlay only (DUAL_STACK_PLUGIN), policy none or cilium (DUAL_STACK_POLICY), no Standard NAT "
                            + "gateway (DUAL_STACK_NAT_GATEWAY); node subnets need an IPv6 /64 (DUAL_STACK_SUBNET_IPV6).",
                            dev.aksnet.model.IpFamily.class, null, null),
                    field("podCidrs", Kind.ANY_CIDR_LIST, false, "Dual-stack: one pod range per IP family, in the order of ipFamilies "
                            + "(DUAL_STACK_CIDR_COUNT), default [10.244.0.0/16, \"fd12:3456:789a::/64\"]; instead of podCidr."),
                    field("serviceCidrs", Kind.ANY_CIDR_LIST, false, "Dual-stack: one service range per IP family, in the order of "
                            + "ipFamilies, default [10.0.0.0/16, \"fd12:3456:789a:1::/108\"]; the IPv6 one /108 or smaller "
                            + "(DUAL_STACK_SERVICE_CIDR_V6); instead of serviceCidr, with dnsServiceIp in the IPv4 one."),
                    field("dnsServiceIp", Kind.IP_ADDRESS, false, "The cluster DNS address, inside serviceCidr and not its first address; "
                            + "default 10.0.0.10."),
                    enumField("outbound", OutboundType.class, false, "Egress: loadBalancer (default), managedNatGateway (AKS-managed network), "
                            + "userAssignedNatGateway (aksnet emits the NAT gateway), userDefinedRouting (a route table with 0.0.0.0/0), "
                            + "none (AKS sets up no egress: a network isolated cluster with bootstrap cache, or egress of your own; "
                            + "OUTBOUND_NONE_KUBENET, OUTBOUND_NONE_WINDOWS, OUTBOUND_NONE_K8S_VERSION, OUTBOUND_NONE_PUBLIC_API, "
                            + "OUTBOUND_NONE_NEEDS_CACHE)."),
                    field("egressNextHopIp", Kind.IP_ADDRESS, false, "With userDefinedRouting on a network aksnet creates: the firewall or "
                            + "appliance the default route points to (UDR_NEXT_HOP_REQUIRED)."),
                    object("loadBalancer", Kind.OBJECT, "loadBalancer", false, "With outbound loadBalancer: outbound IPs, SNAT ports per node, "
                            + "idle timeout."),
                    object("natGateway", Kind.OBJECT, "managedNatGateway", false, "With outbound managedNatGateway: its public IPs and idle "
                            + "timeout."),
                    object("bootstrap", Kind.OBJECT, "bootstrap", false, "Where nodes pull AKS's artifacts: {artifactSource: cache} with "
                            + "outbound none makes a network isolated cluster."),
                    object("advancedNetworking", Kind.OBJECT, "advancedNetworking", false, "Advanced Container Networking Services: "
                            + "observability and security.")));

    public static final ObjectType ADVANCED_NETWORKING = new ObjectType("advancedNetworking",
            "Advanced Container Networking Services (paid): at least one of observability and security (ACNS_NOTHING_ENABLED).",
            List.of(field("observability", Kind.BOOLEAN, false, "Container network observability: flow logs and network metrics, on "
                            + "any data plane."),
                    field("security", Kind.BOOLEAN, false, "Container network security: FQDN filtering in network policies; the "
                            + "Cilium data plane on Azure CNI only (ACNS_SECURITY_CILIUM), Kubernetes 1.29+ (ACNS_K8S_VERSION).")));

    public static final ObjectType AUTOSCALE = new ObjectType("autoscale", "The cluster autoscaler keeps the pool between min and max nodes.",
            List.of(field("min", Kind.INTEGER, true, "Fewest nodes (0 for user pools; at least 1 for system pools)."),
                    field("max", Kind.INTEGER, true, "Most nodes, at most 1000 (AUTOSCALE_RANGE).")));

    public static final ObjectType NODE_POOL = new ObjectType("nodePool", "A node pool. Give either count or autoscale.",
            List.of(name("name", "Pool name: 1-12 lowercase letters and digits starting with a letter (POOL_NAME_INVALID); "
                            + "at most 6 for Windows (WINDOWS_POOL_NAME_TOO_LONG).", dev.aksnet.validation.rules.NameRules.POOL_NAME.pattern()),
                    enumField("mode", PoolMode.class, false, "system or user (default user); every cluster needs a Linux system pool."),
                    enumField("os", OsType.class, false, "linux (default) or windows (not on kubenet: KUBENET_NO_WINDOWS)."),
                    field("vmSize", Kind.STRING, true, "The Azure VM size, e.g. Standard_D4s_v5."),
                    field("count", Kind.INTEGER, false, "A fixed node count, 0-1000 (POOL_COUNT_RANGE)."),
                    object("autoscale", Kind.OBJECT, "autoscale", false, "Autoscaler range instead of count."),
                    field("maxPods", Kind.INTEGER, false, "Pods per node, 10-250 (MAXPODS_RANGE); defaults: overlay 250, pod-subnet 250, "
                            + "node-subnet 30, kubenet 110."),
                    field("subnet", Kind.SUBNET_REF, false, "The node subnet: vnet/subnet, or subnet when unambiguous. Omit on every pool "
                            + "for an AKS-managed network."),
                    field("podSubnet", Kind.SUBNET_REF, false, "azure-cni-pod-subnet only: the pod subnet, in the node subnet's network."),
                    field("zones", Kind.ZONE_LIST, false, "Availability zones the nodes spread over, e.g. [1, 2, 3] (ZONES_INVALID, "
                            + "ZONES_NOT_IN_REGION); omit for no zone."),
                    field("nodePublicIp", Kind.BOOLEAN, false, "true: every node gets its own public IP (default false)."),
                    field("nodePublicIpPrefixId", Kind.STRING, false, "With nodePublicIp: the public IP prefix the nodes' IPs come from, by "
                            + "resource id (NODE_PUBLIC_IP_PREFIX_WITHOUT_IP, OUTBOUND_IP_ID_INVALID)."),
                    field("maxSurge", Kind.COUNT_OR_PERCENT, false, "Extra nodes while the pool upgrades: a count (5) or a percentage of "
                            + "its nodes, rounded up (33%, AKS's advice for production); default 10% (MAX_SURGE_INVALID). Subnet, pod "
                            + "CIDR and SNAT capacity are checked with it."),
                    field("onlyCriticalAddons", Kind.BOOLEAN, false, "System pools: true keeps application pods off the pool "
                            + "(taint CriticalAddonsOnly=true:NoSchedule; ONLY_CRITICAL_ADDONS_USER_POOL, NO_POOL_FOR_WORKLOADS)."),
                    enumField("osSku", dev.aksnet.model.OsSku.class, false, "The OS image family; AKS's default for the OS and "
                            + "version when omitted. Must match os (OS_SKU_MISMATCH); Windows2019 is retired (WINDOWS_SERVER_2019), "
                            + "Windows2022 retires 30 June 2028 (WINDOWS_SERVER_2022)."),
                    field("windowsOutboundNat", Kind.BOOLEAN, false, "Windows pools: false disables Windows' own outbound NAT (node "
                            + "port reuse issues); needs outbound userAssignedNatGateway, managedNatGateway or userDefinedRouting "
                            + "(WINDOWS_OUTBOUND_NAT).")),
            List.of("count", "autoscale"));

    public static final ObjectType INGRESS = new ObjectType("ingress", "Azure-managed ingress for the cluster.",
            List.of(enumField("type", IngressType.class, true, "applicationGatewayForContainers (not on kubenet: INGRESS_AGC_KUBENET) "
                            + "or applicationGatewayIngressController (the ingressApplicationGateway add-on)."),
                    field("subnet", Kind.SUBNET_REF, false, "applicationGatewayForContainers: the association subnet, /24 or larger "
                            + "(INGRESS_SUBNET_TOO_SMALL), delegated (INGRESS_SUBNET_NOT_DELEGATED), used by nothing else "
                            + "(INGRESS_SUBNET_SHARED). applicationGatewayIngressController: a dedicated subnet for a new gateway."),
                    field("subnetCidr", Kind.CIDR, false, "applicationGatewayIngressController on an AKS-managed network: the range of the "
                            + "subnet AKS creates for a new gateway (INGRESS_SUBNET_CIDR_PLACEMENT)."),
                    field("gatewayId", Kind.STRING, false, "applicationGatewayIngressController: the resource id of an existing "
                            + "application gateway (INGRESS_GATEWAY_ID_INVALID). Give exactly one of subnet, subnetCidr, gatewayId "
                            + "(INGRESS_GATEWAY_SOURCE).")));

    public static final ObjectType VNET_INTEGRATION = new ObjectType("vnetIntegration",
            "API Server VNet Integration: the API server is projected into a delegated subnet of the cluster's network.",
            List.of(field("subnet", Kind.SUBNET_REF, true, "The API server's subnet: vnet/subnet, or subnet when unambiguous; delegated "
                    + "(delegation: apiServer or aks), /28 or larger, holding no nodes, pods or ingress, in the network of the cluster's "
                    + "nodes (API_SERVER_SUBNET_*). Several clusters of one network may share it.")));

    public static final ObjectType API_SERVER = new ObjectType("apiServer", "How the cluster's API server is reached.",
            List.of(field("private", Kind.BOOLEAN, false, "true: a private endpoint only (the same as the cluster's privateCluster; give "
                            + "one of them: API_SERVER_SETTINGS_TWICE)."),
                    field("privateDnsZone", Kind.STRING, false, "A private cluster's DNS zone: system (default), none or a zone's resource id "
                            + "(the same as the cluster's privateDnsZone)."),
                    object("vnetIntegration", Kind.OBJECT, "vnetIntegration", false, "API Server VNet Integration into a subnet of the spec."),
                    field("authorizedIpRanges", Kind.CIDR_LIST, false, "Public IPv4 ranges allowed to reach a public API server (not with "
                            + "a private cluster: AUTHORIZED_RANGES_PRIVATE); at most 200, 2,000 with VNet integration; 0.0.0.0/32 allows "
                            + "the cluster's own outbound IP only."),
                    field("publicFqdn", Kind.BOOLEAN, false, "A private cluster only (PUBLIC_FQDN_WITHOUT_PRIVATE_CLUSTER): keep a public DNS "
                            + "name that resolves to the private address.")));

    public static final ObjectType CLUSTER = new ObjectType("cluster", "An AKS managed cluster.",
            List.of(name("name", "The cluster's Azure name: 1-63 letters, digits, '-', '_' (CLUSTER_NAME_INVALID).",
                            dev.aksnet.validation.rules.NameRules.CLUSTER_NAME.pattern()),
                    new Field("dnsPrefix", Kind.STRING, false, "DNS prefix, default the name: 1-54 letters, digits, '-' (DNS_PREFIX_INVALID).",
                            null, null, dev.aksnet.validation.rules.NameRules.DNS_PREFIX.pattern()),
                    new Field("fqdnSubdomain", Kind.STRING, false, "Instead of dnsPrefix, for a private cluster whose private DNS "
                            + "zone is your own privatelink.<region>.azmk8s.io: the API server's name in it (FQDN_SUBDOMAIN; same "
                            + "characters as dnsPrefix, DNS_PREFIX_INVALID).",
                            null, null, dev.aksnet.validation.rules.NameRules.DNS_PREFIX.pattern()),
                    field("kubernetesVersion", Kind.STRING, false, "Kubernetes version, quoted (\"1.36\"): unquoted, 1.30 reads as the number 1.3."),
                    object("network", Kind.OBJECT, "network", true, "Network settings."),
                    object("nodePools", Kind.OBJECT_LIST, "nodePool", true, "Node pools; at least one system pool running Linux."),
                    field("privateCluster", Kind.BOOLEAN, false, "true: the API server has a private endpoint only."),
                    field("privateDnsZone", Kind.STRING, false, "A private cluster's DNS zone: system (default; AKS manages it), none, "
                            + "the name of a zone of the spec (privateDnsZones), or the resource id of a zone named privatelink.<location>.azmk8s.io or <subzone>.privatelink.<location>.azmk8s.io "
                            + "(PRIVATE_DNS_ZONE_INVALID); only with privateCluster: true (PRIVATE_DNS_ZONE_WITHOUT_PRIVATE_CLUSTER)."),
                    field("serviceEndpoints", Kind.SERVICE_ENDPOINT_LIST, false, "Always refused (SERVICE_ENDPOINTS_NOT_ON_SUBNET), with the reason:"
                            + " service endpoints belong on a subnet, and an AKS-managed network has none you may change."),
                    object("ingress", Kind.OBJECT, "ingress", false, "Azure-managed ingress: Application Gateway for Containers or the "
                            + "Application Gateway ingress controller add-on."),
                    object("apiServer", Kind.OBJECT, "apiServer", false, "How the API server is reached: private endpoint, DNS zone, VNet "
                            + "integration, authorized IP ranges, public FQDN."),
                    object("identity", Kind.OBJECT, "identity", false, "Existing user-assigned managed identities the cluster uses, by "
                            + "resource id, instead of the ones aksnet and AKS create."),
                    object("appRouting", Kind.OBJECT, "appRouting", false, "The application routing add-on: managed NGINX ingress, "
                            + "with the Azure DNS zones it manages records in.")));

    public static final ObjectType APP_ROUTING = new ObjectType("appRouting",
            "The application routing add-on (managed NGINX ingress controllers); aksnet grants its identity the DNS zones' roles.",
            List.of(field("dnsZoneIds", Kind.RESOURCE_ID_LIST, false, "Public or private Azure DNS zones by resource id, at most five; "
                            + "public ones in one resource group, private ones in one (APP_ROUTING_DNS_ZONES)."),
                    enumField("defaultController", dev.aksnet.model.AppRouting.DefaultController.class, false, "The NGINX controller AKS "
                            + "creates: external (AKS's default: a public load balancer), internal (an internal one, for private "
                            + "zones), annotationControlled, or none.")));

    public static final ObjectType IDENTITY = new ObjectType("identity",
            "Existing user-assigned managed identities, by resource id (IDENTITY_ID_INVALID); aksnet grants them what it grants its own.",
            List.of(field("controlPlane", Kind.STRING, false, "The cluster's control-plane identity "
                            + "(/subscriptions/…/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>): aksnet grants it Network "
                            + "Contributor on the subnets and route tables, and the other roles it needs, before the cluster is created."),
                    field("kubelet", Kind.STRING, false, "The nodes' kubelet identity (pulls from container registries); the control-plane "
                            + "identity, yours or the one aksnet creates, gets Managed Identity Operator on it, as AKS requires.")));

    public static final ObjectType DEPLOYMENT = new ObjectType("deployment",
            "An aksnet spec: the virtual networks and the AKS clusters that use them.",
            List.of(field("apiVersion", Kind.STRING, true, "The spec format version: aksnet/v1."),
                    field("location", Kind.STRING, true, "The Azure region of everything the spec creates, e.g. westeurope (LOCATION_UNKNOWN)."),
                    new Field("resourceGroup", Kind.STRING, true, "The resource group everything is created in "
                            + "(RESOURCE_GROUP_NAME_INVALID).", null, null, dev.aksnet.validation.rules.NameRules.RESOURCE_GROUP.pattern()),
                    field("tags", Kind.STRING_MAP, false, "Tags on every created resource: at most 50; names up to 512 characters without "
                            + "< > % & \\ ? /, values up to 256 (TAG_INVALID)."),
                    object("connectedNetworks", Kind.OBJECT_LIST, "connectedNetwork", false, "Ranges reached over peering, VPN or ExpressRoute."),
                    object("virtualNetworks", Kind.OBJECT_LIST, "virtualNetwork", false, "Networks created or referenced."),
                    object("natGateways", Kind.OBJECT_LIST, "natGateway", false, "NAT gateways aksnet creates; subnets attach them by name."),
                    object("networkSecurityGroups", Kind.OBJECT_LIST, "networkSecurityGroup", false, "Network security groups aksnet "
                            + "creates; subnets associate them by name."),
                    object("routeTables", Kind.OBJECT_LIST, "routeTable", false, "Route tables aksnet creates; subnets associate them "
                            + "by name."),
                    object("privateDnsZones", Kind.OBJECT_LIST, "privateDnsZone", false, "Private DNS zones aksnet creates for private "
                            + "clusters; a cluster names one in privateDnsZone."),
                    object("clusters", Kind.OBJECT_LIST, "cluster", true, "The AKS clusters.")));

    /** Every object type, the top one first. */
    public static final List<ObjectType> ALL = List.of(DEPLOYMENT, CONNECTED_NETWORK, VIRTUAL_NETWORK, PEERING, SUBNET, NETWORK_SECURITY_GROUP, SECURITY_RULE,
            ROUTE_TABLE, ROUTE, PRIVATE_DNS_ZONE, NAT_GATEWAY, CLUSTER, NETWORK,
            LOAD_BALANCER, MANAGED_NAT_GATEWAY, BOOTSTRAP, NODE_POOL, AUTOSCALE, INGRESS, API_SERVER, VNET_INTEGRATION, IDENTITY, ADVANCED_NETWORKING, APP_ROUTING);
}
