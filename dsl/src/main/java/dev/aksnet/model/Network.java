package dev.aksnet.model;

import dev.aksnet.dsl.NetworkBuilders;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

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
 * @param podCidr         the pod CIDR of overlay plugins, or null
 * @param serviceCidr     the service CIDR, or null (AKS default)
 * @param dnsServiceIp    the cluster DNS service address, or null (AKS default)
 * @param outbound        the outbound type, or null (load balancer)
 * @param egressNextHopIp with userDefinedRouting on a network aksnet creates: where the default route sends egress
 *                        (a firewall or virtual appliance), or null
 * @param loadBalancer    the load balancer's outbound settings, or null (AKS's defaults)
 * @param natGateway      the managed NAT gateway's settings (managedNatGateway), or null (AKS's defaults)
 * @param bootstrap       where nodes pull AKS's artifacts from, or null (Azure's default: directly)
 */
public record Network(
        NetworkPlugin plugin, NetworkModel model, PodIpAllocation podIpAllocation, NetworkPolicy policy,
        NetworkDataplane dataplane, IPAddress podCidr, IPAddress serviceCidr, IPAddress dnsServiceIp,
        OutboundType outbound, IPAddress egressNextHopIp, LoadBalancerProfile loadBalancer, ManagedNatGatewayProfile natGateway,
        BootstrapProfile bootstrap) {
    public Network(NetworkPlugin plugin, NetworkModel model, PodIpAllocation podIpAllocation, NetworkPolicy policy,
                   NetworkDataplane dataplane, IPAddress podCidr, IPAddress serviceCidr, IPAddress dnsServiceIp,
                   OutboundType outbound, IPAddress egressNextHopIp) {
        this(plugin, model, podIpAllocation, policy, dataplane, podCidr, serviceCidr, dnsServiceIp, outbound, egressNextHopIp, null, null, null);
    }


    /** AKS's service CIDR when none is given. */
    public static final IPAddress DEFAULT_SERVICE_CIDR = new IPAddressString("10.0.0.0/16").getAddress();
    /** AKS's DNS service IP when none is given. */
    public static final IPAddress DEFAULT_DNS_SERVICE_IP = new IPAddressString("10.0.0.10").getAddress();
    /** AKS's pod CIDR for overlay plugins when none is given. */
    public static final IPAddress DEFAULT_POD_CIDR = new IPAddressString("10.244.0.0/16").getAddress();

    public Network {
        Objects.requireNonNull(plugin, "plugin");
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
        return serviceCidr != null ? serviceCidr : DEFAULT_SERVICE_CIDR;
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
        return podCidr != null ? podCidr : DEFAULT_POD_CIDR;
    }

    /** Pod IP allocation in force for Azure CNI Pod Subnet; null for other plugins. */
    public PodIpAllocation effectivePodIpAllocation() {
        if (!plugin.usesPodSubnet()) {
            return null;
        }
        return podIpAllocation != null ? podIpAllocation : PodIpAllocation.DYNAMIC;
    }
}
