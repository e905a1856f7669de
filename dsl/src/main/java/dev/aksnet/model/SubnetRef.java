package dev.aksnet.model;

import java.util.Objects;

/**
 * A reference from a node pool to a subnet: {@code vnet/subnet}, or {@code subnet} when the name is unambiguous.
 *
 * @param network the network's name, or null when not given
 * @param subnet  the subnet's name
 */
public record SubnetRef(String network, String subnet) {
    public SubnetRef {
        Objects.requireNonNull(subnet, "subnet");
    }

    /** Parses {@code vnet/subnet} or {@code subnet}. */
    public static SubnetRef parse(String text) {
        int slash = text.indexOf('/');
        return slash < 0 ? new SubnetRef(null, text) : new SubnetRef(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return network == null ? subnet : network + "/" + subnet;
    }
}
