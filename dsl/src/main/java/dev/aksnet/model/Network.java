package dev.aksnet.model;

import dev.aksnet.dsl.NetworkBuilders;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.List;
import java.util.Objects;

/**
 * A cluster's network settings. Fields a spec left out are null; the {@code effective…} accessors apply AKS's
 * defaults, so that validation and generation agree on them.
 *
 * @param plugin          the CNI plugin
 * @param model           the declared model (must agree with the plugin), or null
 * @param podIpAllocation Azure CNI Pod Subnet's allocation mode, or null
 * @param policy          the network policy engine, or null (none)
 * @param dataplane       the dataplane, or null (azure)
 * @param podCidrs        the pod CIDRs of overlay plugins as written, one per IP family in the order of ipFamilies
 *                        ({@code podCidr: x} is the one-element list); empty for AKS's defaults
 * @param serviceCidrs    the service CIDRs as written, likewise; empty for AKS's defaults
 * @param dnsServiceIp    the cluster DNS service address, or null (AKS default)
 * @param outbound        the outbound type, or null (load balancer)
 * @param egressNextHopIp with userDefinedRouting on a network aksnet creates: where the default route sends egress
 *                        (a firewall or virtual appliance), or null
 * @param loadBalancer    the load balancer's outbound settings, or null (AKS's defaults)
 * @param natGateway      the managed NAT gateway's settings (managedNatGateway), or null (AKS's defaults)
 * @param bootstrap       where nodes pull AKS's artifacts from, or null (Azure's default: directly)
 * @param ipFamilies      the IP families as written ({@code [IPv4, IPv6]}: dual-stack); empty for IPv4 alone
 * @param advancedNetworking Advanced Container Networking Services, or null (off)
 */
public record Network(
        NetworkPlugin plugin, NetworkModel model, PodIpAllocation podIpAllocation, NetworkPolicy policy,
        NetworkDataplane dataplane, List<IPAddress> podCidrs, List<IPAddress> serviceCidrs, IPAddress dnsServiceIp,
        OutboundType outbound, IPAddress egressNextHopIp, LoadBalancerProfile loadBalancer, ManagedNatGatewayProfile natGateway,
        BootstrapProfile bootstrap, List<IpFamily> ipFamilies, AdvancedNetworking advancedNetworking) {
    /** Without Advanced Container Networking Services. */
    public Network(NetworkPlugin plugin, NetworkModel model, PodIpAllocation podIpAllocation, NetworkPolicy policy,
                   NetworkDataplane dataplane, List<IPAddress> podCidrs, List<IPAddress> serviceCidrs, IPAddress dnsServiceIp,
                   OutboundType outbound, IPAddress egressNextHopIp, LoadBalancerProfile loadBalancer, ManagedNatGatewayProfile natGateway,
                   BootstrapProfile bootstrap, List<IpFamily> ipFamilies) {
        this(plugin, model, podIpAllocation, policy, dataplane, podCidrs, serviceCidrs, dnsServiceIp, outbound, egressNextHopIp, loadBalancer,
                natGateway, bootstrap, ipFamilies, null);
    }

    /** Single-stack settings: one pod and one service CIDR (each null for AKS's default). */
    public Network(NetworkPlugin plugin, NetworkModel model, PodIpAllocation podIpAllocation, NetworkPolicy policy,
                   NetworkDataplane dataplane, IPAddress podCidr, IPAddress serviceCidr, IPAddress dnsServiceIp,
                   OutboundType outbound, IPAddress egressNextHopIp, LoadBalancerProfile loadBalancer, ManagedNatGatewayProfile natGateway,
                   BootstrapProfile bootstrap) {
        this(plugin, model, podIpAllocation, policy, dataplane, one(podCidr), one(serviceCidr), dnsServiceIp, outbound, egressNextHopIp,
                loadBalancer, natGateway, bootstrap, List.of());
    }


    public Network(NetworkPlugin plugin, NetworkModel model, PodIpAllocation podIpAllocation, NetworkPolicy policy,
                   NetworkDataplane dataplane, IPAddress podCidr, IPAddress serviceCidr, IPAddress dnsServiceIp,
                   OutboundType outbound, IPAddress egressNextHopIp) {
        this(plugin, model, podIpAllocation, policy, dataplane, podCidr, serviceCidr, dnsServiceIp, outbound, egressNextHopIp, null, null,
                (BootstrapProfile) null);
    }


    /** AKS's service CIDR when none is given. */
    public static final IPAddress DEFAULT_SERVICE_CIDR = new IPAddressString("10.0.0.0/16").getAddress();
    /** AKS's DNS service IP when none is given. */
    public static final IPAddress DEFAULT_DNS_SERVICE_IP = new IPAddressString("10.0.0.10").getAddress();
    /** AKS's pod CIDR for overlay plugins when none is given. */
    public static final IPAddress DEFAULT_POD_CIDR = new IPAddressString("10.244.0.0/16").getAddress();
    /** AKS's IPv6 pod CIDR of a dual-stack cluster when none is given (configure-dual-stack.md). */
    public static final IPAddress DEFAULT_POD_CIDR_V6 = new IPAddressString("fd12:3456:789a::/64").getAddress();
    /** AKS's IPv6 service CIDR of a dual-stack cluster when none is given (configure-dual-stack.md). */
    public static final IPAddress DEFAULT_SERVICE_CIDR_V6 = new IPAddressString("fd12:3456:789a:1::/108").getAddress();

    public Network {
        Objects.requireNonNull(plugin, "plugin");
        podCidrs = podCidrs == null ? List.of() : List.copyOf(podCidrs);
        serviceCidrs = serviceCidrs == null ? List.of() : List.copyOf(serviceCidrs);
        ipFamilies = ipFamilies == null ? List.of() : List.copyOf(ipFamilies);
    }

    private static List<IPAddress> one(IPAddress cidr) {
        return cidr == null ? List.of() : List.of(cidr);
    }

    private static IPAddress first(List<IPAddress> cidrs, IpFamily family) {
        return cidrs.stream().filter(c -> IpFamily.of(c) == family).findFirst().orElse(null);
    }

    /** The declared IPv4 pod CIDR, or null. */
    public IPAddress podCidr() {
        return first(podCidrs, IpFamily.IPV4);
    }

    /** The declared IPv6 pod CIDR, or null. */
    public IPAddress podCidrV6() {
        return first(podCidrs, IpFamily.IPV6);
    }

    /** The declared IPv4 service CIDR, or null. */
    public IPAddress serviceCidr() {
        return first(serviceCidrs, IpFamily.IPV4);
    }

    /** The declared IPv6 service CIDR, or null. */
    public IPAddress serviceCidrV6() {
        return first(serviceCidrs, IpFamily.IPV6);
    }

    /** The IP families in force: the declared ones, or IPv4 alone. */
    public List<IpFamily> effectiveIpFamilies() {
        return ipFamilies.isEmpty() ? List.of(IpFamily.IPV4) : ipFamilies;
    }

    /** Whether the cluster is dual-stack: IPv6 among its families. */
    public boolean dualStack() {
        return effectiveIpFamilies().contains(IpFamily.IPV6);
    }

    /** The IPv6 pod CIDR in force for a dual-stack overlay cluster (declared or AKS's default); else null. */
    public IPAddress effectivePodCidrV6() {
        if (!dualStack() || !plugin.usesPodCidr()) {
            return null;
        }
        return podCidrV6() != null ? podCidrV6() : DEFAULT_POD_CIDR_V6;
    }

    /** The IPv6 service CIDR in force for a dual-stack cluster (declared or AKS's default); else null. */
    public IPAddress effectiveServiceCidrV6() {
        if (!dualStack()) {
            return null;
        }
        return serviceCidrV6() != null ? serviceCidrV6() : DEFAULT_SERVICE_CIDR_V6;
    }

    /** Java DSL: Azure CNI Overlay. */
    public static NetworkBuilders.Overlay azureCniOverlay() {
        return new NetworkBuilders.Overlay();
    }

    /** Java DSL: Azure CNI Pod Subnet. */
    public static NetworkBuilders.PodSubnet azureCniPodSubnet() {
        return new NetworkBuilders.PodSubnet();
    }

    /** Java DSL: Azure CNI Node Subnet. */
    public static NetworkBuilders.NodeSubnet azureCniNodeSubnet() {
        return new NetworkBuilders.NodeSubnet();
    }

    /** Java DSL: a CNI of your own (plugin none): AKS installs no pod networking. */
    public static NetworkBuilders.ByoCni byoCni() {
        return new NetworkBuilders.ByoCni();
    }

    /** Java DSL: kubenet. */
    public static NetworkBuilders.Kubenet kubenet() {
        return new NetworkBuilders.Kubenet();
    }

    /**
     * The policy in force: the declared one; else, with the Cilium data plane on Azure CNI, cilium (Cilium enforces
     * policy itself, and AKS refuses the data plane with another policy: the catalogue's G_CILIUM_PAIR); else none.
     */
    public NetworkPolicy effectivePolicy() {
        if (policy != null) {
            return policy;
        }
        return dataplane == NetworkDataplane.CILIUM && plugin != NetworkPlugin.KUBENET ? NetworkPolicy.CILIUM : NetworkPolicy.NONE;
    }

    /** The data plane in force: the declared one; else, with Cilium policy on Azure CNI, cilium (G_CILIUM_PAIR); else azure. */
    public NetworkDataplane effectiveDataplane() {
        if (dataplane != null) {
            return dataplane;
        }
        return policy == NetworkPolicy.CILIUM && plugin != NetworkPlugin.KUBENET ? NetworkDataplane.CILIUM : NetworkDataplane.AZURE;
    }

    public OutboundType effectiveOutbound() {
        return outbound != null ? outbound : OutboundType.LOAD_BALANCER;
    }

    /** The load balancer's outbound settings in force with outbound loadBalancer (declared or AKS's defaults); else null. */
    public LoadBalancerProfile effectiveLoadBalancer() {
        return effectiveOutbound() != OutboundType.LOAD_BALANCER ? null : loadBalancer != null ? loadBalancer : LoadBalancerProfile.DEFAULTS;
    }

    /** The service CIDR in force: the declared one or AKS's default. */
    public IPAddress effectiveServiceCidr() {
        return serviceCidr() != null ? serviceCidr() : DEFAULT_SERVICE_CIDR;
    }

    /** The DNS service IP in force: the declared one or AKS's default. */
    public IPAddress effectiveDnsServiceIp() {
        return dnsServiceIp != null ? dnsServiceIp : DEFAULT_DNS_SERVICE_IP;
    }

    /** The pod CIDR in force for overlay plugins (declared or AKS's default); null for flat plugins. */
    public IPAddress effectivePodCidr() {
        if (!plugin.usesPodCidr()) {
            return null;
        }
        // A CNI of the user's gets no default (use-byo-cni.md: "You must specify a Pod CIDR"; BYO_CNI_POD_CIDR).
        return podCidr() != null || plugin == NetworkPlugin.BYO_CNI ? podCidr() : DEFAULT_POD_CIDR;
    }

    /** Pod IP allocation in force for Azure CNI Pod Subnet; null for other plugins. */
    public PodIpAllocation effectivePodIpAllocation() {
        if (!plugin.usesPodSubnet()) {
            return null;
        }
        return podIpAllocation != null ? podIpAllocation : PodIpAllocation.DYNAMIC;
    }
}
