package dev.aksnet.resolve;

import dev.aksnet.resolve.ResolvedSpec;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.Network;
import dev.aksnet.model.PodIpAllocation;
import inet.ipaddr.IPAddress;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cluster's choices as sealed types, AKS's defaults applied: what rules, capacity planning and generation switch on.
 * Each has a {@code match} taking one function per case, so that a new case (a CNI option, a DNS zone kind) stops the
 * build at every place that must handle it (Java 17 has no exhaustive switch over sealed types).
 */
public final class Choices {
    private Choices() {
    }

    /** The CNI plugin, with what only it carries. */
    public sealed interface Plugin {
        <R> R match(Function<Overlay, R> overlay, Function<PodSubnet, R> podSubnet, Function<NodeSubnet, R> nodeSubnet,
                    Function<Kubenet, R> kubenet, Function<ByoCni, R> byoCni);

        /** Azure CNI Overlay: pods from a private CIDR of their own. */
        record Overlay(IPAddress podCidr) implements Plugin {
            public <R> R match(Function<Overlay, R> overlay, Function<PodSubnet, R> podSubnet, Function<NodeSubnet, R> nodeSubnet,
                               Function<Kubenet, R> kubenet, Function<ByoCni, R> byoCni) {
                return overlay.apply(this);
            }
        }

        /** Azure CNI Pod Subnet: pods from a subnet, allocated dynamically or in static blocks. */
        record PodSubnet(PodIpAllocation allocation) implements Plugin {
            public <R> R match(Function<Overlay, R> overlay, Function<PodSubnet, R> podSubnet, Function<NodeSubnet, R> nodeSubnet,
                               Function<Kubenet, R> kubenet, Function<ByoCni, R> byoCni) {
                return podSubnet.apply(this);
            }
        }

        /** Azure CNI Node Subnet: pods from the node subnet. */
        record NodeSubnet() implements Plugin {
            public <R> R match(Function<Overlay, R> overlay, Function<PodSubnet, R> podSubnet, Function<NodeSubnet, R> nodeSubnet,
                               Function<Kubenet, R> kubenet, Function<ByoCni, R> byoCni) {
                return nodeSubnet.apply(this);
            }
        }

        /** Kubenet: pods from a private CIDR, routed through a route table AKS writes. */
        record Kubenet(IPAddress podCidr) implements Plugin {
            public <R> R match(Function<Overlay, R> overlay, Function<PodSubnet, R> podSubnet, Function<NodeSubnet, R> nodeSubnet,
                               Function<Kubenet, R> kubenet, Function<ByoCni, R> byoCni) {
                return kubenet.apply(this);
            }
        }

        /** A CNI of the user's (plugin none): AKS installs no pod networking; the pod CIDR routes control plane traffic. */
        record ByoCni(Optional<IPAddress> podCidr) implements Plugin {
            public <R> R match(Function<Overlay, R> overlay, Function<PodSubnet, R> podSubnet, Function<NodeSubnet, R> nodeSubnet,
                               Function<Kubenet, R> kubenet, Function<ByoCni, R> byoCni) {
                return byoCni.apply(this);
            }
        }

        static Plugin of(Network n) {
            return switch (n.plugin()) {
                case AZURE_CNI_OVERLAY -> new Overlay(n.effectivePodCidr());
                case AZURE_CNI_POD_SUBNET -> new PodSubnet(n.effectivePodIpAllocation());
                case AZURE_CNI_NODE_SUBNET -> new NodeSubnet();
                case KUBENET -> new Kubenet(n.effectivePodCidr());
                case BYO_CNI -> new ByoCni(Optional.ofNullable(n.effectivePodCidr()));
            };
        }
    }

    /** A private cluster's DNS zone. */
    public sealed interface PrivateDnsZone {
        <R> R match(Function<SystemZone, R> system, Function<NoZone, R> none, Function<ZoneId, R> zoneId, Function<SpecZone, R> specZone);

        /** AKS creates and manages the zone. */
        record SystemZone() implements PrivateDnsZone {
            public <R> R match(Function<SystemZone, R> system, Function<NoZone, R> none, Function<ZoneId, R> zoneId,
                               Function<SpecZone, R> specZone) {
                return system.apply(this);
            }
        }

        /** No private zone: the API server resolves through a public FQDN. */
        record NoZone() implements PrivateDnsZone {
            public <R> R match(Function<SystemZone, R> system, Function<NoZone, R> none, Function<ZoneId, R> zoneId,
                               Function<SpecZone, R> specZone) {
                return none.apply(this);
            }
        }

        /**
         * A zone of the user's, by resource id; its parts when the id has the form of a private DNS zone's, with a
         * subscription GUID (PRIVATE_DNS_ZONE_INVALID refuses any other).
         */
        record ZoneId(String id, Optional<Parts> parts) implements PrivateDnsZone {
            public <R> R match(Function<SystemZone, R> system, Function<NoZone, R> none, Function<ZoneId, R> zoneId,
                               Function<SpecZone, R> specZone) {
                return zoneId.apply(this);
            }
        }

        /** A zone aksnet creates, declared under privateDnsZones and named by the cluster. */
        record SpecZone(dev.aksnet.model.PrivateDnsZone zone) implements PrivateDnsZone {
            public <R> R match(Function<SystemZone, R> system, Function<NoZone, R> none, Function<ZoneId, R> zoneId,
                               Function<SpecZone, R> specZone) {
                return specZone.apply(this);
            }
        }

        /** The parts of a private DNS zone's resource id. */
        record Parts(String subscriptionId, String resourceGroup, String zoneName) {
        }

        Pattern ZONE_ID = Pattern.compile(
                "/subscriptions/([0-9a-fA-F-]{36})/resourceGroups/([^/]+)/providers/Microsoft\\.Network/privateDnsZones/([^/]+)",
                Pattern.CASE_INSENSITIVE);

        /** The zone in force for a private cluster; empty for a public one. */
        static Optional<PrivateDnsZone> of(Cluster c, dev.aksnet.model.Deployment d) {
            String zone = c.effectivePrivateDnsZone();
            if (zone == null) {
                return Optional.empty();
            }
            if (zone.equals(Cluster.PRIVATE_DNS_ZONE_SYSTEM)) {
                return Optional.of(new SystemZone());
            }
            if (zone.equals(Cluster.PRIVATE_DNS_ZONE_NONE)) {
                return Optional.of(new NoZone());
            }
            Optional<dev.aksnet.model.PrivateDnsZone> own = d.privateDnsZone(zone);
            if (own.isPresent()) {
                return Optional.of(new SpecZone(own.get()));
            }
            Matcher m = ZONE_ID.matcher(zone);
            return Optional.of(new ZoneId(zone, m.matches() ? Optional.of(new Parts(m.group(1), m.group(2), m.group(3))) : Optional.empty()));
        }
    }

    /** How cluster egress leaves the network, with what only it carries. */
    public sealed interface Outbound {
        <R> R match(Function<LoadBalancer, R> loadBalancer, Function<ManagedNatGateway, R> managedNat,
                    Function<UserAssignedNatGateway, R> userNat, Function<UserDefinedRouting, R> udr,
                    Function<NoOutbound, R> none);

        /** The load balancer, with its outbound settings in force (AKS's defaults where the spec says nothing). */
        record LoadBalancer(dev.aksnet.model.LoadBalancerProfile profile) implements Outbound {
            public <R> R match(Function<LoadBalancer, R> loadBalancer, Function<ManagedNatGateway, R> managedNat,
                               Function<UserAssignedNatGateway, R> userNat, Function<UserDefinedRouting, R> udr,
                               Function<NoOutbound, R> none) {
                return loadBalancer.apply(this);
            }
        }

        /** The NAT gateway AKS manages, with its settings (fields left null take AKS's defaults). */
        record ManagedNatGateway(dev.aksnet.model.ManagedNatGatewayProfile profile) implements Outbound {
            public <R> R match(Function<LoadBalancer, R> loadBalancer, Function<ManagedNatGateway, R> managedNat,
                               Function<UserAssignedNatGateway, R> userNat, Function<UserDefinedRouting, R> udr,
                               Function<NoOutbound, R> none) {
                return managedNat.apply(this);
            }
        }

        /** A NAT gateway on the node subnets (aksnet creates one per created subnet). */
        record UserAssignedNatGateway() implements Outbound {
            public <R> R match(Function<LoadBalancer, R> loadBalancer, Function<ManagedNatGateway, R> managedNat,
                               Function<UserAssignedNatGateway, R> userNat, Function<UserDefinedRouting, R> udr,
                               Function<NoOutbound, R> none) {
                return userNat.apply(this);
            }
        }

        /** Egress through a route table; on a network aksnet creates, the default route's next hop. */
        record UserDefinedRouting(Optional<IPAddress> nextHop) implements Outbound {
            public <R> R match(Function<LoadBalancer, R> loadBalancer, Function<ManagedNatGateway, R> managedNat,
                               Function<UserAssignedNatGateway, R> userNat, Function<UserDefinedRouting, R> udr,
                               Function<NoOutbound, R> none) {
                return udr.apply(this);
            }
        }

        /** Outbound type none: AKS sets up no egress path (the bootstrap profile, required with it, is the network's). */
        record NoOutbound() implements Outbound {
            public <R> R match(Function<LoadBalancer, R> loadBalancer, Function<ManagedNatGateway, R> managedNat,
                               Function<UserAssignedNatGateway, R> userNat, Function<UserDefinedRouting, R> udr,
                               Function<NoOutbound, R> none) {
                return none.apply(this);
            }
        }

        static Outbound of(Network n) {
            return switch (n.effectiveOutbound()) {
                case LOAD_BALANCER -> new LoadBalancer(n.effectiveLoadBalancer());
                case MANAGED_NAT_GATEWAY -> new ManagedNatGateway(n.natGateway() != null ? n.natGateway()
                        : dev.aksnet.model.ManagedNatGatewayProfile.DEFAULTS);
                case USER_ASSIGNED_NAT_GATEWAY -> new UserAssignedNatGateway();
                case USER_DEFINED_ROUTING -> new UserDefinedRouting(Optional.ofNullable(n.egressNextHopIp()));
                case NONE -> new NoOutbound();
            };
        }
    }

    /** Where a cluster's Azure-managed ingress comes from; subnets resolved. */
    public sealed interface IngressSource {
        <R> R match(Function<ContainersInSubnet, R> containers, Function<ControllerInSubnet, R> inSubnet,
                    Function<ControllerNewSubnet, R> newSubnet, Function<ControllerExistingGateway, R> existing);

        /** Application Gateway for Containers, associated with a subnet of the spec (empty when it does not resolve). */
        record ContainersInSubnet(Optional<ResolvedSpec.SubnetAt> subnet) implements IngressSource {
            public <R> R match(Function<ContainersInSubnet, R> containers, Function<ControllerInSubnet, R> inSubnet,
                               Function<ControllerNewSubnet, R> newSubnet, Function<ControllerExistingGateway, R> existing) {
                return containers.apply(this);
            }
        }

        /** The ingress controller add-on with a new gateway in a subnet of the spec (empty when it does not resolve). */
        record ControllerInSubnet(Optional<ResolvedSpec.SubnetAt> subnet) implements IngressSource {
            public <R> R match(Function<ContainersInSubnet, R> containers, Function<ControllerInSubnet, R> inSubnet,
                               Function<ControllerNewSubnet, R> newSubnet, Function<ControllerExistingGateway, R> existing) {
                return inSubnet.apply(this);
            }
        }

        /** The add-on with a new gateway in a new subnet AKS creates with this range. */
        record ControllerNewSubnet(IPAddress cidr) implements IngressSource {
            public <R> R match(Function<ContainersInSubnet, R> containers, Function<ControllerInSubnet, R> inSubnet,
                               Function<ControllerNewSubnet, R> newSubnet, Function<ControllerExistingGateway, R> existing) {
                return newSubnet.apply(this);
            }
        }

        /** The add-on driving an existing application gateway. */
        record ControllerExistingGateway(String gatewayId) implements IngressSource {
            public <R> R match(Function<ContainersInSubnet, R> containers, Function<ControllerInSubnet, R> inSubnet,
                               Function<ControllerNewSubnet, R> newSubnet, Function<ControllerExistingGateway, R> existing) {
                return existing.apply(this);
            }
        }

        /**
         * The source as resolved; empty without ingress. What the user wrote may combine fields that do not belong
         * together (INGRESS_GATEWAY_SOURCE reports it): a subnet wins, then a range, then a gateway.
         */
        static Optional<IngressSource> of(Ingress i, Optional<ResolvedSpec.SubnetAt> subnet) {
            if (i == null) {
                return Optional.empty();
            }
            if (i.isApplicationGatewayForContainers()) {
                return Optional.of(new ContainersInSubnet(subnet));
            }
            if (i.subnet() != null) {
                return Optional.of(new ControllerInSubnet(subnet));
            }
            return Optional.of(i.subnetCidr() != null ? new ControllerNewSubnet(i.subnetCidr()) : new ControllerExistingGateway(i.gatewayId()));
        }
    }
}
