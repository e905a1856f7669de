package dev.aksnet.validation;

/**
 * The ids of the rule catalogue ({@code docs/network-rules.md}) that aksnet implements: each id's severity, one-line
 * summary and source are written here and nowhere else ({@code aksnet rules} and {@code docs/rules.md} print them;
 * CatalogueDriftTest holds the catalogue to them). An id, once released, never changes meaning.
 */
public enum RuleId {
    SPEC_UNKNOWN_KEY(Severity.ERROR, "a key the spec format does not define", "contract"),
    SPEC_MISSING_KEY(Severity.ERROR, "a required key is absent", "contract"),
    SPEC_BAD_VALUE(Severity.ERROR, "a value of the wrong YAML type, or outside the field's allowed values", "contract"),
    SPEC_UNREADABLE(Severity.ERROR, "the file is not readable YAML", "contract"),
    SPEC_VERSION(Severity.ERROR, "apiVersion is not aksnet/v1", "contract"),
    NAME_DUPLICATE(Severity.ERROR, "two clusters, networks, subnets of one network or pools of one cluster share a name", "ARM"),
    SUBNET_REF_UNKNOWN(Severity.ERROR, "a pool's subnet or podSubnet names no declared subnet", "contract"),
    SUBNET_REF_AMBIGUOUS(Severity.ERROR, "an unqualified subnet name matches subnets of several networks", "contract"),
    MODEL_PLUGIN_MISMATCH(Severity.ERROR, "model disagrees with the plugin", "CNI"),
    CLUSTER_NAME_INVALID(Severity.ERROR, "cluster name breaks Azure's naming rules", "NAME"),
    CLUSTER_NAME_RESERVED(Severity.ERROR, "cluster name is a reserved word, contains microsoft or windows, or starts with login", "NAME"),
    DNS_PREFIX_INVALID(Severity.ERROR, "dnsPrefix breaks Azure's naming rules", "NAME, CLI"),
    POOL_NAME_INVALID(Severity.ERROR, "pool name not lowercase letters and digits starting with a letter, or longer than 12 characters", "NP, CLI"),
    WINDOWS_POOL_NAME_TOO_LONG(Severity.ERROR, "Windows pool name longer than 6 characters", "NP"),
    RESOURCE_GROUP_NAME_INVALID(Severity.ERROR, "resource group name breaks Azure's naming rules", "NAME"),
    VNET_NAME_INVALID(Severity.ERROR, "virtual network name breaks Azure's naming rules", "NAME"),
    SUBNET_NAME_INVALID(Severity.ERROR, "subnet name breaks Azure's naming rules", "NAME"),
    TAG_INVALID(Severity.ERROR, "tag name or value breaks Azure's tag rules", "NAME"),
    CIDR_INVALID(Severity.ERROR, "not a canonical IPv4 CIDR (four decimal parts 0-255 without leading zeros, prefix length 0-32), "
            + "or host bits set", "VNET, contract"),
    IP_INVALID(Severity.ERROR, "not a single IPv4 address in canonical dotted-quad form (four decimal parts 0-255 without leading "
            + "zeros)", "TF, contract"),
    RESERVED_RANGE(Severity.ERROR, "a range overlaps one AKS reserves", "CNI"),
    VNET_SPACE_OVERLAP(Severity.ERROR, "two address prefixes of one VNet overlap", "VNET"),
    SUBNET_OUTSIDE_VNET(Severity.ERROR, "a subnet is not inside its VNet's address space", "VNET"),
    SUBNET_OVERLAP(Severity.ERROR, "two subnets of one VNet overlap", "VNET"),
    SUBNET_TOO_SMALL(Severity.ERROR, "a subnet smaller than /29", "VNET"),
    VNET_OVERLAPS_CONNECTED(Severity.ERROR, "a VNet overlaps a connected network", "VNET"),
    VNET_OVERLAP(Severity.WARNING, "two VNets of the spec overlap", "VNET"),
    SERVICE_CIDR_OVERLAPS_SUBNET(Severity.ERROR, "service CIDR overlaps a subnet of the cluster's VNet", "CNI, PLAN"),
    SERVICE_CIDR_OVERLAPS_VNET(Severity.WARNING, "service CIDR inside the cluster VNet's address space", "PLAN"),
    SERVICE_CIDR_OVERLAPS_CONNECTED(Severity.ERROR, "service CIDR overlaps a connected network", "PLAN"),
    SERVICE_CIDR_OVERLAPS_POD_CIDR(Severity.ERROR, "service CIDR and pod CIDR overlap", "OVL, KUB"),
    SERVICE_CIDR_TOO_LARGE(Severity.ERROR, "service CIDR prefix shorter than /12", "PLAN"),
    DNS_IP_OUTSIDE_SERVICE_CIDR(Severity.ERROR, "dnsServiceIp not inside serviceCidr", "PLAN, CLI"),
    DNS_IP_RESERVED(Severity.ERROR, "dnsServiceIp is the network address, the first address or the broadcast address of serviceCidr",
            "PLAN, RP"),
    SERVICE_CIDR_DNS_PAIR(Severity.ERROR, "only one of serviceCidr and dnsServiceIp given", "CLI"),
    POD_CIDR_OVERLAPS_VNET(Severity.ERROR, "pod CIDR overlaps the cluster's VNet address space (overlay) or a subnet of it (kubenet)",
            "OVL, KUB"),
    KUBENET_POD_CIDR_IN_VNET(Severity.WARNING, "a kubenet pod CIDR inside the cluster VNet's address space, clear of its subnets", "KUB, TF"),
    POD_CIDR_OVERLAPS_CONNECTED(Severity.ERROR, "pod CIDR overlaps a connected network", "OVL"),
    POD_CIDR_NOT_ALLOWED(Severity.ERROR, "podCidr given for a flat plugin", "CLI, TF"),
    KUBENET_NO_WINDOWS(Severity.ERROR, "a Windows pool on kubenet", "CNI"),
    KUBENET_SHARED_SUBNET(Severity.ERROR, "a kubenet cluster's node subnet is used by another cluster", "CNI"),
    POD_SUBNET_REQUIRED(Severity.ERROR, "an Azure CNI Pod Subnet pool without podSubnet", "POD"),
    POD_SUBNET_NOT_ALLOWED(Severity.ERROR, "a pool with podSubnet on a plugin other than Azure CNI Pod Subnet", "POD"),
    POD_IP_ALLOCATION_NOT_ALLOWED(Severity.ERROR, "podIpAllocation given for a plugin other than Azure CNI Pod Subnet", "POD"),
    NODE_SUBNET_DELEGATED(Severity.ERROR, "a node pool's subnet is delegated", "CNI"),
    POOLS_MIXED_NETWORKS(Severity.ERROR, "some pools of a cluster name a subnet and others do not, or pools use several VNets", "NP"),
    CILIUM_PLUGIN(Severity.ERROR, "Cilium dataplane on kubenet", "CIL"),
    CILIUM_NODE_SUBNET(Severity.WARNING, "Cilium dataplane on Azure CNI Node Subnet, which needs a recent AKS API", "CIL, TF"),
    CILIUM_POLICY_PAIR(Severity.ERROR, "Cilium dataplane with another declared policy, or Cilium policy with another declared dataplane", "CIL"),
    CILIUM_NO_WINDOWS(Severity.ERROR, "Cilium dataplane with a Windows pool", "CIL"),
    KUBENET_LEGACY(Severity.WARNING, "kubenet is legacy and retires on 31 March 2028", "CNI, KUB"),
    KUBENET_MAX_NODES(Severity.ERROR, "a kubenet cluster with more than 400 nodes at max scale", "KUB, LIM"),
    KUBENET_POLICY(Severity.ERROR, "kubenet with a network policy other than none or calico", "KUB"),
    KUBENET_EXISTING_ROUTE_TABLE(Severity.WARNING, "kubenet on an existing network, whose route table aksnet cannot see", "KUB"),
    NODE_SUBNET_LEGACY(Severity.WARNING, "Azure CNI Node Subnet is legacy", "CNI"),
    POD_SUBNET_IS_NODE_SUBNET(Severity.ERROR, "a pool's pod subnet is its node subnet", "POD"),
    POD_SUBNET_OTHER_VNET(Severity.ERROR, "a pool's pod subnet is in another VNet than its node subnet", "POD"),
    POD_SUBNET_NOT_DELEGATED(Severity.WARNING, "a pod subnet without delegation: aks", "POD"),
    MANAGED_VNET_POD_SUBNET(Severity.ERROR, "Azure CNI Pod Subnet on an AKS-managed network", "POD"),
    MANAGED_NAT_NEEDS_MANAGED_VNET(Severity.ERROR, "outbound managedNatGateway on a cluster that uses its own subnets", "EGR"),
    USER_NAT_NEEDS_OWN_SUBNET(Severity.ERROR, "outbound userAssignedNatGateway on an AKS-managed network", "EGR"),
    USER_NAT_EXISTING_SUBNET(Severity.WARNING, "outbound userAssignedNatGateway on an existing subnet, which must already have its NAT gateway", "EGR, aksnet"),
    UDR_NEEDS_OWN_SUBNET(Severity.ERROR, "outbound userDefinedRouting on an AKS-managed network", "EGR"),
    UDR_ROUTE_TABLE(Severity.WARNING, "userDefinedRouting on an existing network, whose route table must already send 0.0.0.0/0 to a firewall", "EGR"),
    UDR_NEXT_HOP_REQUIRED(Severity.ERROR, "userDefinedRouting on a network aksnet creates, without egressNextHopIp", "EGR, aksnet"),
    EGRESS_NEXT_HOP_NOT_ALLOWED(Severity.ERROR, "egressNextHopIp given without userDefinedRouting on a created network", "aksnet"),
    EGRESS_NEXT_HOP_INVALID(Severity.ERROR, "egressNextHopIp is an address no firewall can have: unspecified, broadcast, loopback, "
            + "link-local, multicast, or a subnet's network, Azure-reserved or broadcast address", "VNET"),
    EGRESS_NEXT_HOP_PUBLIC(Severity.ERROR, "egressNextHopIp is a public address", "EGR, VNET"),
    EGRESS_NEXT_HOP_IN_NODE_SUBNET(Severity.ERROR, "egressNextHopIp lies in the cluster's own node subnet", "EGR, aksnet"),
    EGRESS_NEXT_HOP_UNREACHABLE(Severity.WARNING, "egressNextHopIp lies in no subnet of the spec and no connected network", "aksnet"),
    SHARED_SUBNET_OUTBOUND_MISMATCH(Severity.ERROR, "clusters sharing a node subnet disagree on outbound type or egress next hop", "EGR, aksnet"),
    OUTBOUND_PROFILE_MISMATCH(Severity.ERROR, "loadBalancer settings without outbound loadBalancer, or natGateway settings without "
            + "outbound managedNatGateway", "EGR, RP"),
    OUTBOUND_SETTING_RANGE(Severity.ERROR, "an outbound IP count, idle timeout or public IP prefix length outside what Azure accepts",
            "LB, NAT, API"),
    LB_OUTBOUND_IPS_CHOICE(Severity.ERROR, "more than one of managedOutboundIps, outboundIpIds and outboundIpPrefixIds", "LB, CLI"),
    LB_OUTBOUND_PORTS_INVALID(Severity.ERROR, "allocatedOutboundPorts not a multiple of 8 between 0 and 64,000", "LB, API"),
    LB_OUTBOUND_PORTS_EXHAUSTED(Severity.ERROR, "allocatedOutboundPorts × nodes at max scale exceeds 64,000 × outbound IPs", "LB"),
    LB_OUTBOUND_PORTS_NO_SURGE(Severity.WARNING, "allocatedOutboundPorts leaves no SNAT ports for the upgrade surge at max scale", "LB"),
    LB_DEFAULT_PORTS_FEW(Severity.WARNING, "Azure's default port allocation gives fewer than 1,024 SNAT ports per node at max scale", "LB"),
    NAT_GATEWAY_PORTS_FEW(Severity.WARNING, "a NAT gateway's SNAT ports shared by the nodes at max scale come to fewer than 1,024 per node",
            "NAT, LB"),
    OUTBOUND_IP_ID_INVALID(Severity.ERROR, "a public IP or public IP prefix id that is not one", "LB, NAT"),
    NAT_GATEWAY_NAME_INVALID(Severity.ERROR, "NAT gateway name breaks Azure's naming rules", "NAME"),
    NAT_GATEWAY_UNKNOWN(Severity.ERROR, "a subnet names a NAT gateway the spec does not define", "contract"),
    NAT_GATEWAY_ONE_ZONE(Severity.ERROR, "a NAT gateway in more than one availability zone", "NAT"),
    NAT_GATEWAY_ZONE_MISMATCH(Severity.WARNING, "a zonal NAT gateway serves a pool with nodes in other zones", "NAT, AZ"),
    NAT_GATEWAY_WITH_LB_OUTBOUND(Severity.WARNING, "a node subnet with a NAT gateway of the spec on a cluster with outbound loadBalancer",
            "NAT, EGR"),
    PRIVATE_SUBNET_NO_EGRESS(Severity.ERROR, "a private node subnet (defaultOutboundAccess: false) without explicit egress", "VNET, EGR"),
    ZONES_INVALID(Severity.ERROR, "an availability zone other than 1, 2 or 3, or given twice", "AZ, API"),
    ZONES_NOT_IN_REGION(Severity.ERROR, "availability zones in a region that has none", "AZ"),
    NODE_PUBLIC_IP_PREFIX_WITHOUT_IP(Severity.ERROR, "nodePublicIpPrefixId without nodePublicIp: true", "NP, TF"),
    API_SERVER_SETTINGS_TWICE(Severity.ERROR, "private or privateDnsZone given both on the cluster and in apiServer", "contract"),
    API_SERVER_SUBNET_DELEGATION(Severity.ERROR, "an API server subnet not delegated to Microsoft.ContainerService/managedClusters", "VNI"),
    API_SERVER_SUBNET_TOO_SMALL(Severity.ERROR, "an API server subnet smaller than /28, or with fewer than 9 usable addresses per cluster", "VNI"),
    API_SERVER_SUBNET_SHARED(Severity.ERROR, "an API server subnet that also holds nodes, pods or ingress", "VNI"),
    API_SERVER_SUBNET_OTHER_NETWORK(Severity.ERROR, "an API server subnet outside the network of the cluster's nodes", "VNI"),
    API_SERVER_SUBNET_UNUSED(Severity.WARNING, "a subnet delegated for an API server that no cluster integrates into", "VNI, aksnet"),
    AUTHORIZED_RANGES_PRIVATE(Severity.ERROR, "authorized IP ranges on a private cluster", "AIR"),
    AUTHORIZED_RANGES_LIMIT(Severity.ERROR, "more than 200 authorized IP ranges (2,000 with API Server VNet Integration)", "AIR"),
    AUTHORIZED_RANGE_NOT_PUBLIC(Severity.WARNING, "an authorized IP range with addresses that are not public (0.0.0.0/32 excepted)", "AIR"),
    NODE_PUBLIC_IP_NOT_AUTHORIZED(Severity.WARNING, "node public IPs without a prefix on a cluster with authorized IP ranges", "AIR"),
    PUBLIC_FQDN_WITHOUT_PRIVATE_CLUSTER(Severity.ERROR, "publicFqdn on a cluster that is not private", "PRIV, TF"),
    PEERING_REMOTE_UNKNOWN(Severity.ERROR, "a peering names a network the spec does not declare, or its own network", "contract"),
    PEERING_DUPLICATE(Severity.ERROR, "two networks peered more than once", "contract"),
    PEERING_OVERLAP(Severity.ERROR, "peered networks with overlapping address spaces", "VNET"),
    PEERING_REMOTE_GATEWAY(Severity.WARNING, "a peering that uses the remote network's gateway, which aksnet cannot see", "VNET"),
    DNS_SERVER_UNREACHABLE(Severity.WARNING, "a custom DNS server in neither its network, a peered one, nor a connected network", "aksnet"),
    NSG_NAME_INVALID(Severity.ERROR, "network security group name breaks Azure's naming rules", "NAME"),
    NSG_UNKNOWN(Severity.ERROR, "a subnet names a network security group the spec does not define", "contract"),
    NSG_EXISTING_SUBNET(Severity.ERROR, "a network security group of the spec on a subnet of an existing network", "aksnet"),
    NSG_RULE_PRIORITY(Severity.ERROR, "an NSG rule priority outside 100 to 4096, or repeated in one direction", "NSG"),
    NSG_RULE_INVALID(Severity.ERROR, "an NSG rule whose name, source, destination or ports Azure refuses", "NSG"),
    NSG_BLOCKS_CLUSTER_TRAFFIC(Severity.ERROR, "an NSG deny rule that blocks traffic the cluster needs inside its network", "CNI, OVL, VNI"),
    NSG_APPLICATION_GATEWAY_PORTS(Severity.ERROR, "an NSG on an application gateway subnet that keeps GatewayManager from TCP 65200-65535",
            "AGIC"),
    ROUTE_TABLE_NAME_INVALID(Severity.ERROR, "route table name breaks Azure's naming rules", "NAME"),
    ROUTE_TABLE_UNKNOWN(Severity.ERROR, "a subnet names a route table the spec does not define", "contract"),
    ROUTE_TABLE_EXISTING_SUBNET(Severity.ERROR, "a route table of the spec on a subnet of an existing network", "aksnet"),
    ROUTE_INVALID(Severity.ERROR, "a route whose name Azure refuses, whose next hop address is missing, misplaced or no host's, or whose "
            + "prefix another route of the table has", "UDR, NAME"),
    ROUTE_NEXT_HOP_UNREACHABLE(Severity.WARNING, "a route to an appliance address in none of the spec's networks and no connected network",
            "aksnet"),
    UDR_DEFAULT_ROUTE(Severity.ERROR, "userDefinedRouting with a node subnet whose route table of the spec has no 0.0.0.0/0 route to an "
            + "appliance or gateway", "EGR, RP"),
    DEFAULT_ROUTE_BYPASSES_OUTBOUND(Severity.WARNING, "a node subnet's route table sends 0.0.0.0/0 to an appliance while the cluster's "
            + "outbound is a load balancer or NAT gateway", "EGR, UDR"),
    KUBENET_ROUTE_TABLES(Severity.ERROR, "a kubenet cluster's node subnets do not share one route table of the spec", "KUB, RP"),
    KUBENET_ROUTE_TABLE_SHARED(Severity.ERROR, "a kubenet cluster's route table is also on a subnet of another cluster", "KUB"),
    KUBENET_ROUTE_CONFLICT(Severity.ERROR, "a route of the spec inside a kubenet cluster's pod CIDR, where AKS writes its node routes", "KUB"),
    ROUTE_TABLE_FULL(Severity.ERROR, "more than 400 routes in a route table, kubenet's node routes at max scale included", "UDR, KUB"),
    SUBNET_TOO_LARGE(Severity.ERROR, "a subnet larger than /2, Azure's largest", "VNET"),
    VNET_FORBIDDEN_RANGE(Severity.ERROR, "a network or subnet range that includes multicast, broadcast, loopback or 168.63.129.16", "VNET"),
    VNET_TOO_LARGE(Severity.WARNING, "a network address prefix larger than /8, the size AKS plans for", "PLAN"),
    POD_CIDR_PUBLIC(Severity.WARNING, "a pod CIDR outside RFC 1918 and 100.64.0.0/10", "OVL"),
    POD_CIDR_HEADROOM(Severity.WARNING, "a pod CIDR that holds the nodes at max scale but not the surge nodes of an upgrade", "PLAN, OVL"),
    POD_CIDR_OVERLAPS_SPEC_VNET(Severity.WARNING, "a pod CIDR overlapping a network of the spec the cluster does not reach (yet)", "OVL"),
    SERVICE_CIDR_OVERLAPS_SPEC_VNET(Severity.WARNING, "a service CIDR overlapping a network of the spec the cluster does not reach (yet)", "CNI"),
    MANAGED_VNET_OVERLAP(Severity.WARNING, "an AKS-managed network (10.224.0.0/12) overlapping the pod or service CIDR or a connected range", "azure-docs#92844"),
    OUTBOUND_NONE_KUBENET(Severity.ERROR, "outbound none on kubenet: network isolated clusters do not support kubenet", "ISO"),
    OUTBOUND_NONE_WINDOWS(Severity.ERROR, "outbound none with a Windows pool: network isolated clusters do not support Windows pools yet", "ISO"),
    OUTBOUND_NONE_K8S_VERSION(Severity.ERROR, "outbound none with a declared Kubernetes version below 1.30", "ISO"),
    OUTBOUND_NONE_PUBLIC_API(Severity.WARNING, "outbound none on a cluster whose API server is neither private nor VNet-integrated", "ISO"),
    OUTBOUND_NONE_NEEDS_CACHE(Severity.ERROR, "outbound none without bootstrap artifactSource cache", "ISO, TF"),
    BOOTSTRAP_REGISTRY_KUBELET_IDENTITY(Severity.WARNING, "a bootstrap registry of the user's, which the kubelet identity AKS creates cannot be granted AcrPull on before the nodes start", "ISO"),
    BOOTSTRAP_REGISTRY_INVALID(Severity.ERROR, "a bootstrap containerRegistryId that is not a container registry's resource id, or given without artifactSource cache", "ISO, ARM"),
    DUAL_STACK_FAMILIES(Severity.ERROR, "ipFamilies other than [IPv4] or [IPv4, IPv6]: IPv6 alone is not supported", "DS, TF"),
    DUAL_STACK_CIDR_COUNT(Severity.ERROR, "pod or service CIDRs that do not list one range per IP family, in the order of ipFamilies", "DS, TF"),
    DUAL_STACK_PLUGIN(Severity.ERROR, "dual-stack with a plugin other than azure-cni-overlay", "DS, RP"),
    DUAL_STACK_POLICY(Severity.ERROR, "dual-stack with network policy azure or calico, or cilium below Kubernetes 1.29", "OVL, CIL, RP"),
    DUAL_STACK_K8S_VERSION(Severity.ERROR, "dual-stack with a Kubernetes version below 1.21.2", "DS, RP"),
    DUAL_STACK_SUBNET_IPV6(Severity.ERROR, "a dual-stack cluster on a node subnet of the spec without an IPv6 prefix", "DS, RP"),
    DUAL_STACK_SERVICE_CIDR_V6(Severity.ERROR, "an IPv6 service CIDR larger than /108", "DS, RP"),
    DUAL_STACK_NAT_GATEWAY(Severity.ERROR, "dual-stack with a Standard NAT gateway for outbound (IPv4 only)", "OVL"),
    DUAL_STACK_UDR_IPV6(Severity.WARNING, "dual-stack with userDefinedRouting whose node subnets' route table has no IPv6 default route", "DS"),
    BYO_CNI_UNSUPPORTED(Severity.WARNING, "a cluster that brings its own CNI: no pod networking by AKS, no Microsoft support for CNI issues", "BYO"),
    BYO_CNI_POD_CIDR(Severity.ERROR, "a cluster that brings its own CNI without a pod CIDR, which AKS's control plane routes to", "BYO"),
    BYO_CNI_POLICY(Severity.ERROR, "a cluster that brings its own CNI with a network policy engine or data plane of AKS's", "BYO"),
    BYO_CNI_WINDOWS(Severity.ERROR, "a Windows pool in a cluster that brings its own CNI", "BYO, RP"),
    IDENTITY_ID_INVALID(Severity.ERROR, "a cluster identity that is not a user-assigned managed identity's resource id, or one identity for both control plane and kubelet", "ID, ARM"),
    SUBNET_IPV6_PREFIX(Severity.ERROR, "a subnet's IPv6 prefix that is not a /64", "VNET"),
    MAX_SURGE_INVALID(Severity.ERROR, "a pool's maxSurge that is neither a node count of at least 1 nor a percentage from 1% to 100%", "POOLS"),
    ONLY_CRITICAL_ADDONS_USER_POOL(Severity.ERROR, "onlyCriticalAddons on a user pool: the taint keeps application pods off system pools", "SYS"),
    NO_POOL_FOR_WORKLOADS(Severity.WARNING, "every pool of a cluster is a system pool for critical add-ons only: application pods have nowhere to run", "SYS"),
    POOL_SURGE_EXCEEDS_VMSS(Severity.WARNING, "a pool whose maximum plus upgrade surge passes a scale set's 1,000 instances", "POOLS"),
    SYSTEM_POOL_VM_SIZE(Severity.WARNING, "a system pool on a burstable B-series size", "POOLS, RP"),
    MAXPODS_POOL_TOTAL(Severity.WARNING, "a user pool with maxPods below 30 that holds fewer than 30 pods at its minimum", "PLAN"),
    WINDOWS_MAXPODS(Severity.WARNING, "a Windows pool with more than 110 pods per node", "OVL, LIM"),
    STATIC_BLOCK_K8S_VERSION(Severity.ERROR, "static block allocation with a Kubernetes version below 1.28", "POD"),
    STATIC_BLOCK_SUBNET_TOO_LARGE(Severity.ERROR, "a static block pod subnet larger than /12", "POD"),
    STATIC_BLOCK_MAXPODS_WASTE(Severity.WARNING, "a static block maxPods that leaves 8 or more addresses per node unused", "POD"),
    NPM_WINDOWS(Severity.ERROR, "Azure Network Policy Manager with a Windows pool", "RET, NETPOL"),
    NPM_LINUX_RETIREMENT(Severity.WARNING, "Azure Network Policy Manager, whose Linux support ends on 30 September 2028", "RET"),
    NPM_SCALE(Severity.WARNING, "Azure Network Policy Manager beyond 250 nodes or 20,000 pods", "NETPOL"),
    OVERLAY_DCSV2(Severity.ERROR, "a DCsv2-series pool on Azure CNI Overlay", "OVL"),
    BYO_NAME_LABEL_TOO_LONG(Severity.ERROR, "with Azure CNI Overlay, a subnet, network or resource group name longer than 63 characters", "OVL"),
    OVERLAY_SMALL_SUBNET(Severity.WARNING, "an overlay or kubenet node subnet of /29", "Azure/AKS-Construction#403"),
    SUBNET_NAME_RESERVED(Severity.WARNING, "a node or pod subnet named like a special-purpose subnet (GatewaySubnet, AzureFirewallSubnet, …)", "VNET"),
    POD_SUBNET_MODE_CONFLICT(Severity.ERROR, "one pod subnet used with dynamic and static block allocation", "POD"),
    POD_SUBNET_SHARED_WITH_NODES(Severity.ERROR, "a pod subnet of one pool that is another pool's node subnet", "POD"),
    SHARED_SUBNET_MIXED_PLUGINS(Severity.WARNING, "a node subnet shared by clusters with different plugins (unconfirmed)", "aksnet"),
    DYNAMIC_POD_IP_LIMIT(Severity.WARNING, "more than 65,536 pod addresses from one network's subnets at max scale", "PLAN, POD"),
    MANAGED_NAT_ZONAL(Severity.WARNING, "outbound managedNatGateway, whose NAT gateway is not zone-redundant", "NAT"),
    KUBENET_UDR_ROUTES(Severity.WARNING, "kubenet with userDefinedRouting and more than 399 nodes with surge for one route table", "KUB"),
    DNS_IP_INVALID(Severity.ERROR, "dnsServiceIp is not an IPv4 address", "RP, TF"),
    PRIVATE_DNS_ZONE_LINK_UNKNOWN(Severity.ERROR, "a private DNS zone of the spec linked to a network the spec does not declare", "contract"),
    PRIVATE_DNS_ZONE_NOT_LINKED(Severity.WARNING, "a private DNS zone of the spec not linked to the network of the cluster's custom DNS servers",
            "PRIV"),
    CREATED_VNET_RESOURCE_GROUP(Severity.ERROR, "resourceGroup on a network aksnet creates", "aksnet"),
    CREATED_VNET_SUBSCRIPTION(Severity.ERROR, "subscriptionId on a network aksnet creates", "aksnet"),
    VNET_SUBSCRIPTION_INVALID(Severity.ERROR, "an existing network's subscriptionId is not a GUID", "ARM"),
    OTHER_SUBSCRIPTION_SUBNET(Severity.WARNING, "a cluster's subnet in a network of another subscription (unconfirmed)", "aksnet"),
    NAT_GATEWAY_OTHER_SUBSCRIPTION(Severity.ERROR, "a NAT gateway of the spec on a subnet of a network in another subscription", "aksnet"),
    LOCATION_UNKNOWN(Severity.WARNING, "location is not a known Azure region name", "ARM"),
    VNET_PUBLIC_RANGE(Severity.WARNING, "a VNet range outside RFC 1918 and 100.64.0.0/10", "VNET"),
    POD_CIDR_TOO_SMALL(Severity.ERROR, "fewer /24 blocks in the pod CIDR than nodes at max scale plus surge", "OVL, KUB"),
    SYSTEM_POOL_SIZE(Severity.WARNING, "system pools sum to fewer than 2 nodes at minimum", "NP"),
    POOL_LIMIT(Severity.ERROR, "more than 100 pools in a cluster", "LIM"),
    CLUSTER_MAX_NODES(Severity.ERROR, "more than 5,000 nodes at max scale (warning above 1,000)", "LIM"),
    MAXPODS_SYSTEM_POOL(Severity.ERROR, "a system pool whose maxPods × minimum node count is below 30", "NP"),
    SUBNET_CAPACITY(Severity.ERROR, "the addresses pools need at max scale exceed the subnet's usable addresses", "PLAN, POD, NODE"),
    SUBNET_HEADROOM(Severity.WARNING, "the worst case exceeds the subnet, or leaves less than 10% of it", "PLAN"),
    FLEET_DUPLICATE_CLUSTER(Severity.ERROR, "two specs define the same cluster name in the same resource group", "contract"),
    FLEET_VNET_OVERLAP(Severity.WARNING, "VNets of different specs overlap", "contract"),
    FLEET_SUBNET_CONFLICT(Severity.ERROR, "two specs declare the same network/subnet with different CIDRs", "contract"),
    JAVA_SPEC_COMPILE(Severity.ERROR, "a Java spec does not compile", "aksnet"),
    JAVA_SPEC_NO_SPEC_METHOD(Severity.ERROR, "a Java spec has no public static Deployment spec()", "aksnet"),
    JAVA_SPEC_FAILED(Severity.ERROR, "a Java spec's spec() throws or returns null", "aksnet"),
    PRIVATE_DNS_ZONE_WITHOUT_PRIVATE_CLUSTER(Severity.ERROR, "privateDnsZone on a cluster that is not private", "PRIV"),
    PRIVATE_DNS_ZONE_INVALID(Severity.ERROR, "privateDnsZone is not system, none or the id of a zone named for the cluster's region", "PRIV"),
    SERVICE_ENDPOINT_UNKNOWN(Severity.WARNING, "a service endpoint name aksnet does not know", "VNET"),
    SERVICE_ENDPOINTS_EXISTING_SUBNET(Severity.WARNING, "service endpoints declared on a subnet of an existing network", "CNI, aksnet"),
    SUBNET_POLICIES_EXISTING_SUBNET(Severity.WARNING, "private endpoint or private link service network policies declared on a subnet of an existing network", "PE, aksnet"),
    PRIVATE_ENDPOINT_POLICIES_NOTHING_TO_APPLY(Severity.WARNING, "private endpoint network policies enabled on a subnet without the NSG or route table they apply", "PE"),
    SERVICE_ENDPOINTS_NOT_ON_SUBNET(Severity.ERROR, "service endpoints declared on a cluster, not on a subnet", "CNI"),
    POD_SUBNET_OTHER_DELEGATION(Severity.ERROR, "a pod subnet delegated to a service other than AKS", "POD"),
    INGRESS_AGC_KUBENET(Severity.ERROR, "Application Gateway for Containers on a kubenet cluster", "CNI"),
    INGRESS_GATEWAY_SOURCE(Severity.ERROR, "an ingress without exactly the subnet, subnetCidr or gatewayId its type needs", "AGC, AGIC"),
    INGRESS_SUBNET_DELEGATION(Severity.ERROR, "an association subnet not delegated to applicationGatewayForContainers, or a gateway subnet "
            + "with a delegation", "AGC, AGIC"),
    INGRESS_SUBNET_TOO_SMALL(Severity.ERROR, "an Application Gateway for Containers association subnet smaller than /24", "AGC"),
    INGRESS_GATEWAY_SUBNET_SMALL(Severity.WARNING, "an application gateway subnet smaller than /24", "AGIC"),
    INGRESS_SUBNET_SHARED(Severity.ERROR, "an ingress subnet also holds nodes, pods or another ingress", "AGC, AGIC"),
    INGRESS_SUBNET_OTHER_NETWORK(Severity.WARNING, "an ingress subnet outside the network of the cluster's nodes", "AGC, AGIC"),
    INGRESS_SUBNET_CIDR_PLACEMENT(Severity.ERROR, "an ingress subnetCidr on your own network, or outside the AKS-managed network's free "
            + "space, or overlapping the cluster's ranges", "AGIC, aksnet"),
    INGRESS_GATEWAY_ID_INVALID(Severity.ERROR, "an ingress gatewayId that is not an application gateway's resource id", "AGIC"),
    INGRESS_KUBENET_ROUTE_TABLE(Severity.WARNING, "a kubenet cluster's gateway subnet cannot get, or gets with a default route, the "
            + "cluster's route table", "AGIC, KUB"),
    K8S_VERSION_UNSUPPORTED(Severity.ERROR, "a kubernetesVersion AKS no longer supports (past its end of life), or not in AKS's form", "VER"),
    K8S_VERSION_END_OF_SUPPORT(Severity.WARNING, "a kubernetesVersion whose end of life in AKS is less than 90 days away", "VER"),
    K8S_VERSION_UNKNOWN(Severity.WARNING, "a kubernetesVersion newer than aksnet's table of AKS versions", "VER"),
    SYSTEM_POOL_REQUIRED(Severity.ERROR, "no system pool", "NP"),
    SYSTEM_POOL_LINUX(Severity.ERROR, "a system pool runs Windows", "NP"),
    SYSTEM_POOL_SCALE_TO_ZERO(Severity.ERROR, "a system pool that can scale to zero nodes", "NP"),
    AUTOSCALE_RANGE(Severity.ERROR, "autoscale min above max, below 0, or max above 1000", "NP, LIM"),
    POOL_COUNT_RANGE(Severity.ERROR, "node count below 0 or above 1000", "LIM"),
    MAXPODS_RANGE(Severity.ERROR, "maxPods outside 10 to 250", "PLAN, CLI");

    private final Severity severity;
    private final String summary;
    private final String source;

    RuleId(Severity severity, String summary, String source) {
        this.severity = severity;
        this.summary = summary;
        this.source = source;
    }

    /**
     * Who reports an id that no {@link Rule} class checks: the YAML reader, the Java DSL, the Java spec compiler. Empty
     * for the ids rules report (registered in {@link Rules}).
     */
    public java.util.Optional<String> reportedOutsideRules() {
        return java.util.Optional.ofNullable(switch (this) {
            case SPEC_UNKNOWN_KEY, SPEC_MISSING_KEY, SPEC_BAD_VALUE, SPEC_UNREADABLE -> "the YAML reader";
            case CIDR_INVALID, IP_INVALID -> "the YAML reader and the Java DSL";
            case DNS_IP_INVALID -> "the YAML reader (the Java DSL reports IP_INVALID at the literal)";
            case MAX_SURGE_INVALID -> "the YAML reader (the Java DSL's MaxSurge cannot hold one)";
            case JAVA_SPEC_COMPILE, JAVA_SPEC_NO_SPEC_METHOD, JAVA_SPEC_FAILED -> "the Java spec compiler";
            default -> null;
        });
    }

    /** Where the rule comes from, by the catalogue's short names (CNI, PLAN, EGR, …; contract; aksnet). */
    public String source() {
        return source;
    }

    public Severity severity() {
        return severity;
    }

    public String summary() {
        return summary;
    }
}
