package dev.aksnet.dsl;

import dev.aksnet.model.CidrSyntax;
import dev.aksnet.model.LoadBalancerProfile;
import dev.aksnet.model.ManagedNatGatewayProfile;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.PodIpAllocation;
import inet.ipaddr.IPAddress;

import java.util.Objects;

/**
 * One network builder per plugin, each exposing only what its plugin accepts: overlay plugins have
 * {@code podCidr(…)}, Azure CNI Pod Subnet has {@code podIpAllocation(…)}, only plugins that run Cilium have
 * {@code dataplane(…)}. What types cannot rule out is left to the validator, which Java and YAML specs share.
 */
public final class NetworkBuilders {
    private NetworkBuilders() {
    }

    /** What every plugin accepts. */
    public abstract static class Common<B extends Common<B>> {
        private final NetworkPlugin plugin;
        java.util.List<IPAddress> podCidrs = java.util.List.of();
        java.util.List<IPAddress> serviceCidrs = java.util.List.of();
        java.util.List<dev.aksnet.model.IpFamily> ipFamilies = java.util.List.of();
        PodIpAllocation podIpAllocation;
        NetworkDataplane dataplane;
        private NetworkPolicy policy;
        private IPAddress dnsServiceIp;
        private OutboundType outbound;
        private dev.aksnet.model.BootstrapProfile bootstrap;
        private IPAddress egressNextHopIp;
        private LoadBalancerProfile loadBalancer;
        private ManagedNatGatewayProfile natGateway;
        dev.aksnet.model.AdvancedNetworking advancedNetworking;

        private final StackTraceElement site = CallSites.caller();

        Common(NetworkPlugin plugin) {
            this.plugin = plugin;
        }

        abstract B self();

        public B serviceCidr(String cidr) {
            this.serviceCidrs = java.util.List.of(CidrSyntax.parseIpv4Block(cidr));
            return self();
        }

        public B dnsServiceIp(String address) {
            this.dnsServiceIp = CidrSyntax.parseIpv4Address(address);
            return self();
        }

        public B policy(NetworkPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return self();
        }

        public B outbound(OutboundType outbound) {
            this.outbound = Objects.requireNonNull(outbound, "outbound");
            return self();
        }

        /**
         * Outbound through user-defined routing; on a network aksnet creates, the default route's next hop (a firewall
         * or virtual appliance address).
         */
        public B userDefinedRouting(String nextHopIp) {
            this.outbound = OutboundType.USER_DEFINED_ROUTING;
            this.egressNextHopIp = CidrSyntax.parseIpv4Address(nextHopIp);
            return self();
        }

        /** Outbound through the load balancer, with its outbound settings. */
        public B loadBalancer(LoadBalancerBuilder settings) {
            this.outbound = OutboundType.LOAD_BALANCER;
            this.loadBalancer = settings.build();
            return self();
        }

        /** Outbound through a NAT gateway AKS manages (AKS-managed networks only), with its public IPs and idle timeout. */
        public B managedNatGateway(int managedOutboundIps, int idleTimeoutMinutes) {
            this.outbound = OutboundType.MANAGED_NAT_GATEWAY;
            this.natGateway = new ManagedNatGatewayProfile(managedOutboundIps, idleTimeoutMinutes);
            return self();
        }

        /**
         * No egress path set up by AKS (outbound type none): a network isolated cluster, with its bootstrap artifacts
         * cached in a private registry ({@code BootstrapProfile.cache()}), or any egress of your own.
         */
        public B noOutbound(dev.aksnet.model.BootstrapProfile bootstrap) {
            this.outbound = OutboundType.NONE;
            this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
            return self();
        }

        /**
         * Advanced Container Networking Services: network observability (any data plane) and network security (FQDN
         * filtering, L7 policies: the Cilium data plane only, ACNS_SECURITY_CILIUM).
         */
        public B advancedNetworking(boolean observability, boolean security) {
            this.advancedNetworking = new dev.aksnet.model.AdvancedNetworking(observability, security);
            return self();
        }

        /** Where nodes pull AKS's artifacts from while they bootstrap. */
        public B bootstrap(dev.aksnet.model.BootstrapProfile bootstrap) {
            this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
            return self();
        }

        public Network build() {
            return CallSites.remember(new Network(plugin, null, podIpAllocation, policy, dataplane, podCidrs, serviceCidrs, dnsServiceIp,
                    outbound, egressNextHopIp, loadBalancer, natGateway, bootstrap, ipFamilies, advancedNetworking), site);
        }
    }

    /** Azure CNI Overlay: pod CIDR, any policy, either dataplane. */
    public static final class Overlay extends Common<Overlay> {
        public Overlay() {
            super(NetworkPlugin.AZURE_CNI_OVERLAY);
        }

        @Override
        Overlay self() {
            return this;
        }

        public Overlay podCidr(String cidr) {
            this.podCidrs = java.util.List.of(CidrSyntax.parseIpv4Block(cidr));
            return this;
        }

        /**
         * Dual-stack: nodes, pods and services get an IPv4 and an IPv6 address, from AKS's default pod and service ranges
         * unless {@link #podCidrs} and {@link #serviceCidrs} say otherwise. The network's subnets need IPv6 prefixes too.
         */
        public Overlay dualStack() {
            this.ipFamilies = java.util.List.of(dev.aksnet.model.IpFamily.IPV4, dev.aksnet.model.IpFamily.IPV6);
            return this;
        }

        /** A dual-stack cluster's pod CIDRs: IPv4, then IPv6. */
        public Overlay podCidrs(String ipv4Cidr, String ipv6Cidr) {
            this.podCidrs = java.util.List.of(CidrSyntax.parseIpv4Block(ipv4Cidr), CidrSyntax.parseIpv6Block(ipv6Cidr));
            return this;
        }

        /** A dual-stack cluster's service CIDRs: IPv4 (holding the DNS service IP), then IPv6 (/108 or smaller). */
        public Overlay serviceCidrs(String ipv4Cidr, String ipv6Cidr) {
            this.serviceCidrs = java.util.List.of(CidrSyntax.parseIpv4Block(ipv4Cidr), CidrSyntax.parseIpv6Block(ipv6Cidr));
            return this;
        }

        public Overlay dataplane(NetworkDataplane dataplane) {
            this.dataplane = Objects.requireNonNull(dataplane, "dataplane");
            return this;
        }
    }

    /** Azure CNI Pod Subnet: pod subnets per pool (on the pools), allocation mode, either dataplane. */
    public static final class PodSubnet extends Common<PodSubnet> {
        public PodSubnet() {
            super(NetworkPlugin.AZURE_CNI_POD_SUBNET);
        }

        @Override
        PodSubnet self() {
            return this;
        }

        public PodSubnet podIpAllocation(PodIpAllocation allocation) {
            this.podIpAllocation = Objects.requireNonNull(allocation, "allocation");
            return this;
        }

        public PodSubnet dataplane(NetworkDataplane dataplane) {
            this.dataplane = Objects.requireNonNull(dataplane, "dataplane");
            return this;
        }
    }

    /** Azure CNI Node Subnet (legacy): pods take addresses from the node subnet; no pod CIDR, no Cilium. */
    public static final class NodeSubnet extends Common<NodeSubnet> {
        public NodeSubnet() {
            super(NetworkPlugin.AZURE_CNI_NODE_SUBNET);
        }

        @Override
        NodeSubnet self() {
            return this;
        }
    }

    /**
     * Bring your own CNI (plugin none): AKS installs no pod networking; the pod CIDR, which AKS's control plane routes to,
     * is required (BYO_CNI_POD_CIDR). No policy engine or data plane of AKS's (BYO_CNI_POLICY), no Windows pools.
     */
    public static final class ByoCni extends Common<ByoCni> {
        public ByoCni() {
            super(NetworkPlugin.BYO_CNI);
        }

        @Override
        ByoCni self() {
            return this;
        }

        public ByoCni podCidr(String cidr) {
            this.podCidrs = java.util.List.of(CidrSyntax.parseIpv4Block(cidr));
            return this;
        }
    }

    /** Kubenet (legacy): pod CIDR; no Cilium. */
    public static final class Kubenet extends Common<Kubenet> {
        public Kubenet() {
            super(NetworkPlugin.KUBENET);
        }

        @Override
        Kubenet self() {
            return this;
        }

        public Kubenet podCidr(String cidr) {
            this.podCidrs = java.util.List.of(CidrSyntax.parseIpv4Block(cidr));
            return this;
        }
    }
}
