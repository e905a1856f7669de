package dev.aksnet.dsl;

import dev.aksnet.model.CidrSyntax;
import dev.aksnet.model.Delegation;
import dev.aksnet.model.Peering;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.VirtualNetwork;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds a {@link VirtualNetwork} ({@code VirtualNetwork.named("vnet-payments")}). */
public final class VirtualNetworkBuilder {
    private String subscriptionId;
    private String location;
    private final String name;
    private final List<IPAddress> addressSpace = new ArrayList<>();
    private boolean existing;
    private String resourceGroup;
    private final List<Subnet> subnets = new ArrayList<>();
    private final List<IPAddress> dnsServers = new ArrayList<>();
    private final List<Peering> peerings = new ArrayList<>();

    private final StackTraceElement site = CallSites.caller();

    public VirtualNetworkBuilder(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Adds address prefixes, IPv4 or IPv6, e.g. {@code addressSpace("10.10.0.0/16", "fd00:10:10::/48")}. */
    public VirtualNetworkBuilder addressSpace(String... cidrs) {
        for (String cidr : cidrs) {
            addressSpace.add(CidrSyntax.parseBlock(cidr));
        }
        return this;
    }

    /** The network exists already: it is referenced, not created. */
    public VirtualNetworkBuilder existing() {
        this.existing = true;
        return this;
    }

    /** The resource group of the network, when not the deployment's. */
    public VirtualNetworkBuilder resourceGroup(String resourceGroup) {
        this.resourceGroup = Objects.requireNonNull(resourceGroup, "resourceGroup");
        return this;
    }

    /** The subscription of an existing network, when not the deployment's (a hub's in a connectivity subscription). */
    public VirtualNetworkBuilder subscription(String subscriptionId) {
        this.subscriptionId = Objects.requireNonNull(subscriptionId, "subscriptionId");
        return this;
    }

    /** The network's region, e.g. of an existing hub in another region (checked against the clusters using it). */
    public VirtualNetworkBuilder location(String location) {
        this.location = Objects.requireNonNull(location, "location");
        return this;
    }

    public VirtualNetworkBuilder subnet(String subnetName, String cidr) {
        subnets.add(CallSites.remember(new Subnet(subnetName, CidrSyntax.parseIpv4Block(cidr), null), CallSites.caller()));
        return this;
    }

    /** A subnet with service endpoints, e.g. {@code subnet("nodes", "10.10.0.0/22", "Microsoft.Storage")}. */
    public VirtualNetworkBuilder subnet(String subnetName, String cidr, String... serviceEndpoints) {
        subnets.add(CallSites.remember(new Subnet(subnetName, CidrSyntax.parseIpv4Block(cidr), null, List.of(serviceEndpoints)),
                CallSites.caller()));
        return this;
    }

    /** A subnet delegated to AKS, as Azure CNI Pod Subnet's pod subnets are. */
    public VirtualNetworkBuilder delegatedSubnet(String subnetName, String cidr) {
        subnets.add(CallSites.remember(new Subnet(subnetName, CidrSyntax.parseIpv4Block(cidr), Delegation.AKS), CallSites.caller()));
        return this;
    }

    /** A subnet delegated to Application Gateway for Containers, for its association. */
    public VirtualNetworkBuilder trafficControllerSubnet(String subnetName, String cidr) {
        subnets.add(CallSites.remember(new Subnet(subnetName, CidrSyntax.parseIpv4Block(cidr), Delegation.APPLICATION_GATEWAY_FOR_CONTAINERS),
                CallSites.caller()));
        return this;
    }

    /** A subnet with everything a subnet can carry: {@code subnet(Subnet.named("nodes").cidr("10.1.0.0/22").natGateway("nat"))}. */
    public VirtualNetworkBuilder subnet(SubnetBuilder subnet) {
        subnets.add(subnet.build());
        return this;
    }

    /** Custom DNS servers, e.g. a hub firewall's DNS proxy: {@code dnsServers("10.200.0.4")}. */
    public VirtualNetworkBuilder dnsServers(String... addresses) {
        for (String address : addresses) {
            dnsServers.add(CidrSyntax.parseIpv4Address(address));
        }
        return this;
    }

    /** A peering with another network of the spec (aksnet writes both directions). */
    public VirtualNetworkBuilder peering(String remote, boolean allowForwardedTraffic, boolean useRemoteGateways) {
        peerings.add(CallSites.remember(new Peering(remote, allowForwardedTraffic, useRemoteGateways), CallSites.caller()));
        return this;
    }

    public VirtualNetwork build() {
        return CallSites.remember(new VirtualNetwork(name, addressSpace, existing, resourceGroup, subnets, dnsServers, peerings,
                subscriptionId, location), site);
    }
}
