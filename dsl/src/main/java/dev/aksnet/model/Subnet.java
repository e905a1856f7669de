package dev.aksnet.model;

import inet.ipaddr.IPAddress;

import java.util.List;
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
public record Subnet(String name, IPAddress cidr, Delegation delegation, List<String> serviceEndpoints) {
    public Subnet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cidr, "cidr");
        serviceEndpoints = serviceEndpoints == null ? List.of() : List.copyOf(serviceEndpoints);
    }

    public Subnet(String name, IPAddress cidr, Delegation delegation) {
        this(name, cidr, delegation, List.of());
    }

    public Optional<Delegation> delegationIfAny() {
        return Optional.ofNullable(delegation);
    }
}
