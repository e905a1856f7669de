package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.PoolMode;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.SubnetRef;
import dev.aksnet.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a valid deployment needs in Azure, whatever the target language: which networks are created or referenced,
 * which subnet each pool lands on, which clusters need a user-assigned identity, and which role assignments that
 * identity needs. Both generators build their view models from this, so the two targets cannot disagree.
 */
public record InfrastructurePlan(Deployment deployment, List<PlannedNetwork> networks, List<PlannedCluster> clusters) {

    /** A network and the subnets of it that the plan creates or references. */
    public record PlannedNetwork(VirtualNetwork vnet, String resourceGroup, boolean created) {
        /** Whether the network lives in another resource group than the deployment's. */
        public boolean inOtherResourceGroup(Deployment d) {
            return !resourceGroup.equalsIgnoreCase(d.resourceGroup());
        }
    }

    /** A subnet with its network. */
    public record PlannedSubnet(PlannedNetwork network, Subnet subnet) {
    }

    /** A pool with the subnets it lands on (empty on an AKS-managed network). */
    public record PlannedPool(NodePool pool, Optional<PlannedSubnet> subnet, Optional<PlannedSubnet> podSubnet) {
    }

    /**
     * A cluster. Clusters on their own subnets get a user-assigned identity, granted Network Contributor on those
     * subnets before the cluster is created (so the first deployment succeeds); clusters on AKS-managed networks use a
     * system-assigned identity.
     */
    public record PlannedCluster(Cluster cluster, PlannedPool systemPool, List<PlannedPool> otherPools, List<PlannedSubnet> subnetsToJoin) {
        public boolean userAssignedIdentity() {
            return !subnetsToJoin.isEmpty();
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
        for (Cluster c : d.clusters()) {
            List<PlannedPool> pools = c.nodePools().stream()
                    .map(p -> new PlannedPool(p, resolve(networks, p.subnet()), resolve(networks, p.podSubnet())))
                    .toList();
            // The first system pool becomes the cluster's default pool; AKS creates the cluster with it.
            PlannedPool system = pools.stream().filter(p -> p.pool().mode() == PoolMode.SYSTEM).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("cluster " + c.name() + " has no system pool; validate first"));
            List<PlannedPool> others = pools.stream().filter(p -> p != system).toList();
            Set<PlannedSubnet> join = new LinkedHashSet<>();
            for (PlannedPool p : pools) {
                p.subnet().ifPresent(join::add);
                p.podSubnet().ifPresent(join::add);
            }
            clusters.add(new PlannedCluster(c, system, others, List.copyOf(join)));
        }
        return new InfrastructurePlan(d, networks, clusters);
    }

    public boolean hasWindowsPools() {
        return deployment.clusters().stream().anyMatch(Cluster::hasWindowsPools);
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
