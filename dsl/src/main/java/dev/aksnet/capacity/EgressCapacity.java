package dev.aksnet.capacity;

import dev.aksnet.model.LoadBalancerProfile;
import dev.aksnet.model.NatGateway;
import dev.aksnet.model.Network;
import dev.aksnet.resolve.ResolvedSpec;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A cluster's SNAT capacity at max scale: the arithmetic of AKS "Configure your public standard load balancer"
 * (configure-load-balancer-standard.md) and "managed NAT gateway" (nat-gateway.md), in one place for the egress rules
 * and {@code aksnet plan}.
 * <ul>
 *   <li>Load balancer: 64,000 SNAT ports per outbound IP; with {@code allocatedOutboundPorts} fixed, ports × nodes must
 *       fit; with 0 (the default) Azure allocates by backend pool size: 1,024 ports per node up to 50 nodes, halving at
 *       each step of the table below.</li>
 *   <li>NAT gateway: 64,512 ports per public IP, 1 to 16 addresses, shared dynamically by the nodes behind it.</li>
 *   <li>Nodes: every pool at its maximum plus its upgrade surge ({@link IpPlanning#nodesAtMaxScale}), as the docs ask
 *       ("account for nodes that might be added as part of upgrades, including maxCount and maxSurge").</li>
 * </ul>
 *
 * @param outbound         the outbound type, as the spec writes it
 * @param addresses        the public egress addresses, when the spec says how many (empty for prefixes by id, existing
 *                         subnets' NAT gateways and user-defined routing)
 * @param portsPerIp       SNAT ports one address offers (64,000 load balancer, 64,512 NAT gateway), or 0 when not known
 * @param maxNodes         nodes at max scale, without surge
 * @param surgeNodes       the upgrade surge of every pool together
 * @param allocatedPorts   with a load balancer, the fixed ports per node (empty: Azure's allocation by pool size)
 */
public record EgressCapacity(String outbound, Optional<Integer> addresses, int portsPerIp, int maxNodes, int surgeNodes,
                             Optional<Integer> allocatedPorts) {
    /** SNAT ports per load balancer frontend IP. */
    public static final int LOAD_BALANCER_PORTS_PER_IP = 64_000;
    /** SNAT ports per NAT gateway public IP. */
    public static final int NAT_GATEWAY_PORTS_PER_IP = 64_512;
    /** allocatedOutboundPorts must be a multiple of this. */
    public static final int PORT_GRANULARITY = 8;
    /** What Azure gives each node of a small pool by default, and the per-node share below which egress is at risk. */
    public static final int COMFORTABLE_PORTS_PER_NODE = 1_024;
    /** Azure's default allocation by backend pool size: nodes up to each bound get the ports beside it. */
    private static final int[][] DEFAULT_ALLOCATION = {{50, 1024}, {100, 512}, {200, 256}, {400, 128}, {800, 64}, {1000, 32}};

    /** Ports per node Azure allocates by default to a backend pool of that many nodes (the table's last row beyond it). */
    public static int defaultPortsPerNode(int nodes) {
        for (int[] row : DEFAULT_ALLOCATION) {
            if (nodes <= row[0]) {
                return row[1];
            }
        }
        return DEFAULT_ALLOCATION[DEFAULT_ALLOCATION.length - 1][1];
    }

    /** Nodes at max scale with surge. */
    public int nodesWithSurge() {
        return maxNodes + surgeNodes;
    }

    /** SNAT ports all addresses offer together, when the address count is known. */
    public Optional<Long> portsAvailable() {
        return addresses.map(a -> (long) a * portsPerIp);
    }

    /**
     * Ports per node at max scale with surge: the fixed allocation, Azure's default allocation, or a NAT gateway's share
     * (its ports divided by the nodes; NAT gateways allocate on demand, so this is an average, not a reservation).
     */
    public Optional<Long> portsPerNodeAtMaxScale() {
        if (allocatedPorts.isPresent()) {
            return Optional.of((long) allocatedPorts.get());
        }
        if (portsPerIp == LOAD_BALANCER_PORTS_PER_IP) {
            return Optional.of((long) defaultPortsPerNode(nodesWithSurge()));
        }
        return portsAvailable().map(p -> nodesWithSurge() == 0 ? p : p / nodesWithSurge());
    }

    /** Whether the ports per node are Azure's default allocation by pool size. */
    public boolean defaultAllocation() {
        return portsPerIp == LOAD_BALANCER_PORTS_PER_IP && allocatedPorts.isEmpty();
    }

    /**
     * The addresses the configured scale (with surge) needs: with fixed ports, for those ports on every node; with a NAT
     * gateway, for 1,024 ports per node. Empty for Azure's default allocation (more IPs do not give a node more ports)
     * and user-defined routing (the firewall's addresses).
     */
    public Optional<Integer> addressesNeeded() {
        if (allocatedPorts.isPresent()) {
            return Optional.of((int) ceilDiv((long) allocatedPorts.get() * nodesWithSurge(), portsPerIp));
        }
        if (portsPerIp == NAT_GATEWAY_PORTS_PER_IP) {
            return Optional.of((int) Math.max(1, ceilDiv((long) COMFORTABLE_PORTS_PER_NODE * nodesWithSurge(), portsPerIp)));
        }
        return Optional.empty();
    }

    /**
     * How many more nodes than max scale with surge the egress serves: with fixed ports, those the addresses have
     * ports for; with a NAT gateway, those it gives 1,024 ports each. Negative when short; empty when not known.
     */
    public Optional<Long> headroomNodes() {
        if (allocatedPorts.isPresent()) {
            return nodesSupported().map(n -> n - nodesWithSurge());
        }
        if (portsPerIp == NAT_GATEWAY_PORTS_PER_IP) {
            return portsAvailable().map(p -> p / COMFORTABLE_PORTS_PER_NODE - nodesWithSurge());
        }
        return Optional.empty();
    }

    /** What the figures mean, as the egress rules judge them. */
    public enum Status {
        /** Enough SNAT ports at max scale with surge. */
        OK,
        /** Fixed ports × nodes at max scale exceed the addresses' ports (LB_OUTBOUND_PORTS_EXHAUSTED). */
        EXHAUSTED,
        /** Fixed ports fit max scale but not its upgrade surge (LB_OUTBOUND_PORTS_NO_SURGE). */
        NO_SURGE_ROOM,
        /** Fewer than 1,024 ports per node at max scale (LB_DEFAULT_PORTS_FEW, NAT_GATEWAY_PORTS_FEW). */
        FEW_PORTS,
        /** The spec does not say enough: prefixes by id, an existing subnet's NAT gateway, a firewall. */
        UNKNOWN
    }

    public Status status() {
        if (allocatedPorts.isPresent()) {
            if (portsAvailable().isEmpty()) {
                return Status.UNKNOWN;
            }
            long available = portsAvailable().get();
            long ports = allocatedPorts.get();
            return ports * maxNodes > available ? Status.EXHAUSTED : ports * nodesWithSurge() > available ? Status.NO_SURGE_ROOM : Status.OK;
        }
        return portsPerNodeAtMaxScale().map(p -> p < COMFORTABLE_PORTS_PER_NODE ? Status.FEW_PORTS : Status.OK).orElse(Status.UNKNOWN);
    }

    /** With fixed ports and known addresses: nodes the addresses can serve. */
    public Optional<Long> nodesSupported() {
        return allocatedPorts.flatMap(p -> portsAvailable().map(total -> total / p));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** The capacity of a cluster of a resolved spec. */
    public static EgressCapacity of(ResolvedSpec spec, ClusterAt c) {
        List<PoolAt> pools = spec.pools(c);
        int max = pools.stream().mapToInt(p -> p.pool().count().max()).sum();
        int surge = pools.stream().mapToInt(p -> p.pool().upgradeSurge()).sum();
        Network n = c.cluster().network();
        String outbound = n.effectiveOutbound().specName();
        return c.outbound().match(
                lb -> {
                    LoadBalancerProfile p = lb.profile();
                    Optional<Integer> addresses = !p.outboundIpPrefixIds().isEmpty() ? Optional.empty()
                            : Optional.of(p.outboundIpIds().isEmpty() ? p.effectiveManagedOutboundIps() : p.outboundIpIds().size());
                    Optional<Integer> fixed = p.fixedPorts() ? Optional.of(p.allocatedOutboundPorts()) : Optional.empty();
                    return new EgressCapacity(outbound, addresses, LOAD_BALANCER_PORTS_PER_IP, max, surge, fixed);
                },
                managedNat -> new EgressCapacity(outbound, Optional.of(managedNat.profile().effectiveManagedOutboundIps()),
                        NAT_GATEWAY_PORTS_PER_IP, max, surge, Optional.empty()),
                userNat -> new EgressCapacity(outbound, natAddresses(spec, pools), NAT_GATEWAY_PORTS_PER_IP, max, surge, Optional.empty()),
                udr -> new EgressCapacity(outbound, Optional.empty(), 0, max, surge, Optional.empty()),
                none -> new EgressCapacity(outbound, Optional.empty(), 0, max, surge, Optional.empty()));
    }

    /**
     * The addresses of the NAT gateways on the cluster's node subnets: a spec NAT gateway's own, one for the NAT gateway
     * aksnet adds to a created subnet; unknown when a node subnet is existing and names no NAT gateway of the spec.
     */
    private static Optional<Integer> natAddresses(ResolvedSpec spec, List<PoolAt> pools) {
        Set<Object> gateways = new LinkedHashSet<>();
        int total = 0;
        for (PoolAt p : pools) {
            if (p.subnet().isEmpty()) {
                return Optional.empty();
            }
            var subnet = p.subnet().get();
            Optional<ResolvedSpec.NatAt> own = spec.natGatewayOf(subnet);
            if (own.isPresent()) {
                NatGateway nat = own.get().nat();
                if (gateways.add(nat)) {
                    total += nat.addressCount();
                }
            } else if (subnet.vnet().created()) {
                if (gateways.add(subnet)) {
                    total += 1;
                }
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(total);
    }
}
