package dev.aksnet.model;

import inet.ipaddr.IPAddress;

import java.util.Objects;
import java.util.Optional;

/**
 * A subnet of a virtual network.
 *
 * @param name       the subnet's Azure name
 * @param cidr       its address prefix, a prefix block
 * @param delegation       its delegation, or null
 * @param serviceEndpoints the Azure services reached over the backbone from the subnet ({@code Microsoft.Storage}, …)
 */
public record Subnet(String name, IPAddress cidr, Delegation delegation, java.util.List<String> serviceEndpoints) {
    public Subnet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cidr, "cidr");
        serviceEndpoints = serviceEndpoints == null ? java.util.List.of() : java.util.List.copyOf(serviceEndpoints);
    }

    public Subnet(String name, IPAddress cidr, Delegation delegation) {
        this(name, cidr, delegation, java.util.List.of());
    }

    public Optional<Delegation> delegationIfAny() {
        return Optional.ofNullable(delegation);
    }
}
