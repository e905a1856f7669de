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
 * @param dnsServers    custom DNS servers of the network (a hub's DNS proxy, say); empty for Azure's DNS. Written on a
 *                      network aksnet creates; on an existing one it says what the network has
 * @param peerings      peerings with other networks of the spec, declared on this side
 * @param subscriptionId an existing network's subscription when it is not the deployment's (a hub's, often), or null
 * @param location      the network's region when the spec says it (an existing network's, checked against the
 *                      clusters using it); null otherwise. aksnet creates networks in the deployment's location
 */
public record VirtualNetwork(
        String name, List<IPAddress> addressSpace, boolean existing, String resourceGroup, List<Subnet> subnets,
        List<IPAddress> dnsServers, List<Peering> peerings, String subscriptionId, String location) {
    public VirtualNetwork {
        Objects.requireNonNull(name, "name");
        addressSpace = List.copyOf(addressSpace);
        subnets = List.copyOf(subnets);
        dnsServers = dnsServers == null ? List.of() : List.copyOf(dnsServers);
        peerings = peerings == null ? List.of() : List.copyOf(peerings);
    }

    public VirtualNetwork(String name, List<IPAddress> addressSpace, boolean existing, String resourceGroup, List<Subnet> subnets) {
        this(name, addressSpace, existing, resourceGroup, subnets, List.of(), List.of(), null, null);
    }

    /** A network in the deployment's subscription. */
    public VirtualNetwork(String name, List<IPAddress> addressSpace, boolean existing, String resourceGroup, List<Subnet> subnets,
                          List<IPAddress> dnsServers, List<Peering> peerings) {
        this(name, addressSpace, existing, resourceGroup, subnets, dnsServers, peerings, null, null);
    }

    /** A network whose location the spec does not say. */
    public VirtualNetwork(String name, List<IPAddress> addressSpace, boolean existing, String resourceGroup, List<Subnet> subnets,
                          List<IPAddress> dnsServers, List<Peering> peerings, String subscriptionId) {
        this(name, addressSpace, existing, resourceGroup, subnets, dnsServers, peerings, subscriptionId, null);
    }

    /** The subscription override, if any. */
    public Optional<String> subscriptionOverride() {
        return Optional.ofNullable(subscriptionId);
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
