package dev.aksnet.model;

import dev.aksnet.dsl.DeploymentBuilder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One spec: the virtual networks and the AKS clusters that use them, with the defaults (location, resource group,
 * tags) that apply to everything in it.
 *
 * @param apiVersion        the spec format version ({@link #API_VERSION})
 * @param location          the Azure region of everything the spec creates
 * @param resourceGroup     the resource group everything is created in unless overridden
 * @param tags              tags applied to every created resource, in spec order
 * @param connectedNetworks ranges reached over peering, VPN or ExpressRoute
 * @param virtualNetworks   networks created or referenced
 * @param natGateways       NAT gateways aksnet creates, attached to the subnets that name them
 * @param networkSecurityGroups network security groups aksnet creates, associated with the subnets that name them
 * @param routeTables       route tables aksnet creates, associated with the subnets that name them
 * @param privateDnsZones   private DNS zones aksnet creates for private clusters, with their network links
 * @param clusters          the AKS clusters
 */
public record Deployment(
        String apiVersion,
        String location,
        String resourceGroup,
        Map<String, String> tags,
        List<ConnectedNetwork> connectedNetworks,
        List<VirtualNetwork> virtualNetworks,
        List<NatGateway> natGateways,
        List<NetworkSecurityGroup> networkSecurityGroups,
        List<RouteTable> routeTables,
        List<PrivateDnsZone> privateDnsZones,
        List<Cluster> clusters) {

    /** The only spec format version so far. */
    public static final String API_VERSION = "aksnet/v1";

    public Deployment {
        Objects.requireNonNull(apiVersion, "apiVersion");
        // Insertion order is kept (LinkedHashMap): generators sort, reviewers see the spec's order in the model.
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        connectedNetworks = List.copyOf(connectedNetworks);
        virtualNetworks = List.copyOf(virtualNetworks);
        natGateways = natGateways == null ? List.of() : List.copyOf(natGateways);
        networkSecurityGroups = networkSecurityGroups == null ? List.of() : List.copyOf(networkSecurityGroups);
        routeTables = routeTables == null ? List.of() : List.copyOf(routeTables);
        privateDnsZones = privateDnsZones == null ? List.of() : List.copyOf(privateDnsZones);
        clusters = List.copyOf(clusters);
    }

    /** A spec without NAT gateways of its own. */
    public Deployment(String apiVersion, String location, String resourceGroup, Map<String, String> tags,
                      List<ConnectedNetwork> connectedNetworks, List<VirtualNetwork> virtualNetworks, List<Cluster> clusters) {
        this(apiVersion, location, resourceGroup, tags, connectedNetworks, virtualNetworks, List.of(), List.of(), clusters);
    }

    /** A spec without network security groups. */
    public Deployment(String apiVersion, String location, String resourceGroup, Map<String, String> tags,
                      List<ConnectedNetwork> connectedNetworks, List<VirtualNetwork> virtualNetworks, List<NatGateway> natGateways,
                      List<Cluster> clusters) {
        this(apiVersion, location, resourceGroup, tags, connectedNetworks, virtualNetworks, natGateways, List.of(), List.of(), clusters);
    }

    /** A spec without private DNS zones of its own. */
    public Deployment(String apiVersion, String location, String resourceGroup, Map<String, String> tags,
                      List<ConnectedNetwork> connectedNetworks, List<VirtualNetwork> virtualNetworks, List<NatGateway> natGateways,
                      List<NetworkSecurityGroup> networkSecurityGroups, List<Cluster> clusters) {
        this(apiVersion, location, resourceGroup, tags, connectedNetworks, virtualNetworks, natGateways, networkSecurityGroups, List.of(),
                List.of(), clusters);
    }

    /** A spec without route tables of its own. */
    public Deployment(String apiVersion, String location, String resourceGroup, Map<String, String> tags,
                      List<ConnectedNetwork> connectedNetworks, List<VirtualNetwork> virtualNetworks, List<NatGateway> natGateways,
                      List<NetworkSecurityGroup> networkSecurityGroups, List<PrivateDnsZone> privateDnsZones, List<Cluster> clusters) {
        this(apiVersion, location, resourceGroup, tags, connectedNetworks, virtualNetworks, natGateways, networkSecurityGroups, List.of(),
                privateDnsZones, clusters);
    }

    /** The location as a region token, the way Azure names regions in host names: {@code West Europe} is {@code westeurope}. */
    public String region() {
        return regionToken(location);
    }

    /** A location as a region token: {@code West Europe} and {@code westeurope} are one region. */
    public static String regionToken(String location) {
        return location.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    }

    /** The route table of the spec of that name (case-insensitive, as in Azure). */
    public Optional<RouteTable> routeTable(String name) {
        return routeTables.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The private DNS zone of the spec of that name (case-insensitive, as DNS names are). */
    public Optional<PrivateDnsZone> privateDnsZone(String name) {
        return privateDnsZones.stream().filter(z -> z.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The NAT gateway of that name (case-insensitive, as in Azure). */
    public Optional<NatGateway> natGateway(String name) {
        return natGateways.stream().filter(n -> n.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Starts the Java DSL. */
    public static DeploymentBuilder builder() {
        return new DeploymentBuilder();
    }

    /** The virtual network of that name (names are case-insensitive in Azure). */
    public Optional<VirtualNetwork> virtualNetwork(String name) {
        return virtualNetworks.stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
    }
}
