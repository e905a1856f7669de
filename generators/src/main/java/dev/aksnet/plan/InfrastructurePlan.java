package dev.aksnet.plan;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Delegation;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.PoolMode;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.SubnetRef;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.resolve.Choices;
import dev.aksnet.resolve.ResolvedSpec;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.resolve.ResolvedSpec.VnetAt;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a valid deployment needs in Azure, whatever the target language: which networks are created or referenced,
 * what each created subnet carries (delegation, route table, NAT gateway), which subnet each pool lands on, which
 * clusters need a user-assigned identity, and what that identity must be granted. Both generators build their view
 * models from this, so the two targets cannot disagree.
 */
public record InfrastructurePlan(Deployment deployment, List<PlannedNetwork> networks, List<PlannedCluster> clusters,
                                 Map<PlannedSubnet, SubnetEgress> egress, Set<PlannedSubnet> delegated,
                                 Map<PlannedSubnet, PlannedSubnet> sharedRouteTables, List<PlannedPeering> peerings) {

    /** A peering as declared on {@code local}, with its remote network resolved. */
    public record PlannedPeering(PlannedNetwork local, PlannedNetwork remote, dev.aksnet.model.Peering declared) {
    }

    /** A network, created or referenced, and the resource group holding it. */
    public record PlannedNetwork(VirtualNetwork vnet, String resourceGroup, boolean created) {
        /** Whether the network lives in another resource group than the deployment's, or in another subscription. */
        public boolean inOtherResourceGroup(Deployment d) {
            return vnet.subscriptionId() != null || !resourceGroup.equalsIgnoreCase(d.resourceGroup());
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
     * subnets (and on the route tables kubenet writes into) before the cluster is created, so the first deployment
     * succeeds; clusters on AKS-managed networks use a system-assigned identity.
     *
     * @param routeTablesToWrite     the subnets whose route table aksnet adds for the cluster's egress (kubenet writes its
     *                               routes there, userDefinedRouting's default route is there)
     * @param specRouteTablesToWrite route tables of the spec that serve the same on the cluster's created subnets; the
     *                               cluster identity gets Network Contributor on these as on aksnet's own
     */
    public record PlannedCluster(Cluster cluster, ClusterAt resolved, PlannedPool systemPool, List<PlannedPool> otherPools,
                                 List<PlannedSubnet> subnetsToJoin, List<PlannedSubnet> routeTablesToWrite, List<PlannedSubnet> natGatewaysUsed,
                                 Optional<PlannedSubnet> ingressSubnet, Optional<PlannedSubnet> apiServerSubnet,
                                 List<dev.aksnet.model.RouteTable> specRouteTablesToWrite) {
        /** Application Gateway for Containers: a traffic controller, its frontend, and its association with the subnet. */
        public boolean trafficController() {
            return resolved.ingress().filter(i -> i instanceof Choices.IngressSource.ContainersInSubnet).isPresent();
        }

        /** The Application Gateway ingress controller add-on. */
        public boolean ingressControllerAddon() {
            return resolved.ingress().filter(i -> !(i instanceof Choices.IngressSource.ContainersInSubnet)).isPresent();
        }

        /** The add-on creates a new gateway in a subnet of the spec: its identity must be able to join that subnet. */
        public Optional<PlannedSubnet> addonGatewaySubnet() {
            return ingressControllerAddon() ? ingressSubnet : Optional.empty();
        }

        /**
         * Own subnets, a private DNS zone of your own, or public IPs of your own (outbound or for nodes) need an identity
         * that can be granted rights before creation.
         */
        public boolean userAssignedIdentity() {
            // Identities of the user's: a control-plane one is used as such, and a kubelet one needs a user-assigned control
            // plane to hold Managed Identity Operator on it (ID).
            return cluster.identitiesIfAny().filter(i -> i.controlPlane() != null || i.kubelet() != null).isPresent()
                    || !subnetsToJoin.isEmpty() || resolved.privateDnsZone().filter(z -> z instanceof Choices.PrivateDnsZone.ZoneId
                    || z instanceof Choices.PrivateDnsZone.SpecZone).isPresent()
                    || !ownPublicAddresses().isEmpty();
        }

        /**
         * The user's public IPs and prefixes the cluster uses, by id and type, in spec order without repeats: the load
         * balancer's outbound IPs and prefixes, then the pools' node public IP prefixes. AKS joins them with the cluster
         * identity, which must be granted Network Contributor on each.
         */
        public List<Map.Entry<AzureType, String>> ownPublicAddresses() {
            Map<String, AzureType> ids = new LinkedHashMap<>();
            if (resolved.outbound() instanceof Choices.Outbound.LoadBalancer lb) {
                lb.profile().outboundIpIds().forEach(id -> ids.putIfAbsent(id, AzureType.PUBLIC_IP_ADDRESS));
                lb.profile().outboundIpPrefixIds().forEach(id -> ids.putIfAbsent(id, AzureType.PUBLIC_IP_PREFIX));
            }
            allPools().forEach(p -> Optional.ofNullable(p.pool().nodePublicIpPrefixId()).filter(id -> p.pool().nodePublicIp())
                    .ifPresent(id -> ids.putIfAbsent(id, AzureType.PUBLIC_IP_PREFIX)));
            return ids.entrySet().stream().map(e -> Map.entry(e.getValue(), e.getKey())).toList();
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
        return of(ResolvedSpec.of(d));
    }

    /** Plans a resolved deployment that passed validation. */
    public static InfrastructurePlan of(ResolvedSpec resolved) {
        Deployment d = resolved.deployment();
        Map<VnetAt, PlannedNetwork> byVnet = new IdentityHashMap<>();
        List<PlannedNetwork> networks = new ArrayList<>();
        for (VnetAt v : resolved.vnets()) {
            PlannedNetwork n = new PlannedNetwork(v.vnet(), v.resourceGroup(), v.created());
            byVnet.put(v, n);
            networks.add(n);
        }
        Function<Optional<SubnetAt>, Optional<PlannedSubnet>> planned = s -> s.map(at -> new PlannedSubnet(byVnet.get(at.vnet()), at.subnet()));
        List<PlannedCluster> clusters = new ArrayList<>();
        Map<PlannedSubnet, SubnetEgress> egress = new LinkedHashMap<>();
        Set<PlannedSubnet> delegated = new LinkedHashSet<>();
        Map<PlannedSubnet, PlannedSubnet> sharedRouteTables = new LinkedHashMap<>();
        for (PlannedNetwork n : networks) {
            n.vnet().subnets().stream().filter(s -> s.delegation() != null).forEach(s -> delegated.add(new PlannedSubnet(n, s)));
        }
        for (ClusterAt cAt : resolved.clusters()) {
            Cluster c = cAt.cluster();
            List<PlannedPool> pools = resolved.pools(cAt).stream()
                    .map(p -> new PlannedPool(p.pool(), required(planned.apply(p.subnet()), p.pool().subnet()),
                            required(planned.apply(p.podSubnet()), p.pool().podSubnet())))
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
            Optional<PlannedSubnet> ingressSubnet = required(planned.apply(resolved.ingressSubnet(cAt)),
                    c.ingressIfAny().map(Ingress::subnet).orElse(null));
            boolean ingressController = cAt.ingress().filter(i -> i instanceof Choices.IngressSource.ControllerInSubnet).isPresent();
            // AKS creates the add-on's gateway with the cluster identity, which must be able to join the gateway's subnet.
            if (ingressController) {
                ingressSubnet.ifPresent(join::add);
            }
            // The API server is projected into its subnet with the cluster identity too (VNI: "Lack of permissions at the API
            // server subnet can cause a provisioning failure").
            Optional<PlannedSubnet> apiServerSubnet = required(planned.apply(resolved.apiServerSubnet(cAt)),
                    c.apiServerIfAny().map(dev.aksnet.model.ApiServer::vnetIntegrationSubnet).orElse(null));
            apiServerSubnet.ifPresent(join::add);
            SubnetEgress clusterNeeds = egressOf(cAt);
            List<PlannedSubnet> routeTables = new ArrayList<>();
            Set<dev.aksnet.model.RouteTable> specRouteTables = new LinkedHashSet<>();
            List<PlannedSubnet> natGateways = new ArrayList<>();
            // AKS writes a kubenet cluster's pod routes into one route table: every node subnet of the cluster shares it.
            boolean kubenet = cAt.plugin() instanceof Choices.Plugin.Kubenet;
            for (PlannedSubnet s : egressSubnets) {
                // A subnet that names a NAT gateway or a route table of the spec egresses through it: aksnet adds none
                // of its own there (the spec's table carries the default route; kubenet writes its routes into it).
                Optional<dev.aksnet.model.RouteTable> specTable = Optional.ofNullable(s.subnet().routeTable()).flatMap(d::routeTable);
                SubnetEgress needs = new SubnetEgress(clusterNeeds.routeTable() && specTable.isEmpty(),
                        specTable.isEmpty() ? clusterNeeds.defaultRouteNextHop() : Optional.empty(),
                        clusterNeeds.natGateway() && s.subnet().natGateway() == null);
                if (clusterNeeds.routeTable() && s.network().created()) {
                    specTable.ifPresent(specRouteTables::add);
                }
                if (s.network().created() && (needs.routeTable() || needs.natGateway())) {
                    if (kubenet && needs.routeTable() && !routeTables.isEmpty()) {
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
            if (kubenet && !routeTables.isEmpty() && ingressController) {
                ingressSubnet.filter(s -> s.network().created()).ifPresent(s -> sharedRouteTables.put(s, routeTables.get(0)));
            }
            clusters.add(new PlannedCluster(c, cAt, system, others, List.copyOf(join), routeTables, natGateways, ingressSubnet, apiServerSubnet,
                    List.copyOf(specRouteTables)));
        }
        List<PlannedPeering> peerings = new ArrayList<>();
        for (ResolvedSpec.PeeringAt p : resolved.peerings()) {
            VnetAt remote = p.remote().orElseThrow(() -> new IllegalArgumentException("peering remote " + p.peering().remote()
                    + " does not resolve; validate first"));
            peerings.add(new PlannedPeering(byVnet.get(p.local()), byVnet.get(remote), p.peering()));
        }
        return new InfrastructurePlan(d, networks, clusters, egress, delegated, sharedRouteTables, List.copyOf(peerings));
    }

    /** A reference the spec makes must have resolved: validation refuses the spec otherwise. */
    private static Optional<PlannedSubnet> required(Optional<PlannedSubnet> subnet, SubnetRef ref) {
        if (ref != null && subnet.isEmpty()) {
            throw new IllegalArgumentException("subnet " + ref + " does not resolve; validate first");
        }
        return subnet;
    }

    private static SubnetEgress egressOf(ClusterAt c) {
        boolean kubenet = c.plugin() instanceof Choices.Plugin.Kubenet;
        Optional<IPAddress> nextHop = c.outbound() instanceof Choices.Outbound.UserDefinedRouting udr ? udr.nextHop() : Optional.empty();
        boolean udr = c.outbound() instanceof Choices.Outbound.UserDefinedRouting;
        boolean nat = c.outbound() instanceof Choices.Outbound.UserAssignedNatGateway;
        return new SubnetEgress(kubenet || udr, nextHop, nat);
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

    /**
     * Subnets used by any pool or ingress, and subnets a NAT gateway of the spec is attached to, in network and subnet
     * order (the ones an existing network must be read for).
     */
    public List<PlannedSubnet> usedSubnets(PlannedNetwork network) {
        Set<PlannedSubnet> used = new LinkedHashSet<>();
        clusters.forEach(c -> {
            used.addAll(c.subnetsToJoin());
            c.ingressSubnet().ifPresent(used::add);
        });
        return network.vnet().subnets().stream().map(s -> new PlannedSubnet(network, s))
                .filter(s -> used.contains(s) || s.subnet().natGateway() != null).toList();
    }
}
