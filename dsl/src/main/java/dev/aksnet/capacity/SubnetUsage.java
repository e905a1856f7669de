package dev.aksnet.capacity;

import inet.ipaddr.IPAddress;

import java.util.List;

/**
 * A subnet and everything the pools of every cluster using it need from it at max scale.
 *
 * @param name    {@code vnet/subnet}
 * @param cidr    the subnet's range
 * @param demands what each pool needs, in spec order
 */
public record SubnetUsage(String name, IPAddress cidr, List<AddressDemand> demands) {
    /** Less than this share of usable addresses left at max scale is too little headroom. */
    public static final double MIN_HEADROOM = 0.10;

    public SubnetUsage {
        demands = List.copyOf(demands);
    }

    public long usable() {
        return IpPlanning.usable(cidr);
    }

    public long neededLower() {
        return demands.stream().mapToLong(AddressDemand::lower).sum();
    }

    public long neededUpper() {
        return demands.stream().mapToLong(AddressDemand::upper).sum();
    }

    /** Addresses left at max scale in the worst case (negative when short). */
    public long headroom() {
        return usable() - neededUpper();
    }

    public boolean fitsLowerBound() {
        return neededLower() <= usable();
    }

    /** Headroom of at least {@link #MIN_HEADROOM} of usable addresses, in the worst case. */
    public boolean hasHeadroom() {
        return headroom() >= Math.ceil(usable() * MIN_HEADROOM);
    }

    /**
     * Nodes the subnet can hold at the most demanding pool's per-node need (the conservative answer when pools with
     * different maxPods share it); 0 when nothing uses it.
     */
    public long maxNodes() {
        int perNode = demands.stream().mapToInt(AddressDemand::perNodeUpper).max().orElse(0);
        return perNode == 0 ? 0 : usable() / perNode;
    }
}
