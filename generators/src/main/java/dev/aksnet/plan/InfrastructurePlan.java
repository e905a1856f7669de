package dev.aksnet.plan;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Delegation;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.PoolMode;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.SubnetRef;
import dev.aksnet.model.VirtualNetwork;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a valid deployment needs in Azure, whatever the target language: which networks are created or referenced,
 * what each created subnet carries (delegation, route table, NAT gateway), which subnet each pool lands on, which
 * clusters need a user-assigned identity, and what that identity must be granted. Both generators build their view
 * models from this, so the two targets cannot disagree.
 */
public record InfrastructurePlan(Deployment deployment, List<PlannedNetwork> networks, List<PlannedCluster> clusters,
                                 Map<PlannedSubnet, SubnetEgress> egress, Set<PlannedSubnet> delegated,
                                 Map<PlannedSubnet, PlannedSubnet> sharedRouteTables) {

    /** A network, created or referenced, and the resource group holding it. */
    public record PlannedNetwork(VirtualNetwork vnet, String resourceGroup, boolean created) {
        /** Whether the network lives in another resource group than the deployment's. */
        public boolean inOtherResourceGroup(Deployment d) {
            return !resourceGroup.equalsIgnoreCase(d.resourceGroup());
        }
    }

    /** A subnet with its network. */
    public record PlannedSubnet(PlannedNetwork network, Subnet subnet) {
        /** {@code vnet-subnet}, the stem of names aksnet gives to what it attaches to the subnet. */
        public String stem() {
            return network.vnet().name() + "-" + subnet.name();
        }
    }

    /**
     * What a created subnet needs for its clusters' egress: a route table (kubenet writes its pod routes there;
     * userDefinedRouting adds the default route to {@code defaultRouteNextHop}), and/or a NAT gateway.
     */
    public record SubnetEgress(boolean routeTable, Optional<IPAddress> defaultRouteNextHop, boolean natGateway) {
        SubnetEgress merge(SubnetEgress other) {
            return new SubnetEgress(routeTable || other.routeTable,
                    defaultRouteNextHop.isPresent() ? defaultRouteNextHop : other.defaultRouteNextHop, natGateway || other.natGateway);
        }
    }

    /** A pool with the subnets it lands on (empty on an AKS-managed network). */
    public record PlannedPool(NodePool pool, Optional<PlannedSubnet> subnet, Optional<PlannedSubnet> podSubnet) {
    }

    /**
     * A cluster. Clusters on their own subnets get a user-assigned identity, granted Network Contributor on those
     * subnets (and on the route tables aksnet creates for them) before the cluster is created, so the first deployment
     * succeeds; clusters on AKS-managed networks use a system-assigned identity.
     */
    public record PlannedCluster(Cluster cluster, PlannedPool systemPool, List<PlannedPool> otherPools,
                                 List<PlannedSubnet> subnetsToJoin, List<PlannedSubnet> routeTablesToWrite, List<PlannedSubnet> natGatewaysUsed,
                                 Optional<PlannedSubnet> ingressSubnet) {
        /** Application Gateway for Containers: a traffic controller, its frontend, and its association with the subnet. */
        public boolean trafficController() {
            return cluster.ingressIfAny().filter(Ingress::isApplicationGatewayForContainers).isPresent();
        }

        /** The Application Gateway ingress controller add-on. */
        public boolean ingressControllerAddon() {
            return cluster.ingressIfAny().filter(Ingress::isIngressController).isPresent();
        }

        /** The add-on creates a new gateway in a subnet of the spec: its identity must be able to join that subnet. */
        public Optional<PlannedSubnet> addonGatewaySubnet() {
            return ingressControllerAddon() ? ingressSubnet : Optional.empty();
        }

        /** Own subnets, or a private DNS zone of your own, need an identity that can be granted rights before creation. */
        public boolean userAssignedIdentity() {
            return !subnetsToJoin.isEmpty() || cluster.customPrivateDnsZone();
        }

        public List<PlannedPool> allPools() {
            List<PlannedPool> all = new ArrayList<>();
            all.add(systemPool);
            all.addAll(otherPools);
            return all;
        }
    }

    /** Plans a deployment that passed validation (references resolve, every cluster has a system pool). */
    public static InfrastructurePlan of(Deployment d) {
        List<PlannedNetwork> networks = d.virtualNetworks().stream()
                .map(v -> new PlannedNetwork(v, v.resourceGroupOverride().orElse(d.resourceGroup()), !v.existing()))
                .toList();
        List<PlannedCluster> clusters = new ArrayList<>();
        Map<PlannedSubnet, SubnetEgress> egress = new LinkedHashMap<>();
        Set<PlannedSubnet> delegated = new LinkedHashSet<>();
        Map<PlannedSubnet, PlannedSubnet> sharedRouteTables = new LinkedHashMap<>();
        for (PlannedNetwork n : networks) {
            n.vnet().subnets().stream().filter(s -> s.delegation() != null).forEach(s -> delegated.add(new PlannedSubnet(n, s)));
        }
        for (Cluster c : d.clusters()) {
            List<PlannedPool> pools = c.nodePools().stream()
                    .map(p -> new PlannedPool(p, resolve(networks, p.subnet()), resolve(networks, p.podSubnet())))
                    .toList();
            // The first system pool becomes the cluster's default pool; AKS creates the cluster with it.
            PlannedPool system = pools.stream().filter(p -> p.pool().mode() == PoolMode.SYSTEM).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("cluster " + c.name() + " has no system pool; validate first"));
            List<PlannedPool> others = pools.stream().filter(p -> p != system).toList();
            Set<PlannedSubnet> join = new LinkedHashSet<>();
            Set<PlannedSubnet> egressSubnets = new LinkedHashSet<>();
            for (PlannedPool p : pools) {
                p.subnet().ifPresent(join::add);
                p.podSubnet().ifPresent(join::add);
                p.subnet().ifPresent(egressSubnets::add);
                // Pods of a flat pod subnet leave the network with their own addresses: their subnet needs the egress too.
                p.podSubnet().ifPresent(egressSubnets::add);
                // A pod subnet aksnet creates is delegated to AKS whether or not the spec says so (POD_SUBNET_NOT_DELEGATED).
                p.podSubnet().filter(s -> s.network().created()).ifPresent(delegated::add);
            }
            Optional<PlannedSubnet> ingressSubnet = resolve(networks, c.ingressIfAny().map(Ingress::subnet).orElse(null));
            // AKS creates the add-on's gateway with the cluster identity, which must be able to join the gateway's subnet.
            c.ingressIfAny().filter(Ingress::isIngressController).flatMap(i -> ingressSubnet).ifPresent(join::add);
            SubnetEgress needs = egressOf(c);
            List<PlannedSubnet> routeTables = new ArrayList<>();
            List<PlannedSubnet> natGateways = new ArrayList<>();
            // AKS writes a kubenet cluster's pod routes into one route table: every node subnet of the cluster shares it.
            boolean kubenet = c.network().plugin() == NetworkPlugin.KUBENET;
            for (PlannedSubnet s : egressSubnets) {
                if (s.network().created() && (needs.routeTable() || needs.natGateway())) {
                    if (kubenet && !routeTables.isEmpty()) {
                        sharedRouteTables.put(s, routeTables.get(0));
                        if (needs.natGateway()) {
                            egress.merge(s, new SubnetEgress(false, Optional.empty(), true), SubnetEgress::merge);
                        }
                    } else {
                        egress.merge(s, needs, SubnetEgress::merge);
                        if (needs.routeTable()) {
                            routeTables.add(s);
                        }
                    }
                    if (needs.natGateway()) {
                        natGateways.add(s);
                    }
                }
            }
            // The add-on's gateway, too, reaches kubenet pods only through that route table.
            if (kubenet && !routeTables.isEmpty()) {
                c.ingressIfAny().filter(Ingress::isIngressController).flatMap(i -> ingressSubnet)
                        .filter(s -> s.network().created())
                        .ifPresent(s -> sharedRouteTables.put(s, routeTables.get(0)));
            }
            clusters.add(new PlannedCluster(c, system, others, List.copyOf(join), routeTables, natGateways, ingressSubnet));
        }
        return new InfrastructurePlan(d, networks, clusters, egress, delegated, sharedRouteTables);
    }

    private static SubnetEgress egressOf(Cluster c) {
        boolean kubenet = c.network().plugin() == NetworkPlugin.KUBENET;
        boolean udr = c.network().effectiveOutbound() == OutboundType.USER_DEFINED_ROUTING;
        boolean nat = c.network().effectiveOutbound() == OutboundType.USER_ASSIGNED_NAT_GATEWAY;
        return new SubnetEgress(kubenet || udr, udr ? Optional.ofNullable(c.network().egressNextHopIp()) : Optional.empty(), nat);
    }

    public boolean hasWindowsPools() {
        return deployment.clusters().stream().anyMatch(Cluster::hasWindowsPools);
    }

    /** The delegation aksnet writes on a created subnet: the declared one; a pod subnet's is AKS's even when undeclared. */
    public Optional<Delegation> delegationOf(PlannedSubnet subnet) {
        return delegated.contains(subnet) ? Optional.of(subnet.subnet().delegationIfAny().orElse(Delegation.AKS)) : Optional.empty();
    }

    /** The subnet whose route table a created subnet shares (a kubenet cluster's gateway subnet), if any. */
    public Optional<PlannedSubnet> routeTableOwner(PlannedSubnet subnet) {
        return Optional.ofNullable(sharedRouteTables.get(subnet));
    }

    /** What aksnet attaches to a created subnet for egress, if anything. */
    public Optional<SubnetEgress> egressOf(PlannedSubnet subnet) {
        return Optional.ofNullable(egress.get(subnet));
    }

    /** Subnets used by any pool or ingress, in network and subnet order (the ones an existing network must be read for). */
    public List<PlannedSubnet> usedSubnets(PlannedNetwork network) {
        Set<PlannedSubnet> used = new LinkedHashSet<>();
        clusters.forEach(c -> {
            used.addAll(c.subnetsToJoin());
            c.ingressSubnet().ifPresent(used::add);
        });
        return network.vnet().subnets().stream().map(s -> new PlannedSubnet(network, s)).filter(used::contains).toList();
    }

    private static Optional<PlannedSubnet> resolve(List<PlannedNetwork> networks, SubnetRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        for (PlannedNetwork n : networks) {
            if (ref.network() != null && !n.vnet().name().equalsIgnoreCase(ref.network())) {
                continue;
            }
            Optional<Subnet> s = n.vnet().subnet(ref.subnet());
            if (s.isPresent()) {
                return Optional.of(new PlannedSubnet(n, s.get()));
            }
        }
        throw new IllegalArgumentException("subnet " + ref + " does not resolve; validate first");
    }
}
