package dev.aksnet.resolve;

import dev.aksnet.model.ApiServer;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.SubnetRef;
import dev.aksnet.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A spec resolved once, for the rules, capacity planning and generation alike: every network with the resource group
 * it lives in (its own or the deployment's), every subnet reference matched, each cluster's choices as sealed types
 * ({@link Choices}) with AKS's defaults applied, and each part's model path for diagnostics. The model stays what the
 * user wrote; this is what it means.
 */
public final class ResolvedSpec {

    /** A virtual network, its model path, and the resource group it lives in. */
    public record VnetAt(VirtualNetwork vnet, String path, String resourceGroup) {
        /** The network's identity across specs: resource group and name, case-insensitive as in Azure. */
        public String key() {
            return (vnet.subscriptionOverride().map(s -> s + "/").orElse("") + resourceGroup + "/" + vnet.name()).toLowerCase(Locale.ROOT);
        }

        /** Whether aksnet creates it (else it exists already and is only referenced). */
        public boolean created() {
            return !vnet.existing();
        }
    }

    /** A subnet, its network, and their model paths. */
    public record SubnetAt(VnetAt vnet, Subnet subnet, String path) {
        /** {@code vnet/subnet}, as messages name it. */
        public String qualifiedName() {
            return vnet.vnet().name() + "/" + subnet.name();
        }

        /** The subnet's identity across specs. */
        public String key() {
            return vnet.key() + "/" + subnet.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A cluster, its model path, and its choices resolved.
     *
     * @param plugin         the CNI plugin
     * @param outbound       the outbound type
     * @param privateDnsZone a private cluster's DNS zone; empty for a public cluster
     * @param ingress        its ingress source; empty without ingress
     */
    public record ClusterAt(Cluster cluster, String path, Choices.Plugin plugin, Choices.Outbound outbound,
                            Optional<Choices.PrivateDnsZone> privateDnsZone, Optional<Choices.IngressSource> ingress) {
        public String networkPath() {
            return path + ".network";
        }

        public String ingressPath() {
            return path + ".ingress";
        }

        public String apiServerPath() {
            return path + ".apiServer";
        }

        /** Where the private DNS zone is written: in {@code apiServer} when given there, else on the cluster. */
        public String privateDnsZonePath() {
            return cluster.apiServerIfAny().map(a -> a.privateDnsZone()).isPresent() ? apiServerPath() + ".privateDnsZone" : path + ".privateDnsZone";
        }

        /** Where the cluster is said to be private: {@code apiServer.private} when given there, else {@code privateCluster}. */
        public String privatePath() {
            return cluster.apiServerIfAny().map(a -> a.privateCluster()).isPresent() ? apiServerPath() + ".private" : path + ".privateCluster";
        }
    }

    /**
     * A node pool, its cluster, its path, and its subnets resolved (empty when the pool names none, or names one that
     * does not resolve: SUBNET_REF_UNKNOWN and SUBNET_REF_AMBIGUOUS report those).
     */
    public record PoolAt(ClusterAt cluster, NodePool pool, String path, Optional<SubnetAt> subnet, Optional<SubnetAt> podSubnet) {
    }

    /**
     * A subnet reference ({@code subnet} or {@code podSubnet} of a pool, {@code subnet} of a cluster's ingress), who makes
     * it ("node pool 'system'"), where it stands, and what it matched.
     */
    public record RefAt(String owner, SubnetRef ref, String path, Resolution resolution) {
    }

    /** How a subnet reference resolved: exactly one match, none, or several. */
    public record Resolution(List<SubnetAt> matches) {
        public Optional<SubnetAt> unique() {
            return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
        }
    }

    /**
     * A peering as declared: the network it is declared on, where, and the remote network it names (empty when it names
     * none of the spec: PEERING_REMOTE_UNKNOWN).
     */
    public record PeeringAt(VnetAt local, dev.aksnet.model.Peering peering, String path, Optional<VnetAt> remote) {
    }

    /** A network security group of the spec and where it is written. */
    public record NsgAt(dev.aksnet.model.NetworkSecurityGroup nsg, String path) {
    }

    /** A route table of the spec and where it is written. */
    public record RouteTableAt(dev.aksnet.model.RouteTable routeTable, String path) {
        /** Where its route {@code i} is written. */
        public String routePath(int i) {
            return path + ".routes[" + i + "]";
        }
    }

    /** A NAT gateway of the spec and where it is written. */
    public record NatAt(dev.aksnet.model.NatGateway nat, String path) {
    }

    private final Deployment deployment;
    private final List<NatAt> natGateways = new ArrayList<>();
    private final List<NsgAt> networkSecurityGroups = new ArrayList<>();
    private final List<RouteTableAt> routeTables = new ArrayList<>();
    private final List<PeeringAt> peerings = new ArrayList<>();
    private final List<VnetAt> vnets = new ArrayList<>();
    private final List<SubnetAt> subnets = new ArrayList<>();
    private final List<ClusterAt> clusters = new ArrayList<>();
    private final List<PoolAt> pools = new ArrayList<>();
    private final Map<ClusterAt, List<PoolAt>> poolsByCluster = new IdentityHashMap<>();
    private final Map<VnetAt, List<SubnetAt>> subnetsByVnet = new IdentityHashMap<>();
    private final Map<ClusterAt, List<VnetAt>> vnetsByCluster = new IdentityHashMap<>();
    private final Map<ClusterAt, Optional<SubnetAt>> ingressSubnets = new IdentityHashMap<>();
    private final Map<ClusterAt, Optional<SubnetAt>> apiServerSubnets = new IdentityHashMap<>();
    /** Subnets by lower-case name, for resolving references without a scan each. */
    private final Map<String, List<SubnetAt>> subnetsByName = new HashMap<>();
    private final List<RefAt> subnetRefs;

    private ResolvedSpec(Deployment d) {
        this.deployment = d;
        for (int n = 0; n < d.networkSecurityGroups().size(); n++) {
            networkSecurityGroups.add(new NsgAt(d.networkSecurityGroups().get(n), "networkSecurityGroups[" + n + "]"));
        }
        for (int n = 0; n < d.routeTables().size(); n++) {
            routeTables.add(new RouteTableAt(d.routeTables().get(n), "routeTables[" + n + "]"));
        }
        for (int n = 0; n < d.natGateways().size(); n++) {
            natGateways.add(new NatAt(d.natGateways().get(n), "natGateways[" + n + "]"));
        }
        for (int v = 0; v < d.virtualNetworks().size(); v++) {
            VirtualNetwork declared = d.virtualNetworks().get(v);
            VnetAt vnet = new VnetAt(declared, "virtualNetworks[" + v + "]", declared.resourceGroupOverride().orElse(d.resourceGroup()));
            vnets.add(vnet);
            List<SubnetAt> own = new ArrayList<>();
            for (int s = 0; s < declared.subnets().size(); s++) {
                SubnetAt subnet = new SubnetAt(vnet, declared.subnets().get(s), vnet.path() + ".subnets[" + s + "]");
                own.add(subnet);
                subnetsByName.computeIfAbsent(subnet.subnet().name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(subnet);
            }
            subnets.addAll(own);
            subnetsByVnet.put(vnet, List.copyOf(own));
        }
        for (VnetAt v : vnets) {
            for (int p = 0; p < v.vnet().peerings().size(); p++) {
                var peering = v.vnet().peerings().get(p);
                Optional<VnetAt> remote = vnets.stream().filter(r -> r.vnet().name().equalsIgnoreCase(peering.remote())).findFirst();
                peerings.add(new PeeringAt(v, peering, v.path() + ".peerings[" + p + "]", remote));
            }
        }
        List<RefAt> refs = new ArrayList<>();
        List<RefAt> ingressRefs = new ArrayList<>();
        for (int c = 0; c < d.clusters().size(); c++) {
            Cluster declared = d.clusters().get(c);
            String path = "clusters[" + c + "]";
            SubnetRef ingressRef = declared.ingressIfAny().map(Ingress::subnet).orElse(null);
            Optional<Resolution> ingressResolution = resolve(ingressRef);
            Optional<SubnetAt> ingressSubnet = ingressResolution.flatMap(Resolution::unique);
            ClusterAt cluster = new ClusterAt(declared, path, Choices.Plugin.of(declared.network()), Choices.Outbound.of(declared.network()),
                    Choices.PrivateDnsZone.of(declared, d), Choices.IngressSource.of(declared.ingress(), ingressSubnet));
            clusters.add(cluster);
            ingressSubnets.put(cluster, ingressSubnet);
            ingressResolution.ifPresent(r -> ingressRefs.add(new RefAt("the ingress of cluster '" + declared.name() + "'", ingressRef,
                    cluster.ingressPath() + ".subnet", r)));
            SubnetRef apiServerRef = declared.apiServerIfAny().map(ApiServer::vnetIntegrationSubnet).orElse(null);
            Optional<Resolution> apiServerResolution = resolve(apiServerRef);
            apiServerSubnets.put(cluster, apiServerResolution.flatMap(Resolution::unique));
            apiServerResolution.ifPresent(r -> ingressRefs.add(new RefAt("the API server of cluster '" + declared.name() + "'", apiServerRef,
                    cluster.apiServerPath() + ".vnetIntegration.subnet", r)));
            List<PoolAt> own = new ArrayList<>();
            for (int p = 0; p < declared.nodePools().size(); p++) {
                NodePool pool = declared.nodePools().get(p);
                String poolPath = path + ".nodePools[" + p + "]";
                Optional<Resolution> subnet = resolve(pool.subnet());
                Optional<Resolution> podSubnet = resolve(pool.podSubnet());
                String owner = "node pool '" + pool.name() + "'";
                subnet.ifPresent(r -> refs.add(new RefAt(owner, pool.subnet(), poolPath + ".subnet", r)));
                podSubnet.ifPresent(r -> refs.add(new RefAt(owner, pool.podSubnet(), poolPath + ".podSubnet", r)));
                own.add(new PoolAt(cluster, pool, poolPath, subnet.flatMap(Resolution::unique), podSubnet.flatMap(Resolution::unique)));
            }
            pools.addAll(own);
            poolsByCluster.put(cluster, List.copyOf(own));
        }
        refs.addAll(ingressRefs);
        subnetRefs = List.copyOf(refs);
    }

    /** Resolves a deployment as it was written; references that do not resolve stay empty (rules report them). */
    public static ResolvedSpec of(Deployment d) {
        return new ResolvedSpec(d);
    }

    public Deployment deployment() {
        return deployment;
    }

    public List<VnetAt> vnets() {
        return vnets;
    }

    public List<NatAt> natGateways() {
        return natGateways;
    }

    public List<NsgAt> networkSecurityGroups() {
        return networkSecurityGroups;
    }

    /** The network security group of the spec a subnet names (case-insensitive); empty when it names none or an unknown one. */
    public Optional<NsgAt> networkSecurityGroupOf(SubnetAt subnet) {
        String name = subnet.subnet().networkSecurityGroup();
        return name == null ? Optional.empty()
                : networkSecurityGroups.stream().filter(n -> n.nsg().name().equalsIgnoreCase(name)).findFirst();
    }

    public List<RouteTableAt> routeTables() {
        return routeTables;
    }

    /** The route table of the spec a subnet names (case-insensitive); empty when it names none or an unknown one. */
    public Optional<RouteTableAt> routeTableOf(SubnetAt subnet) {
        String name = subnet.subnet().routeTable();
        return name == null ? Optional.empty()
                : routeTables.stream().filter(r -> r.routeTable().name().equalsIgnoreCase(name)).findFirst();
    }

    /** Every peering as declared, in spec order. */
    public List<PeeringAt> peerings() {
        return peerings;
    }

    /** The networks a network is peered with, whichever side declares the peering, in spec order; never itself. */
    public List<VnetAt> peeredWith(VnetAt vnet) {
        return vnets.stream().filter(other -> other != vnet && peerings.stream().anyMatch(p -> p.remote().isPresent()
                && (p.local() == vnet && p.remote().get() == other || p.local() == other && p.remote().get() == vnet))).toList();
    }

    /**
     * The ranges a cluster's networks reach besides themselves: the declared connected networks and the networks peered
     * with the cluster's (a peered network is connected: its addresses must stay clear of pods and services).
     */
    public List<dev.aksnet.model.ConnectedNetwork> connectedTo(ClusterAt cluster) {
        List<dev.aksnet.model.ConnectedNetwork> all = new ArrayList<>(deployment.connectedNetworks());
        for (VnetAt own : vnetsOf(cluster)) {
            for (VnetAt peer : peeredWith(own)) {
                all.add(new dev.aksnet.model.ConnectedNetwork(peer.vnet().name() + " (peered)", peer.vnet().addressSpace()));
            }
        }
        return all;
    }

    /** The NAT gateway of the spec a subnet names (case-insensitive, as in Azure); empty when it names none or an unknown one. */
    public Optional<NatAt> natGatewayOf(SubnetAt subnet) {
        String name = subnet.subnet().natGateway();
        return name == null ? Optional.empty() : natGateways.stream().filter(n -> n.nat().name().equalsIgnoreCase(name)).findFirst();
    }

    public List<SubnetAt> subnets() {
        return subnets;
    }

    public List<ClusterAt> clusters() {
        return clusters;
    }

    public List<PoolAt> pools() {
        return pools;
    }

    /** The pools of one cluster. */
    public List<PoolAt> pools(ClusterAt cluster) {
        return poolsByCluster.getOrDefault(cluster, List.of());
    }

    /** The subnets of one network. */
    public List<SubnetAt> subnets(VnetAt vnet) {
        return subnetsByVnet.getOrDefault(vnet, List.of());
    }

    /** The distinct networks whose subnets the cluster's pools use, in spec order. */
    public List<VnetAt> vnetsOf(ClusterAt cluster) {
        return vnetsByCluster.computeIfAbsent(cluster, c -> vnets.stream()
                .filter(v -> pools(c).stream().anyMatch(p -> p.subnet().map(s -> s.vnet() == v).orElse(false)
                        || p.podSubnet().map(s -> s.vnet() == v).orElse(false)))
                .toList());
    }

    /** The subnet a cluster's ingress names, when it resolves to exactly one. */
    public Optional<SubnetAt> ingressSubnet(ClusterAt cluster) {
        return ingressSubnets.getOrDefault(cluster, Optional.empty());
    }

    /** The subnet a cluster's API server is integrated into, when it resolves to exactly one. */
    public Optional<SubnetAt> apiServerSubnet(ClusterAt cluster) {
        return apiServerSubnets.getOrDefault(cluster, Optional.empty());
    }

    /**
     * Every subnet reference: of every pool (node subnet before pod subnet), then of every cluster's ingress and API
     * server.
     */
    public List<RefAt> subnetRefs() {
        return subnetRefs;
    }

    /** Resolves a subnet reference; empty when there is none. */
    public Optional<Resolution> resolve(SubnetRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        List<SubnetAt> matches = subnetsByName.getOrDefault(ref.subnet().toLowerCase(Locale.ROOT), List.of()).stream()
                .filter(s -> ref.network() == null || s.vnet().vnet().name().equalsIgnoreCase(ref.network()))
                .toList();
        return Optional.of(new Resolution(matches));
    }
}
