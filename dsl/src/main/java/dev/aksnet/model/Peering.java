package dev.aksnet.model;

import java.util.Objects;

/**
 * A peering of a network with another network of the spec, declared on one of the two: aksnet writes both directions
 * (each network's side of the peering is a child of that network).
 *
 * @param remote                the other network's name
 * @param allowForwardedTraffic whether traffic the other network forwards (from a firewall, say) is accepted, both ways
 * @param useRemoteGateways     whether this network uses the other one's VPN or ExpressRoute gateway (the other side then
 *                              allows gateway transit)
 */
public record Peering(String remote, boolean allowForwardedTraffic, boolean useRemoteGateways) {
    public Peering {
        Objects.requireNonNull(remote, "remote");
    }
}
