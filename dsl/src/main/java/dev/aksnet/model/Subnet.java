package dev.aksnet.model;

import inet.ipaddr.IPAddress;

import java.util.Objects;
import java.util.Optional;

/**
 * A subnet of a virtual network.
 *
 * @param name       the subnet's Azure name
 * @param cidr       its address prefix, a prefix block
 * @param delegation its delegation, or null
 */
public record Subnet(String name, IPAddress cidr, Delegation delegation) {
    public Subnet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cidr, "cidr");
    }

    public Optional<Delegation> delegationIfAny() {
        return Optional.ofNullable(delegation);
    }
}
