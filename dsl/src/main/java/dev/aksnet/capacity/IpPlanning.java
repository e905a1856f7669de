package dev.aksnet.capacity;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.PodIpAllocation;
import dev.aksnet.resolve.Choices;
import inet.ipaddr.IPAddress;

import java.util.Optional;

/**
 * The address arithmetic of AKS "IP address planning", in one place for the capacity rules and {@code aksnet plan}.
 * <ul>
 *   <li>Usable addresses of a subnet: its size minus the 5 Azure reserves in every subnet.</li>
 *   <li>Nodes at max scale: the pool's count or autoscale maximum, plus its upgrade surge.</li>
 *   <li>Node subnet: 1 address per node; (maxPods + 1) per node for Azure CNI Node Subnet.</li>
 *   <li>Pod subnet, dynamic: at least one batch of 16 per node, at most 16 × ceil((maxPods + 8) / 16) per node (a new
 *   batch when fewer than 8 are free).</li>
 *   <li>Pod subnet, static block: ceil((maxPods + 1) / 16) blocks of 16 per node (one address per node reserved).</li>
 *   <li>Overlay pod CIDR: one /24 per node.</li>
 * </ul>
 */
public final class IpPlanning {
    private IpPlanning() {
    }

    /** Azure reserves the network address, three for its services and the broadcast address in every subnet. */
    public static final int AZURE_RESERVED_PER_SUBNET = 5;
    /** Dynamic pod IP allocation hands addresses to nodes in batches of this size. */
    public static final int DYNAMIC_BATCH = 16;
    /** Static block allocation reserves /28 blocks: this many addresses each. */
    public static final int STATIC_BLOCK = 16;
    /** Overlay plugins give every node a /24 of the pod CIDR. */
    public static final int POD_CIDR_BLOCK_PREFIX = 24;

    /** Addresses of a block: 2^(32 - prefix). */
    public static long size(IPAddress block) {
        return 1L << (32 - block.getNetworkPrefixLength());
    }

    /** Addresses a subnet offers to resources. */
    public static long usable(IPAddress subnet) {
        return Math.max(0, size(subnet) - AZURE_RESERVED_PER_SUBNET);
    }

    /** Nodes at max scale with the upgrade surge aksnet configures. */
    public static int nodesAtMaxScale(NodePool pool) {
        return pool.count().max() + pool.upgradeSurge();
    }

    /** How many nodes an overlay pod CIDR can serve: its /24 blocks. */
    public static long podCidrNodes(IPAddress podCidr) {
        int prefix = podCidr.getNetworkPrefixLength();
        return prefix > POD_CIDR_BLOCK_PREFIX ? 0 : 1L << (POD_CIDR_BLOCK_PREFIX - prefix);
    }

    /** What a pool needs from its node subnet. */
    public static AddressDemand nodeSubnetDemand(Cluster cluster, NodePool pool) {
        int maxPods = pool.effectiveMaxPods(cluster.network().plugin());
        // Only Azure CNI Node Subnet takes pod addresses from the node subnet (a CNI of the user's may too: its business,
        // use-byo-cni.md; aksnet counts the nodes).
        int perNode = Choices.Plugin.of(cluster.network()).match(overlay -> 1, podSubnet -> 1, nodeSubnet -> maxPods + 1, kubenet -> 1,
                byoCni -> 1);
        return new AddressDemand(cluster.name(), pool.name(), AddressDemand.Use.NODES, nodesAtMaxScale(pool), maxPods, perNode, perNode);
    }

    /** What a pool needs from its pod subnet (Azure CNI Pod Subnet only). */
    public static Optional<AddressDemand> podSubnetDemand(Cluster cluster, NodePool pool) {
        Optional<PodIpAllocation> mode = Choices.Plugin.of(cluster.network()).match(overlay -> Optional.empty(),
                podSubnet -> Optional.of(podSubnet.allocation()), nodeSubnet -> Optional.empty(), kubenet -> Optional.empty(),
                byoCni -> Optional.empty());
        if (mode.isEmpty() || pool.podSubnet() == null) {
            return Optional.empty();
        }
        PodIpAllocation allocation = mode.get();
        int maxPods = pool.effectiveMaxPods(cluster.network().plugin());
        int lower;
        int upper;
        if (allocation == PodIpAllocation.STATIC_BLOCK) {
            // /28 blocks holding maxPods + 1: one address per node is reserved (POD; maxPods 31 → 2 blocks, 32 → 3).
            lower = ceilDiv(maxPods + 1, STATIC_BLOCK) * STATIC_BLOCK;
            upper = lower;
        } else {
            // Batches of 16, the next one taken when fewer than 8 are free (POD): at most 16 × ceil((maxPods + 8) / 16).
            lower = DYNAMIC_BATCH;
            upper = ceilDiv(maxPods + 8, DYNAMIC_BATCH) * DYNAMIC_BATCH;
        }
        return Optional.of(new AddressDemand(cluster.name(), pool.name(), AddressDemand.Use.PODS, nodesAtMaxScale(pool), maxPods, lower, upper));
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
