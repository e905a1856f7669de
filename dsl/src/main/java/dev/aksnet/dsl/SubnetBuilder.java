package dev.aksnet.dsl;

import dev.aksnet.model.CidrSyntax;
import dev.aksnet.model.Delegation;
import dev.aksnet.model.Subnet;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link Subnet} with everything a subnet can carry ({@code Subnet.named("nodes").cidr("10.1.0.0/22")
 * .natGateway("nat-egress").privateSubnet()}); the shorter {@code VirtualNetworkBuilder.subnet(name, cidr)} forms
 * remain for plain subnets.
 */
public final class SubnetBuilder {
    private final String name;
    private IPAddress cidr;
    private IPAddress ipv6Cidr;
    private Delegation delegation;
    private final List<String> serviceEndpoints = new ArrayList<>();
    private String natGateway;
    private Boolean defaultOutboundAccess;
    private dev.aksnet.model.PrivateEndpointNetworkPolicies privateEndpointNetworkPolicies;
    private dev.aksnet.model.PrivateLinkServiceNetworkPolicies privateLinkServiceNetworkPolicies;
    private String networkSecurityGroup;
    private String routeTable;

    private final StackTraceElement site = CallSites.caller();

    public SubnetBuilder(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public SubnetBuilder cidr(String cidr) {
        this.cidr = CidrSyntax.parseIpv4Block(cidr);
        return this;
    }

    /** A dual-stack subnet's prefixes: an IPv4 and an IPv6 CIDR ({@code cidrs("10.90.0.0/22", "fd00:10:90::/64")}). */
    public SubnetBuilder cidrs(String ipv4Cidr, String ipv6Cidr) {
        this.cidr = CidrSyntax.parseIpv4Block(ipv4Cidr);
        this.ipv6Cidr = CidrSyntax.parseIpv6Block(ipv6Cidr);
        return this;
    }

    public SubnetBuilder delegation(Delegation delegation) {
        this.delegation = Objects.requireNonNull(delegation, "delegation");
        return this;
    }

    public SubnetBuilder serviceEndpoints(String... endpoints) {
        serviceEndpoints.addAll(List.of(endpoints));
        return this;
    }

    /** Attaches a NAT gateway of the spec, by name. */
    public SubnetBuilder natGateway(String natGatewayName) {
        this.natGateway = Objects.requireNonNull(natGatewayName, "natGatewayName");
        return this;
    }

    /** Associates a network security group of the spec, by name. */
    public SubnetBuilder networkSecurityGroup(String nsgName) {
        this.networkSecurityGroup = Objects.requireNonNull(nsgName, "nsgName");
        return this;
    }

    /** Associates a route table of the spec, by name. */
    public SubnetBuilder routeTable(String routeTableName) {
        this.routeTable = Objects.requireNonNull(routeTableName, "routeTableName");
        return this;
    }

    /** No default outbound access: egress must be explicit (a NAT gateway, a load balancer's outbound rules, a UDR). */
    public SubnetBuilder privateSubnet() {
        this.defaultOutboundAccess = false;
        return this;
    }

    /** Which of the subnet's network policies (its NSG, its route table) apply to private endpoints in it. */
    public SubnetBuilder privateEndpointNetworkPolicies(dev.aksnet.model.PrivateEndpointNetworkPolicies policies) {
        this.privateEndpointNetworkPolicies = Objects.requireNonNull(policies, "policies");
        return this;
    }

    /** Whether network policies apply to private link services in the subnet (disabled: it may host their source IPs). */
    public SubnetBuilder privateLinkServiceNetworkPolicies(dev.aksnet.model.PrivateLinkServiceNetworkPolicies policies) {
        this.privateLinkServiceNetworkPolicies = Objects.requireNonNull(policies, "policies");
        return this;
    }

    public Subnet build() {
        if (cidr == null) {
            throw new IllegalStateException("subnet '" + name + "' has no cidr(…)");
        }
        return CallSites.remember(new Subnet(name, cidr, delegation, serviceEndpoints, natGateway, defaultOutboundAccess,
                networkSecurityGroup, routeTable, privateEndpointNetworkPolicies, privateLinkServiceNetworkPolicies, ipv6Cidr), site);
    }
}
