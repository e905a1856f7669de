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
 * @param natGateway       the name of a NAT gateway of the spec attached to the subnet, or null
 * @param defaultOutboundAccess false for a private subnet (no default outbound access: egress must be explicit); null
 *                         when not said (Azure's default for the API version aksnet uses: true). On an existing
 *                         network it describes the subnet and is not written.
 * @param networkSecurityGroup the name of a network security group of the spec associated with the subnet, or null
 * @param routeTable the name of a route table of the spec associated with the subnet, or null
 * @param privateEndpointNetworkPolicies    whether its NSG and route table apply to private endpoints in it, or null
 *                                          (Azure's default: disabled); written on subnets aksnet creates
 * @param privateLinkServiceNetworkPolicies whether network policies apply to private link services in it, or null
 *                                          (Azure's default: enabled); written on subnets aksnet creates
 * @param ipv6Cidr   its IPv6 prefix (a dual-stack subnet, {@code cidrs: [v4, v6]} in YAML), or null
 */
public record Subnet(String name, IPAddress cidr, Delegation delegation, List<String> serviceEndpoints, String natGateway,
                     Boolean defaultOutboundAccess, String networkSecurityGroup, String routeTable,
                     PrivateEndpointNetworkPolicies privateEndpointNetworkPolicies,
                     PrivateLinkServiceNetworkPolicies privateLinkServiceNetworkPolicies, IPAddress ipv6Cidr) {
    /** A single-stack (IPv4) subnet. */
    public Subnet(String name, IPAddress cidr, Delegation delegation, List<String> serviceEndpoints, String natGateway,
                  Boolean defaultOutboundAccess, String networkSecurityGroup, String routeTable,
                  PrivateEndpointNetworkPolicies privateEndpointNetworkPolicies,
                  PrivateLinkServiceNetworkPolicies privateLinkServiceNetworkPolicies) {
        this(name, cidr, delegation, serviceEndpoints, natGateway, defaultOutboundAccess, networkSecurityGroup, routeTable,
                privateEndpointNetworkPolicies, privateLinkServiceNetworkPolicies, null);
    }

    public Subnet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cidr, "cidr");
        serviceEndpoints = serviceEndpoints == null ? List.of() : List.copyOf(serviceEndpoints);
    }

    public Subnet(String name, IPAddress cidr, Delegation delegation) {
        this(name, cidr, delegation, List.of());
    }

    public Subnet(String name, IPAddress cidr, Delegation delegation, List<String> serviceEndpoints) {
        this(name, cidr, delegation, serviceEndpoints, null, null, null, null, null, null);
    }

    /** Starts the Java DSL for a subnet of that name. */
    public static dev.aksnet.dsl.SubnetBuilder named(String name) {
        return new dev.aksnet.dsl.SubnetBuilder(name);
    }

    /** Its prefixes: the IPv4 one, then the IPv6 one of a dual-stack subnet. */
    public List<IPAddress> cidrs() {
        return ipv6Cidr == null ? List.of(cidr) : List.of(cidr, ipv6Cidr);
    }

    /** Whether the subnet is declared private: no default outbound access. */
    public boolean privateSubnet() {
        return Boolean.FALSE.equals(defaultOutboundAccess);
    }

    public Optional<Delegation> delegationIfAny() {
        return Optional.ofNullable(delegation);
    }
}
