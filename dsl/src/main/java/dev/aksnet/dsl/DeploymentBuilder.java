package dev.aksnet.dsl;

import dev.aksnet.model.CidrSyntax;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.ConnectedNetwork;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.NatGateway;
import dev.aksnet.model.NetworkSecurityGroup;
import dev.aksnet.model.PrivateDnsZone;
import dev.aksnet.model.VirtualNetwork;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds a {@link Deployment}: the Java DSL's entry point ({@code Deployment.builder()}). */
public final class DeploymentBuilder {
    private final StackTraceElement site = CallSites.caller();
    private String location;
    private String resourceGroup;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final List<ConnectedNetwork> connectedNetworks = new ArrayList<>();
    private final List<VirtualNetwork> virtualNetworks = new ArrayList<>();
    private final List<Cluster> clusters = new ArrayList<>();
    private final List<NatGateway> natGateways = new ArrayList<>();
    private final List<NetworkSecurityGroup> networkSecurityGroups = new ArrayList<>();
    private final List<dev.aksnet.model.RouteTable> routeTables = new ArrayList<>();
    private final List<PrivateDnsZone> privateDnsZones = new ArrayList<>();

    public DeploymentBuilder location(String location) {
        this.location = Objects.requireNonNull(location, "location");
        return this;
    }

    public DeploymentBuilder resourceGroup(String resourceGroup) {
        this.resourceGroup = Objects.requireNonNull(resourceGroup, "resourceGroup");
        return this;
    }

    public DeploymentBuilder tag(String name, String value) {
        tags.put(Objects.requireNonNull(name, "tag name"), Objects.requireNonNull(value, "tag value"));
        return this;
    }

    /** A range reached over peering, VPN or ExpressRoute, e.g. {@code connectedNetwork("onprem", "192.168.0.0/16")}. */
    public DeploymentBuilder connectedNetwork(String name, String... cidrs) {
        List<IPAddress> parsed = Arrays.stream(cidrs).map(CidrSyntax::parseIpv4Block).toList();
        connectedNetworks.add(CallSites.remember(new ConnectedNetwork(name, parsed), CallSites.caller()));
        return this;
    }

    public DeploymentBuilder virtualNetwork(VirtualNetworkBuilder network) {
        return virtualNetwork(network.build());
    }

    public DeploymentBuilder virtualNetwork(VirtualNetwork network) {
        virtualNetworks.add(Objects.requireNonNull(network, "network"));
        return this;
    }

    /** A NAT gateway aksnet creates; subnets attach it by name. */
    public DeploymentBuilder natGateway(NatGatewayBuilder natGateway) {
        natGateways.add(natGateway.build());
        return this;
    }

    /** A network security group aksnet creates; subnets associate it by name. */
    public DeploymentBuilder networkSecurityGroup(NetworkSecurityGroupBuilder nsg) {
        networkSecurityGroups.add(nsg.build());
        return this;
    }

    /** A route table aksnet creates; subnets associate it by name. */
    public DeploymentBuilder routeTable(RouteTableBuilder routeTable) {
        routeTables.add(routeTable.build());
        return this;
    }

    /** A private DNS zone aksnet creates, linked to these networks of the spec; private clusters name it by its name. */
    public DeploymentBuilder privateDnsZone(String name, String... links) {
        privateDnsZones.add(CallSites.remember(new PrivateDnsZone(name, List.of(links)), CallSites.caller()));
        return this;
    }

    public DeploymentBuilder cluster(ClusterBuilder cluster) {
        return cluster(cluster.build());
    }

    public DeploymentBuilder cluster(Cluster cluster) {
        clusters.add(Objects.requireNonNull(cluster, "cluster"));
        return this;
    }

    public Deployment build() {
        if (location == null || resourceGroup == null) {
            throw new IllegalStateException("a deployment needs location(…) and resourceGroup(…)");
        }
        return CallSites.remember(new Deployment(Deployment.API_VERSION, location, resourceGroup, tags, connectedNetworks, virtualNetworks,
                natGateways, networkSecurityGroups, routeTables, privateDnsZones, clusters), site);
    }
}
