package dev.aksnet.model;

import dev.aksnet.dsl.VirtualNetworkBuilder;
import inet.ipaddr.IPAddress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A virtual network, created by the generated code or, with {@code existing}, referenced. An existing network's
 * ranges are still declared so that validation can check them.
 *
 * @param name          the network's Azure name
 * @param addressSpace  its address prefixes
 * @param existing      true when the network exists already and is only referenced
 * @param resourceGroup the resource group holding it, or null for the deployment's
 * @param subnets       its subnets (for an existing network: those the spec uses)
 */
public record VirtualNetwork(
        String name, List<IPAddress> addressSpace, boolean existing, String resourceGroup, List<Subnet> subnets) {

    public VirtualNetwork {
        Objects.requireNonNull(name, "name");
        addressSpace = List.copyOf(addressSpace);
        subnets = List.copyOf(subnets);
    }

    /** Starts the Java DSL for a network of that name. */
    public static VirtualNetworkBuilder named(String name) {
        return new VirtualNetworkBuilder(name);
    }

    /** The resource group override, if any. */
    public Optional<String> resourceGroupOverride() {
        return Optional.ofNullable(resourceGroup);
    }

    /** The subnet of that name (case-insensitive, as in Azure). */
    public Optional<Subnet> subnet(String subnetName) {
        return subnets.stream().filter(s -> s.name().equalsIgnoreCase(subnetName)).findFirst();
    }
}
