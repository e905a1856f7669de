package dev.aksnet.model;

import inet.ipaddr.IPAddress;

import java.util.List;
import java.util.Objects;

/**
 * Address ranges reached over peering, VPN or ExpressRoute. Pod, service and VNet ranges must not overlap them.
 *
 * @param name  a label for messages
 * @param cidrs the ranges, as prefix blocks
 */
public record ConnectedNetwork(String name, List<IPAddress> cidrs) {
    public ConnectedNetwork {
        Objects.requireNonNull(name, "name");
        cidrs = List.copyOf(cidrs);
    }
}
