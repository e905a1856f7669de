package dev.aksnet.validation;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.SubnetRef;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.spec.SourceMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A spec as the rules see it: the model, where its parts stand, and the pools' subnet references resolved once, so
 * that each rule is a few lines about one fact.
 */
public final class ValidationContext {

    /** A virtual network, its model path, and the resource group it lives in. */
    public record VnetAt(VirtualNetwork vnet, String path, String resourceGroup) {
        /** The network's identity across specs: resource group and name, case-insensitive as in Azure. */
        public String key() {
            return (resourceGroup + "/" + vnet.name()).toLowerCase(java.util.Locale.ROOT);
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
            return vnet.key() + "/" + subnet.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A cluster and its model path. */
    public record ClusterAt(Cluster cluster, String path) {
        public String networkPath() {
            return path + ".network";
        }

        public String ingressPath() {
            return path + ".ingress";
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

    private final LoadedSpec spec;
    private final List<VnetAt> vnets = new ArrayList<>();
    private final List<SubnetAt> subnets = new ArrayList<>();
    private final List<ClusterAt> clusters = new ArrayList<>();
    private final List<PoolAt> pools = new ArrayList<>();
    // Indexes the rules ask for again and again, built once.
    private final java.util.Map<ClusterAt, List<PoolAt>> poolsByCluster = new java.util.IdentityHashMap<>();
    private final java.util.Map<VnetAt, List<SubnetAt>> subnetsByVnet = new java.util.IdentityHashMap<>();
    private final java.util.Map<ClusterAt, List<VnetAt>> vnetsByCluster = new java.util.IdentityHashMap<>();
    private List<RefAt> subnetRefs;

    public ValidationContext(LoadedSpec spec) {
        this.spec = spec;
        Deployment d = spec.deployment();
        for (int v = 0; v < d.virtualNetworks().size(); v++) {
            VirtualNetwork declared = d.virtualNetworks().get(v);
            VnetAt vnet = new VnetAt(declared, "virtualNetworks[" + v + "]", declared.resourceGroupOverride().orElse(d.resourceGroup()));
            vnets.add(vnet);
            List<SubnetAt> own = new ArrayList<>();
            for (int s = 0; s < vnet.vnet().subnets().size(); s++) {
                own.add(new SubnetAt(vnet, vnet.vnet().subnets().get(s), vnet.path() + ".subnets[" + s + "]"));
            }
            subnets.addAll(own);
            subnetsByVnet.put(vnet, List.copyOf(own));
        }
        for (int c = 0; c < d.clusters().size(); c++) {
            ClusterAt cluster = new ClusterAt(d.clusters().get(c), "clusters[" + c + "]");
            clusters.add(cluster);
            List<PoolAt> own = new ArrayList<>();
            for (int p = 0; p < cluster.cluster().nodePools().size(); p++) {
                NodePool pool = cluster.cluster().nodePools().get(p);
                own.add(new PoolAt(cluster, pool, cluster.path() + ".nodePools[" + p + "]",
                        resolve(pool.subnet()).flatMap(Resolution::unique),
                        resolve(pool.podSubnet()).flatMap(Resolution::unique)));
            }
            pools.addAll(own);
            poolsByCluster.put(cluster, List.copyOf(own));
        }
    }

    public String fileName() {
        return spec.fileName();
    }

    public Deployment deployment() {
        return spec.deployment();
    }

    public SourceMap sourceMap() {
        return spec.sourceMap();
    }

    public List<VnetAt> vnets() {
        return vnets;
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
        return resolve(cluster.cluster().ingressIfAny().map(Ingress::subnet).orElse(null)).flatMap(Resolution::unique);
    }

    /** Every subnet reference: of every pool (node subnet before pod subnet), then of every cluster's ingress. */
    public List<RefAt> subnetRefs() {
        if (subnetRefs != null) {
            return subnetRefs;
        }
        List<RefAt> refs = new ArrayList<>();
        for (PoolAt p : pools) {
            String owner = "node pool '" + p.pool().name() + "'";
            resolve(p.pool().subnet()).ifPresent(r -> refs.add(new RefAt(owner, p.pool().subnet(), p.path() + ".subnet", r)));
            resolve(p.pool().podSubnet()).ifPresent(r -> refs.add(new RefAt(owner, p.pool().podSubnet(), p.path() + ".podSubnet", r)));
        }
        for (ClusterAt c : clusters) {
            SubnetRef ref = c.cluster().ingressIfAny().map(Ingress::subnet).orElse(null);
            resolve(ref).ifPresent(r -> refs.add(new RefAt("the ingress of cluster '" + c.cluster().name() + "'", ref,
                    c.ingressPath() + ".subnet", r)));
        }
        subnetRefs = List.copyOf(refs);
        return subnetRefs;
    }

    /** Resolves a pool's subnet reference; empty when the pool names none. */
    public Optional<Resolution> resolve(SubnetRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        if (subnetsByName == null) {
            subnetsByName = new java.util.HashMap<>();
            subnets.forEach(s -> subnetsByName.computeIfAbsent(s.subnet().name().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(s));
        }
        List<SubnetAt> matches = subnetsByName.getOrDefault(ref.subnet().toLowerCase(java.util.Locale.ROOT), List.of()).stream()
                .filter(s -> ref.network() == null || s.vnet().vnet().name().equalsIgnoreCase(ref.network()))
                .toList();
        return Optional.of(new Resolution(matches));
    }

    /** Subnets by lower-case name, for resolving references without a scan each (built on first use). */
    private java.util.Map<String, List<SubnetAt>> subnetsByName;
}
