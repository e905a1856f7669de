package dev.aksnet.plan;

import java.util.List;
import java.util.Optional;

/**
 * The Azure resources one spec deploys, target-neutral and in the Azure API's vocabulary: what exists, its Azure
 * name, its properties, what it references, which roles are granted to whom, and what the deployment outputs. Every
 * target (azurerm Terraform, azapi Terraform, Bicep) spells this plan and decides nothing about which resources exist.
 * Built by {@link ResourcePlanner} from a valid spec; lists are in deployment order, which is also print order.
 *
 * @param resourceGroup      the resource group the deployment creates (Terraform) or deploys into (Bicep)
 * @param location           the Azure region of everything created
 * @param tags               the tags every created resource carries, sorted by key
 * @param inputs             values the deployment asks for (Windows administrator credentials)
 * @param networks           networks created, then referenced, in spec order
 * @param routeTables        route tables aksnet creates, in network and subnet order
 * @param natGateways        NAT gateways aksnet creates: the spec's own, in spec order, then those it adds to created
 *                           subnets for userAssignedNatGateway, in network and subnet order
 * @param natGatewayAttachments NAT gateways of the spec attached to subnets of existing networks
 * @param peerings           both directions of every peering, in spec order
 * @param networkSecurityGroups network security groups aksnet creates, in spec order
 * @param privateDnsZones    private DNS zones aksnet creates, with their links, in spec order
 * @param identities         user-assigned identities aksnet creates, in cluster order
 * @param roleGrants         role assignments, in cluster order
 * @param clusters           managed clusters, in spec order
 * @param trafficControllers Application Gateway for Containers instances, in cluster order
 * @param outputs            the deployment's outputs: each cluster's, then the ids of the networks, subnets, network
 *                           security groups, route tables, NAT gateways and private DNS zones it creates
 */
public record ResourcePlan(String resourceGroup, String location, List<Tag> tags, List<Input> inputs,
                           List<Network> networks, List<RouteTable> routeTables, List<NatGateway> natGateways,
                           List<NatGatewayAttachment> natGatewayAttachments, List<Peering> peerings,
                           List<NetworkSecurityGroup> networkSecurityGroups, List<PrivateDnsZone> privateDnsZones, List<Identity> identities, List<RoleGrant> roleGrants, List<ManagedCluster> clusters,
                           List<TrafficController> trafficControllers, List<Output> outputs) {

    /** A tag every created resource carries. */
    public record Tag(String key, String value) {
    }

    /**
     * A value the deployment asks its user for.
     *
     * @param words        the words of its name ({@code windows admin username}); a target joins them its own way
     * @param description  what it is, for the variable's or parameter's description
     * @param defaultValue its default, or empty when the user must give it
     * @param secret       whether it is sensitive (never printed, never committed)
     */
    public record Input(List<String> words, String description, Optional<String> defaultValue, boolean secret) {
    }

    /** The Windows nodes' administrator credentials, asked for when any pool runs Windows. */
    public static final Input WINDOWS_ADMIN_USERNAME = new Input(List.of("windows", "admin", "username"),
            "Administrator user name of the Windows nodes.", Optional.of("azureuser"), false);
    public static final Input WINDOWS_ADMIN_PASSWORD = new Input(List.of("windows", "admin", "password"),
            "Administrator password of the Windows nodes (14 to 123 characters, complex). Never commit it.", Optional.empty(), true);

    /**
     * A virtual network, created or referenced.
     *
     * @param created         whether the deployment creates it (with all its subnets) or it exists already
     * @param otherGroup      whether it lives in another resource group than the deployment's (in the deployment's
     *                        subscription or another)
     * @param addressPrefixes its address space (created networks)
     * @param subnets         a created network's subnets, in spec order
     * @param used            the subnets pools and ingress use and those aksnet attaches a NAT gateway to, in spec order: the
     *                        ones an existing network is read for
     * @param dnsServers      a created network's custom DNS servers; empty for Azure's DNS
     * @param subscriptionId  an existing network's subscription when it is not the deployment's
     */
    public record Network(String name, String resourceGroup, boolean created, boolean otherGroup, List<String> addressPrefixes,
                          List<Subnet> subnets, List<Subnet> used, List<String> dnsServers, Optional<String> subscriptionId) {
    }

    /**
     * One direction of a peering: a child of {@code local} pointing at {@code remote}.
     *
     * @param allowVirtualNetworkAccess whether the networks reach each other: always, since a spec peers networks for that
     *                                  ({@link #NETWORK_ACCESS})
     * @param allowGatewayTransit       whether the other side may use this network's gateway
     * @param useRemoteGateways         whether this side uses the other network's gateway
     */
    public record Peering(String name, Network local, Network remote, boolean allowVirtualNetworkAccess, boolean allowForwardedTraffic,
                          boolean allowGatewayTransit, boolean useRemoteGateways) {
        /** The spec has no setting for it: a peering without network access connects nothing. */
        public static final boolean NETWORK_ACCESS = true;
    }

    /**
     * A subnet. On a created network, with what aksnet writes on it.
     *
     * @param vnetName         its network's name
     * @param resourceGroup    its network's resource group
     * @param created          whether aksnet creates it
     * @param addressPrefixes  its ranges: IPv4, then the IPv6 /64 of a dual-stack subnet
     * @param delegation       its delegation (name and service), if any
     * @param routeTable       the route table associated with it, if any (possibly another subnet's: kubenet shares one)
     * @param natGateway       the NAT gateway associated with it, if any
     * @param serviceEndpoints service endpoints, in spec order
     * @param defaultOutboundAccess a created subnet's default outbound access when the spec sets it (false: private)
     * @param networkSecurityGroup the network security group associated with a created subnet, if any
     * @param subscriptionId   its network's subscription when it is not the deployment's
     * @param privateEndpointNetworkPolicies    a created subnet's, in the API's value, when the spec sets it
     * @param privateLinkServiceNetworkPolicies a created subnet's, in the API's value, when the spec sets it
     */
    public record Subnet(String vnetName, String resourceGroup, String name, boolean created, List<String> addressPrefixes,
                         Optional<Delegation> delegation, Optional<RouteTable> routeTable, Optional<NatGateway> natGateway,
                         List<String> serviceEndpoints, Optional<Boolean> defaultOutboundAccess,
                         Optional<NetworkSecurityGroup> networkSecurityGroup, Optional<String> subscriptionId,
                         Optional<String> privateEndpointNetworkPolicies, Optional<String> privateLinkServiceNetworkPolicies) {
        /** Whether it lives outside the deployment's resource group (another group, or another subscription). */
        public boolean otherGroup(String deploymentGroup) {
            return subscriptionId.isPresent() || !resourceGroup.equalsIgnoreCase(deploymentGroup);
        }

        /** The actions every delegation aksnet writes allows: joining the subnet. */
        public static final List<String> DELEGATION_ACTIONS = List.of("Microsoft.Network/virtualNetworks/subnets/join/action");
    }

    /** A private DNS zone aksnet creates (a global resource) and its links to networks, each named after its network. */
    public record PrivateDnsZone(String name, List<PrivateDnsZoneLink> links) {
        /** Where a private DNS zone lives: it is a global resource. */
        public static final String LOCATION = "global";
    }

    /** A link of a zone to a network, without auto-registration (AKS writes the API server's record itself). */
    public record PrivateDnsZoneLink(String name, Network network) {
    }

    /** A network security group aksnet creates, its rules inline (aksnet owns all of them). */
    public record NetworkSecurityGroup(String name, List<SecurityRule> rules) {
    }

    /**
     * A security rule in the API's terms: {@code Inbound}, {@code Allow}, {@code Tcp} or {@code *}; address prefixes as
     * written (CIDR, address, {@code *} or a service tag); destination ports one or several; every source port.
     */
    public record SecurityRule(String name, int priority, String direction, String access, String protocol, String sourceAddressPrefix,
                               String destinationAddressPrefix, List<String> destinationPortRanges) {
        /** Every source port: what rules of the spec always mean. */
        public static final String ANY = "*";
    }

    /** A subnet delegation: its name and the service it delegates to. */
    public record Delegation(String name, String serviceName) {
    }

    /** A created subnet a resource was made for: the words targets name its symbols after. */
    public record MadeFor(String vnetName, String subnetName) {
    }

    /**
     * A route table aksnet creates: the spec's own ({@code routeTables}), or one aksnet adds to a created subnet for its
     * clusters' egress (kubenet, userDefinedRouting).
     *
     * @param words               the words targets name its symbols after ({@code vnet nodes} for one aksnet adds, the
     *                            spec's name for the spec's own)
     * @param madeFor             the subnet aksnet added it to; empty for the spec's own, which subnets name
     * @param routes              the routes aksnet owns (written inline or as child resources)
     * @param bgpRoutePropagation whether routes learned over BGP reach its subnets, when the spec says (Azure's default: yes)
     * @param aksWritesRoutes     whether AKS writes routes of its own into it (kubenet): a target must never remove them
     * @param ownerCluster        with {@code aksWritesRoutes}, the cluster whose routes they are
     */
    public record RouteTable(String name, List<String> words, Optional<MadeFor> madeFor, List<Route> routes,
                             Optional<Boolean> bgpRoutePropagation, boolean aksWritesRoutes, Optional<String> ownerCluster) {
        /** The names of the routes aksnet owns: on a kubenet table, every other route is AKS's. */
        public List<String> routeNames() {
            return routes.stream().map(Route::name).toList();
        }
    }

    /** A route: prefix and next hop in the API's terms ({@code VirtualAppliance}); the next hop's address for an appliance. */
    public record Route(String name, String addressPrefix, String nextHopType, Optional<String> nextHopIpAddress) {
    }

    /**
     * A NAT gateway aksnet creates, with the public addresses it owns and those it is given.
     *
     * @param words               the words targets name its symbols after ({@code vnet nodes} for the one aksnet adds to a
     *                            subnet, the spec's name for the spec's own)
     * @param publicIps           public IPs aksnet creates for it
     * @param publicIpPrefix      a public IP prefix aksnet creates for it, if any
     * @param existingPublicIpIds public IPs of the user's, by resource id
     * @param zones               its one zone, or empty (regional)
     * @param idleTimeoutMinutes  its idle timeout, when the spec sets one
     */
    public record NatGateway(String name, List<String> words, String skuName, List<PublicIp> publicIps, Optional<PublicIpPrefix> publicIpPrefix,
                             List<String> existingPublicIpIds, List<String> zones, Optional<Integer> idleTimeoutMinutes) {
    }

    /** A public IP address aksnet creates; {@code words} name its symbols; {@code zones} are its NAT gateway's. */
    public record PublicIp(String name, List<String> words, String skuName, String allocationMethod, List<String> zones) {
    }

    /** A public IP prefix aksnet creates (IPv4, /28 to /31), in its NAT gateway's zones. */
    public record PublicIpPrefix(String name, List<String> words, String skuName, int prefixLength, List<String> zones) {
    }

    /**
     * A NAT gateway of the spec attached to a subnet of an existing network: the subnet keeps everything else it has (a
     * target updates the one property, or puts back what it read).
     *
     * @param after the attachment to a subnet of the same network before this one: Azure refuses concurrent writes to the
     *              subnets of one network (AnotherOperationInProgress), so a target makes this one wait for it
     */
    public record NatGatewayAttachment(Subnet subnet, NatGateway natGateway, Optional<NatGatewayAttachment> after) {
    }

    /**
     * A user-assigned identity of a cluster: one aksnet creates, or, with {@code existing}, one of the user's that the
     * deployment references (its principal and client ids are read from it).
     */
    public record Identity(String name, String clusterName, Optional<ExistingResourceScope> existing) {
        /** An identity aksnet creates. */
        public Identity(String name, String clusterName) {
            this(name, clusterName, Optional.empty());
        }
    }

    /** A built-in role. */
    public record Role(String name, String definitionId) {
    }

    /** What a role is granted on. */
    public sealed interface Scope {
    }

    /** A subnet (created or existing). */
    public record SubnetScope(Subnet subnet) implements Scope {
    }

    /** A route table aksnet creates. */
    public record RouteTableScope(RouteTable routeTable) implements Scope {
    }

    /** A private DNS zone aksnet creates. */
    public record PrivateDnsZoneScope(PrivateDnsZone zone) implements Scope {
    }

    /** A virtual network, created or existing. */
    public record NetworkScope(Network network) implements Scope {
    }

    /**
     * A resource of the user's, by resource id (validated: PRIVATE_DNS_ZONE_INVALID, OUTBOUND_IP_ID_INVALID), with its
     * parts: a private cluster's own DNS zone, an outbound public IP or prefix, the prefix of node public IPs.
     */
    public record ExistingResourceScope(AzureType type, String id, String subscriptionId, String resourceGroup, String name) implements Scope {
    }

    /** Who a role is granted to. */
    public sealed interface Principal {
    }

    /** A user-assigned identity aksnet creates. */
    public record IdentityPrincipal(Identity identity) implements Principal {
    }

    /** The identity AKS creates for a cluster's application routing add-on (managed NGINX). */
    public record AppRoutingPrincipal(String clusterName) implements Principal {
    }

    /** The identity AKS creates for a cluster's Application Gateway ingress controller add-on. */
    public record IngressAddonPrincipal(String clusterName) implements Principal {
    }

    /**
     * A role assignment, made before what needs it.
     *
     * @param clusterName the cluster it serves
     * @param words       the words targets name its symbol after ({@code tools nodes network contributor})
     */
    public record RoleGrant(Role role, Scope scope, Principal principal, String clusterName, List<String> words) {
        /** The principal type of every grant aksnet makes: identities are service principals. */
        public static final String PRINCIPAL_TYPE = "ServicePrincipal";
    }

    /** A cluster's control-plane identity. */
    public sealed interface ClusterIdentity {
        /** The API's identity type. */
        String type();
    }

    /** AKS creates the identity with the cluster (AKS-managed networks: nothing to grant beforehand). */
    public record SystemAssigned() implements ClusterIdentity {
        public String type() {
            return "SystemAssigned";
        }
    }

    /** An identity aksnet creates, so that it can be granted roles before the cluster exists. */
    public record UserAssigned(Identity identity) implements ClusterIdentity {
        public String type() {
            return "UserAssigned";
        }
    }

    /** What a cluster must wait for beyond what it references. */
    public sealed interface Wait {
    }

    /** A role its identity needs at creation. */
    public record GrantWait(RoleGrant grant) implements Wait {
    }

    /** A subnet its nodes join, with everything attached to it (route table, NAT gateway) in place. */
    public record SubnetWait(Subnet subnet) implements Wait {
    }

    /** A peering of its network, when the network's custom DNS servers are reached across it. */
    public record PeeringWait(Peering peering) implements Wait {
    }

    /**
     * A managed cluster.
     *
     * @param dnsPrefix         its DNS prefix; empty with an FQDN subdomain
     * @param fqdnSubdomain     a private cluster's FQDN subdomain in its own privatelink zone, instead of a DNS prefix
     * @param kubernetesVersion the declared version, or empty for AKS's default
     * @param pools             its agent pools, the system pool AKS creates the cluster with first
     * @param apiServerAccess   its API server access when private, integrated or restricted; empty for AKS's default (public)
     * @param ingressAddon      the Application Gateway ingress controller add-on, if enabled
     * @param windowsProfile    whether the cluster needs Windows administrator credentials
     * @param bootstrap         its bootstrapProfile when the spec sets one
     * @param waitsFor          what it waits for, in order
     * @param kubeletIdentity   the nodes' kubelet identity when it is the user's (identityProfile.kubeletidentity); empty for
     *                          the one AKS creates
     * @param webAppRouting     the application routing add-on (ingressProfile.webAppRouting), if enabled
     */
    public record ManagedCluster(String name, ClusterIdentity identity, Optional<String> dnsPrefix, Optional<String> fqdnSubdomain,
                                 Optional<String> kubernetesVersion,
                                 List<AgentPool> pools, NetworkProfile networkProfile, Optional<ApiServerAccess> apiServerAccess,
                                 Optional<IngressAddon> ingressAddon, boolean windowsProfile, Optional<Bootstrap> bootstrap, List<Wait> waitsFor,
                                 Optional<Identity> kubeletIdentity, Optional<WebAppRouting> webAppRouting) {
        /** The pool AKS creates the cluster with. */
        public AgentPool systemPool() {
            return pools.get(0);
        }

        public List<AgentPool> otherPools() {
            return pools.subList(1, pools.size());
        }

        public boolean hasAutoscaledPool() {
            return pools.stream().anyMatch(p -> p.scale() instanceof Autoscale);
        }

        /** Whether a pool's pod IP allocation mode is StaticBlock (azurerm has no argument for it). */
        public boolean staticBlockPods() {
            return pools.stream().anyMatch(p -> p.podIpAllocationMode().filter(AksNetworking.STATIC_BLOCK::equals).isPresent());
        }

        /** Whether a pool's pod IP allocation mode is DynamicIndividual (AKS's default when not set). */
        public boolean dynamicPods() {
            return pools.stream().anyMatch(p -> p.podIpAllocationMode().filter(AksNetworking.DYNAMIC_INDIVIDUAL::equals).isPresent());
        }
    }

    /** A pool's node count. */
    public sealed interface Scale {
    }

    public record FixedCount(int count) implements Scale {
    }

    /**
     * Autoscaled between {@code min} and {@code max}. AKS needs a count when it creates the pool and refuses a PUT that
     * changes it afterwards ("Cannot manually scale AgentPool … with cluster autoscaler enabled"): a target sends
     * {@code min} at creation and, on a redeployment, the count the autoscaler chose.
     */
    public record Autoscale(int min, int max) implements Scale {
    }

    /**
     * An agent pool in the AKS API's terms.
     *
     * @param mode                {@code System} or {@code User}
     * @param osType              {@code Linux} or {@code Windows}
     * @param vnetSubnet          its node subnet, or empty on an AKS-managed network
     * @param podSubnet           its pod subnet (Azure CNI Pod Subnet), if any
     * @param podIpAllocationMode {@code DynamicIndividual} or {@code StaticBlock} with a pod subnet, else empty
     * @param maxSurge            extra nodes during an upgrade ({@code 10%}, {@code 33%}, {@code 5})
     * @param availabilityZones   the zones its nodes spread over ({@code "1"}), or empty
     * @param enableNodePublicIp  whether each node gets a public IP
     * @param nodePublicIpPrefixId the prefix those IPs come from, if given
     * @param nodeTaints          its taints ({@code CriticalAddonsOnly=true:NoSchedule} on a pool for critical add-ons only)
     * @param osSku               its osSKU when the spec sets one
     * @param disableOutboundNat  a Windows pool's windowsProfile.disableOutboundNat
     */
    public record AgentPool(String name, String mode, String osType, String type, String vmSize, Scale scale, int maxPods,
                            Optional<Subnet> vnetSubnet, Optional<Subnet> podSubnet, Optional<String> podIpAllocationMode,
                            String maxSurge, List<String> availabilityZones, boolean enableNodePublicIp, Optional<String> nodePublicIpPrefixId,
                            List<String> nodeTaints, Optional<String> osSku, boolean disableOutboundNat) {
        public boolean system() {
            return mode.equals(AksNetworking.SYSTEM_MODE);
        }
    }

    /**
     * networkProfile in the AKS API's terms. The load balancer and managed NAT gateway profiles are written when the spec
     * sets any of their settings, with the settings it sets (AKS's defaults otherwise). A single-stack cluster has podCidr
     * (overlay plugins) and serviceCidr; a dual-stack one has ipFamilies, podCidrs and serviceCidrs instead, one range per
     * family in the order of ipFamilies (the API's and azurerm's list forms).
     */
    public record NetworkProfile(String networkPlugin, Optional<String> networkPluginMode, String networkPolicy,
                                 String networkDataplane, Optional<String> podCidr, Optional<String> serviceCidr, String dnsServiceIp,
                                 String outboundType, String loadBalancerSku, Optional<LoadBalancerProfile> loadBalancerProfile,
                                 Optional<NatGatewayProfile> natGatewayProfile, List<String> ipFamilies, List<String> podCidrs,
                                 List<String> serviceCidrs, Optional<AdvancedNetworking> advancedNetworking) {
    }

    /**
     * ingressProfile.webAppRouting: the DNS zones it manages, and the default NGINX controller when the spec names one.
     * The add-on's identity, which AKS creates, is granted each zone's role after the cluster.
     */
    public record WebAppRouting(List<String> dnsZoneResourceIds, Optional<String> defaultIngressControllerType) {
        /** Where the API reports the add-on's identity: its object id. */
        public static final String IDENTITY_PATH = "properties.ingressProfile.webAppRouting.identity.objectId";
    }

    /** advancedNetworking: Advanced Container Networking Services, when the spec turns any of it on. */
    public record AdvancedNetworking(boolean observability, boolean security) {
    }

    /**
     * loadBalancerProfile: outbound addresses (one kind: managed count, public IP ids or prefix ids), SNAT ports per node
     * and idle timeout.
     */
    public record LoadBalancerProfile(Optional<Integer> managedOutboundIpCount, List<String> outboundIpIds, List<String> outboundIpPrefixIds,
                                      Optional<Integer> allocatedOutboundPorts, Optional<Integer> idleTimeoutMinutes,
                                      Optional<Integer> managedOutboundIpv6Count) {
    }

    /** natGatewayProfile of a managedNATGateway cluster: the managed IP count and the idle timeout. */
    public record NatGatewayProfile(Optional<Integer> managedOutboundIpCount, Optional<Integer> idleTimeoutMinutes) {
    }

    /**
     * apiServerAccessProfile.
     *
     * @param privateCluster     whether the API server has a private endpoint only
     * @param privateDnsZone     a private cluster's DNS zone: {@code system}, {@code none} or a zone's id (empty with createdZone)
     * @param createdZone        a zone aksnet creates for it
     * @param vnetIntegration    with API Server VNet Integration, the subnet the API server is projected into
     * @param authorizedIpRanges the ranges allowed to reach a public API server
     * @param publicFqdn         a private cluster's public FQDN setting in force (the spec's, else AKS's default)
     */
    public record ApiServerAccess(boolean privateCluster, Optional<String> privateDnsZone, Optional<PrivateDnsZone> createdZone,
                                  Optional<Subnet> vnetIntegration, List<String> authorizedIpRanges, Optional<Boolean> publicFqdn) {
    }

    /** Where the ingress controller add-on's application gateway comes from. */
    public sealed interface IngressAddon {
        /** The add-on's key in addonProfiles. */
        String KEY = "ingressApplicationGateway";
    }

    /** A new gateway in a subnet of the spec. */
    public record GatewayInSubnet(Subnet subnet) implements IngressAddon {
    }

    /** A new gateway in a new subnet AKS creates with this range. */
    public record GatewayInNewSubnet(String subnetCidr) implements IngressAddon {
    }

    /** An existing application gateway, by resource id. */
    public record ExistingGateway(String gatewayId) implements IngressAddon {
    }

    /** Application Gateway for Containers, bring-your-own: the traffic controller, its frontend and its association. */
    public record TrafficController(String name, String clusterName, String frontendName, String associationName,
                                    String associationType, Subnet subnet) {
    }

    /**
     * bootstrapProfile in the AKS API's terms.
     *
     * @param artifactSource      {@code Direct} or {@code Cache}
     * @param containerRegistryId with Cache: the user's registry, or empty for the one AKS manages
     */
    public record Bootstrap(String artifactSource, Optional<String> containerRegistryId) {
    }

    /** A deployment output. */
    public record Output(List<String> words, String description, OutputValue value) {
    }

    /** What an output is. */
    public sealed interface OutputValue {
    }

    public record ClusterId(ManagedCluster cluster) implements OutputValue {
    }

    public record NodeResourceGroup(ManagedCluster cluster) implements OutputValue {
    }

    /** The principal id of a cluster's control-plane identity. */
    public record ClusterPrincipalId(ManagedCluster cluster) implements OutputValue {
    }

    /** The object id of the identity AKS creates for the ingress controller add-on. */
    public record IngressAddonObjectId(ManagedCluster cluster) implements OutputValue {
    }

    public record TrafficControllerId(TrafficController trafficController) implements OutputValue {
    }

    public record TrafficControllerFrontendName(TrafficController trafficController) implements OutputValue {
    }

    /**
     * The resource id of something the deployment creates, for the caller of a module (private endpoints in a subnet, a
     * firewall's route table, …). Every target spells it with its own reference to that resource.
     */
    public sealed interface CreatedResourceId extends OutputValue {
    }

    public record NetworkId(Network network) implements CreatedResourceId {
    }

    public record SubnetId(Subnet subnet) implements CreatedResourceId {
    }

    public record NetworkSecurityGroupId(NetworkSecurityGroup networkSecurityGroup) implements CreatedResourceId {
    }

    public record RouteTableId(RouteTable routeTable) implements CreatedResourceId {
    }

    public record NatGatewayId(NatGateway natGateway) implements CreatedResourceId {
    }

    public record PrivateDnsZoneId(PrivateDnsZone privateDnsZone) implements CreatedResourceId {
    }
}
