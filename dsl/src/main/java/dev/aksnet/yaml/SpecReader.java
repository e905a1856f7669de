package dev.aksnet.yaml;

import dev.aksnet.model.ApiServer;
import dev.aksnet.model.CidrSyntax;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.ClusterIdentities;
import dev.aksnet.model.ConnectedNetwork;
import dev.aksnet.model.Delegation;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.LoadBalancerProfile;
import dev.aksnet.model.ManagedNatGatewayProfile;
import dev.aksnet.model.NatGateway;
import dev.aksnet.model.NetworkSecurityGroup;
import dev.aksnet.model.RouteTable;
import dev.aksnet.model.IngressType;
import dev.aksnet.model.IpFamily;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkModel;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.NodeCount;
import dev.aksnet.model.MaxSurge;
import dev.aksnet.model.BootstrapProfile;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.PrivateEndpointNetworkPolicies;
import dev.aksnet.model.PrivateLinkServiceNetworkPolicies;
import dev.aksnet.model.OsType;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.Peering;
import dev.aksnet.model.PodIpAllocation;
import dev.aksnet.model.PoolMode;
import dev.aksnet.model.PrivateDnsZone;
import dev.aksnet.model.SpecEnum;
import dev.aksnet.model.Subnet;
import dev.aksnet.model.SubnetRef;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.spec.Position;
import dev.aksnet.spec.SourceMap;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.RuleId;
import dev.aksnet.yaml.YamlNode.Mapping;
import dev.aksnet.yaml.YamlNode.Scalar;
import dev.aksnet.yaml.YamlNode.ScalarType;
import dev.aksnet.yaml.YamlNode.Sequence;
import inet.ipaddr.IPAddress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a YAML spec into the model and its {@link SourceMap}. Every user mistake becomes a positioned diagnostic
 * (SPEC_UNREADABLE, SPEC_UNKNOWN_KEY, SPEC_MISSING_KEY, SPEC_BAD_VALUE, CIDR_INVALID, IP_INVALID); nothing is thrown for them.
 * When a value is missing or unusable the model is not built (the result has no spec): the semantic rules run on
 * complete models only.
 */
public final class SpecReader {

    /** What reading gave: the spec when it could be built, and the diagnostics either way. */
    public record Result(Optional<LoadedSpec> spec, List<Diagnostic> diagnostics) {
    }

    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** Lines longer than this are refused before parsing: no spec needs them. */
    static final int MAX_LINE_LENGTH = 16 * 1024;

    private final YamlTreeReader treeReader = new YamlTreeReader();

    /** Reads a spec file; the name diagnostics print is the path as given. */
    public Result read(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return unreadable(name, "is a directory, not a spec file");
            }
            if (!Files.isRegularFile(file)) {
                return unreadable(name, "does not exist");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return unreadable(new Position(name, 1, 1), "spec file " + name + " is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MiB; a spec is a small file", "split the fleet into several spec files");
            }
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
            var result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, out, true);
            if (result.isError()) {
                return unreadable(bytePosition(name, bytes, in.position()), "spec file " + name + " is not UTF-8 text: byte 0x"
                        + String.format("%02x", bytes[in.position()] & 0xff) + " is not valid UTF-8", "save the file as UTF-8");
            }
            return read(name, out.flip().toString());
        } catch (IOException e) {
            return unreadable(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads spec text; {@code fileName} is what diagnostics and generated headers name. */
    public Result read(String fileName, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a UTF-8 byte order mark is harmless; drop it
        }
        int lineNumber = 1;
        for (int start = 0; start <= text.length(); lineNumber++) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            if (length > MAX_LINE_LENGTH) {
                return unreadable(new Position(fileName, lineNumber, MAX_LINE_LENGTH + 1), "line " + lineNumber + " has " + length
                        + " characters; aksnet accepts at most " + MAX_LINE_LENGTH, "break the line, or shorten the value on it");
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        YamlNode root;
        try {
            root = treeReader.read(text);
        } catch (YamlTreeReader.YamlSyntaxException e) {
            Position at = e.line() > 0 ? new Position(fileName, e.line(), e.column()) : Position.ofFile(fileName);
            return new Result(Optional.empty(), List.of(Diagnostic.of(RuleId.SPEC_UNREADABLE, at,
                    e.empty() ? "spec file " + fileName + " is empty" : "not readable YAML: " + e.getMessage(),
                    e.empty() ? "start from a commented starter spec: aksnet init --out - > " + fileName
                            : "fix the YAML syntax at this position")));
        }
        Binder binder = new Binder(new SourceMap(fileName));
        Deployment deployment = binder.deployment(root);
        List<Diagnostic> diagnostics = new ArrayList<>(binder.diagnostics);
        diagnostics.sort(Diagnostic.BY_POSITION);
        Optional<LoadedSpec> spec = binder.complete && deployment != null
                ? Optional.of(new LoadedSpec(fileName, deployment, binder.sourceMap)) : Optional.empty();
        return new Result(spec, List.copyOf(diagnostics));
    }

    /** The {@code object.key} names binding this YAML text asked for (a test reads a spec with every object in it). */
    static Set<String> keysAsked(String text) throws YamlTreeReader.YamlSyntaxException {
        Binder binder = new Binder(new SourceMap("spec.yaml"));
        binder.deployment(new YamlTreeReader().read(text));
        return binder.keysAsked;
    }

    private static Result unreadable(String fileName, String what) {
        return unreadable(Position.ofFile(fileName), "spec file " + fileName + " " + what, "pass the path of a YAML spec file");
    }

    private static Result unreadable(Position at, String message, String hint) {
        return new Result(Optional.empty(), List.of(Diagnostic.of(RuleId.SPEC_UNREADABLE, at, message, hint)));
    }

    /** Line and column (in bytes) of a byte offset. */
    private static Position bytePosition(String fileName, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(fileName, line, offset - lineStart + 1);
    }

    /** Binds one document; collects diagnostics and records every node's position. */
    private static final class Binder {
        final SourceMap sourceMap;
        final List<Diagnostic> diagnostics = new ArrayList<>();
        /** {@code object.key} of every key the binder asked for: tests check that it reads every key the format defines. */
        final Set<String> keysAsked = new java.util.HashSet<>();
        boolean complete = true;

        Binder(SourceMap sourceMap) {
            this.sourceMap = sourceMap;
        }

        Deployment deployment(YamlNode root) {
            Fields f = fields(root, "", "the spec", SpecFormat.DEPLOYMENT);
            if (f == null) {
                return null;
            }
            String apiVersion = f.requiredString("apiVersion");
            String location = f.requiredString("location");
            String resourceGroup = f.requiredString("resourceGroup");
            Map<String, String> tags = f.node("tags").map(n -> tags(n, "tags")).orElse(Map.of());
            List<ConnectedNetwork> connected = f.list("connectedNetworks", false, this::connectedNetwork);
            List<VirtualNetwork> vnets = f.list("virtualNetworks", false, this::virtualNetwork);
            List<NatGateway> natGateways = f.list("natGateways", false, this::natGateway);
            List<NetworkSecurityGroup> nsgs = f.list("networkSecurityGroups", false, this::networkSecurityGroup);
            List<RouteTable> routeTables = f.list("routeTables", false, this::routeTable);
            List<PrivateDnsZone> zones = f.list("privateDnsZones", false, this::privateDnsZone);
            List<Cluster> clusters = f.list("clusters", true, this::cluster);
            if (!complete) {
                return null;
            }
            return new Deployment(apiVersion, location, resourceGroup, tags, connected, vnets, natGateways, nsgs, routeTables, zones, clusters);
        }

        PrivateDnsZone privateDnsZone(YamlNode node, String path) {
            Fields f = fields(node, path, "a private DNS zone", SpecFormat.PRIVATE_DNS_ZONE);
            if (f == null) {
                return null;
            }
            String name = f.requiredString("name");
            List<String> links = f.list("links", false, (n, p) -> string(n, p, "a network's name"));
            return name == null ? null : new PrivateDnsZone(name, links);
        }

        Map<String, String> tags(YamlNode node, String path) {
            if (!(node instanceof Mapping map)) {
                badType(node, path, "tags", "a mapping of names to values");
                return Map.of();
            }
            Map<String, String> tags = new LinkedHashMap<>();
            for (YamlNode.Entry e : map.entries()) {
                String tagPath = path + "." + e.key();
                sourceMap.putKey(tagPath, e.line(), e.column());
                String value = string(e.value(), tagPath, "tag '" + e.key() + "'");
                if (value != null) {
                    tags.put(e.key(), value);
                }
            }
            return tags;
        }

        ConnectedNetwork connectedNetwork(YamlNode node, String path) {
            Fields f = fields(node, path, "a connected network", SpecFormat.CONNECTED_NETWORK);
            if (f == null) {
                return null;
            }
            String name = f.requiredString("name");
            List<IPAddress> cidrs = f.list("cidrs", true, this::cidr);
            return name == null ? null : new ConnectedNetwork(name, cidrs);
        }

        VirtualNetwork virtualNetwork(YamlNode node, String path) {
            Fields f = fields(node, path, "a virtual network", SpecFormat.VIRTUAL_NETWORK);
            if (f == null) {
                return null;
            }
            String name = f.requiredString("name");
            List<IPAddress> space = f.list("addressSpace", true, this::anyCidr);
            boolean existing = f.node("existing").map(n -> bool(n, path + ".existing", "existing")).orElse(false);
            String resourceGroup = f.optionalString("resourceGroup");
            String subscriptionId = f.optionalString("subscriptionId");
            String location = f.optionalString("location");
            List<Subnet> subnets = f.list("subnets", false, this::subnet);
            List<IPAddress> dnsServers = f.list("dnsServers", false, this::address);
            List<Peering> peerings = f.list("peerings", false, this::peering);
            return name == null ? null : new VirtualNetwork(name, space, existing, resourceGroup, subnets, dnsServers, peerings, subscriptionId,
                    location);
        }

        Peering peering(YamlNode node, String path) {
            Fields f = fields(node, path, "a peering", SpecFormat.PEERING);
            if (f == null) {
                return null;
            }
            String remote = f.requiredString("remote");
            boolean forwarded = f.node("allowForwardedTraffic").map(n -> bool(n, path + ".allowForwardedTraffic", "allowForwardedTraffic"))
                    .orElse(false);
            boolean gateways = f.node("useRemoteGateways").map(n -> bool(n, path + ".useRemoteGateways", "useRemoteGateways")).orElse(false);
            return remote == null ? null : new Peering(remote, forwarded, gateways);
        }

        Subnet subnet(YamlNode node, String path) {
            Fields f = fields(node, path, "a subnet", SpecFormat.SUBNET);
            if (f == null) {
                return null;
            }
            String name = f.requiredString("name");
            IPAddress[] prefixes = subnetPrefixes(f, path);
            IPAddress cidr = prefixes == null ? null : prefixes[0];
            Delegation delegation = f.enumValue("delegation", Delegation.class);
            List<String> endpoints = f.list("serviceEndpoints", false, (n, p) -> string(n, p, "a service endpoint"));
            String natGateway = f.optionalString("natGateway");
            Boolean defaultOutboundAccess = f.node("defaultOutboundAccess").map(n -> bool(n, path + ".defaultOutboundAccess",
                    "defaultOutboundAccess")).orElse(null);
            String nsg = f.optionalString("networkSecurityGroup");
            String routeTable = f.optionalString("routeTable");
            PrivateEndpointNetworkPolicies endpointPolicies = f.enumValue("privateEndpointNetworkPolicies", PrivateEndpointNetworkPolicies.class);
            PrivateLinkServiceNetworkPolicies linkServicePolicies = f.enumValue("privateLinkServiceNetworkPolicies",
                    PrivateLinkServiceNetworkPolicies.class);
            return name == null || cidr == null ? null
                    : new Subnet(name, cidr, delegation, endpoints, natGateway, defaultOutboundAccess, nsg, routeTable, endpointPolicies,
                    linkServicePolicies, prefixes[1]);
        }

        /**
         * A subnet's IPv4 prefix and its IPv6 prefix (or null), from {@code cidr} or from the dual-stack {@code cidrs};
         * null when they cannot be read. The positions of {@code cidrs}' items are recorded as {@code .cidr} and
         * {@code .ipv6Cidr}, the paths rules report at.
         */
        IPAddress[] subnetPrefixes(Fields f, String path) {
            Optional<YamlNode> one = f.node("cidr");
            Optional<YamlNode> both = f.node("cidrs");
            if (one.isPresent() && both.isPresent()) {
                error(RuleId.SPEC_BAD_VALUE, sourceMap.keyOf(path + ".cidrs"), "a subnet has cidr or cidrs, not both",
                        "keep cidrs: [<IPv4 range>, <IPv6 /64>] for a dual-stack subnet, or cidr for an IPv4 one");
                return null;
            }
            if (one.isPresent()) {
                IPAddress cidr = cidr(one.get(), path + ".cidr");
                return cidr == null ? null : new IPAddress[]{cidr, null};
            }
            if (both.isEmpty()) {
                if (f.misspelt.contains("cidr") || f.misspelt.contains("cidrs")) {
                    complete = false;
                } else {
                    error(RuleId.SPEC_MISSING_KEY, sourceMap.valueOf(path), "missing required key 'cidr'",
                            "add cidr: <IPv4 range>, or cidrs: [<IPv4 range>, <IPv6 /64>] for a dual-stack subnet");
                }
                return null;
            }
            int before = diagnostics.size();
            List<IPAddress> cidrs = f.list("cidrs", false, this::anyCidr);
            if (diagnostics.size() > before) {
                return null;
            }
            List<Integer> v4 = new ArrayList<>();
            List<Integer> v6 = new ArrayList<>();
            for (int i = 0; i < cidrs.size(); i++) {
                (cidrs.get(i).isIPv6() ? v6 : v4).add(i);
            }
            if (v4.size() != 1 || v6.size() > 1) {
                error(RuleId.SPEC_BAD_VALUE, sourceMap.valueOf(path + ".cidrs"), "a subnet's cidrs are one IPv4 range and at most one "
                        + "IPv6 range; these are " + v4.size() + " IPv4 and " + v6.size() + " IPv6", "write cidrs: [10.90.0.0/22, \"fd00:10:90::/64\"]");
                return null;
            }
            sourceMap.alias(path + ".cidr", path + ".cidrs[" + v4.get(0) + "]");
            v6.forEach(i -> sourceMap.alias(path + ".ipv6Cidr", path + ".cidrs[" + i + "]"));
            return new IPAddress[]{cidrs.get(v4.get(0)), v6.isEmpty() ? null : cidrs.get(v6.get(0))};
        }

        RouteTable routeTable(YamlNode node, String path) {
            Fields f = fields(node, path, "a route table", SpecFormat.ROUTE_TABLE);
            if (f == null) {
                return null;
            }
            String name = f.requiredString("name");
            List<RouteTable.Route> routes = f.list("routes", false, this::route);
            Boolean propagation = f.node("bgpRoutePropagation").map(n -> bool(n, path + ".bgpRoutePropagation", "bgpRoutePropagation"))
                    .orElse(null);
            return name == null ? null : new RouteTable(name, routes, propagation);
        }

        RouteTable.Route route(YamlNode node, String path) {
            Fields f = fields(node, path, "a route", SpecFormat.ROUTE);
            if (f == null) {
                return null;
            }
            String name = f.requiredString("name");
            IPAddress prefix = f.required("prefix").map(n -> anyCidr(n, path + ".prefix")).orElse(null);
            f.required("nextHop");
            RouteTable.NextHop nextHop = f.enumValue("nextHop", RouteTable.NextHop.class);
            IPAddress nextHopIp = f.node("nextHopIp").map(n -> anyAddress(n, path + ".nextHopIp")).orElse(null);
            return name == null || prefix == null || nextHop == null ? null : new RouteTable.Route(name, prefix, nextHop, nextHopIp);
        }

        NetworkSecurityGroup networkSecurityGroup(YamlNode node, String path) {
            Fields f = fields(node, path, "a network security group", SpecFormat.NETWORK_SECURITY_GROUP);
            if (f == null) {
                return null;
            }
            String name = f.requiredString("name");
            List<NetworkSecurityGroup.SecurityRule> rules = f.list("rules", false, this::securityRule);
            return name == null ? null : new NetworkSecurityGroup(name, rules);
        }

        NetworkSecurityGroup.SecurityRule securityRule(YamlNode node, String path) {
            Fields f = fields(node, path, "a security rule", SpecFormat.SECURITY_RULE);
            if (f == null) {
                return null;
            }
            String name = f.requiredString("name");
            Integer priority = f.required("priority").map(n -> integer(n, path + ".priority", "priority")).orElse(null);
            f.required("direction");
            f.required("access");
            var direction = f.enumValue("direction", NetworkSecurityGroup.Direction.class);
            var access = f.enumValue("access", NetworkSecurityGroup.Access.class);
            var protocol = Optional.ofNullable(f.enumValue("protocol", NetworkSecurityGroup.Protocol.class)).orElse(NetworkSecurityGroup.Protocol.ANY);
            String source = Optional.ofNullable(f.optionalString("source")).orElse("*");
            String destination = Optional.ofNullable(f.optionalString("destination")).orElse("*");
            String ports = f.node("ports").map(n -> ports(n, path + ".ports")).orElse("*");
            return name == null || priority == null || direction == null || access == null || ports == null ? null
                    : new NetworkSecurityGroup.SecurityRule(name, priority, direction, access, protocol, source, destination, ports);
        }

        NatGateway natGateway(YamlNode node, String path) {
            Fields f = fields(node, path, "a NAT gateway", SpecFormat.NAT_GATEWAY);
            if (f == null) {
                return null;
            }
            String name = f.requiredString("name");
            List<Integer> zones = f.list("zones", false, (n, p) -> integer(n, p, "a zone"));
            Integer publicIps = f.optionalInteger("publicIps");
            Integer prefixLength = f.optionalInteger("publicIpPrefixLength");
            List<String> ipIds = f.list("publicIpIds", false, (n, p) -> string(n, p, "a public IP's resource id"));
            Integer idle = f.optionalInteger("idleTimeoutMinutes");
            return name == null ? null : new NatGateway(name, zones, publicIps, prefixLength, ipIds, idle);
        }

        LoadBalancerProfile loadBalancer(YamlNode node, String path) {
            Fields f = fields(node, path, "load balancer settings", SpecFormat.LOAD_BALANCER);
            if (f == null) {
                return null;
            }
            return new LoadBalancerProfile(f.optionalInteger("managedOutboundIps"),
                    f.list("outboundIpIds", false, (n, p) -> string(n, p, "a public IP's resource id")),
                    f.list("outboundIpPrefixIds", false, (n, p) -> string(n, p, "a public IP prefix's resource id")),
                    f.optionalInteger("allocatedOutboundPorts"), f.optionalInteger("idleTimeoutMinutes"),
                    f.optionalInteger("managedOutboundIpv6Ips"));
        }

        ManagedNatGatewayProfile managedNatGateway(YamlNode node, String path) {
            Fields f = fields(node, path, "managed NAT gateway settings", SpecFormat.MANAGED_NAT_GATEWAY);
            if (f == null) {
                return null;
            }
            return new ManagedNatGatewayProfile(f.optionalInteger("managedOutboundIps"), f.optionalInteger("idleTimeoutMinutes"));
        }

        Cluster cluster(YamlNode node, String path) {
            Fields f = fields(node, path, "a cluster", SpecFormat.CLUSTER);
            if (f == null) {
                return null;
            }
            String name = f.requiredString("name");
            String dnsPrefix = f.optionalString("dnsPrefix");
            String version = f.optionalString("kubernetesVersion");
            Network network = f.required("network").map(n -> network(n, path + ".network")).orElse(null);
            List<NodePool> pools = f.list("nodePools", true, this::nodePool);
            boolean privateCluster = f.node("privateCluster").map(n -> bool(n, path + ".privateCluster", "privateCluster")).orElse(false);
            String privateDnsZone = f.optionalString("privateDnsZone");
            List<String> endpoints = f.list("serviceEndpoints", false, (n, p) -> string(n, p, "a service endpoint"));
            Ingress ingress = f.node("ingress").map(n -> ingress(n, path + ".ingress")).orElse(null);
            ApiServer apiServer = f.node("apiServer").map(n -> apiServer(n, path + ".apiServer")).orElse(null);
            ClusterIdentities identities = f.node("identity").map(n -> identities(n, path + ".identity")).orElse(null);
            String fqdnSubdomain = f.optionalString("fqdnSubdomain");
            return name == null || network == null ? null
                    : new Cluster(name, dnsPrefix, version, network, pools, privateCluster, privateDnsZone, endpoints, ingress, apiServer,
                    identities, fqdnSubdomain, f.node("appRouting").map(n -> appRouting(n, path + ".appRouting")).orElse(null));
        }

        dev.aksnet.model.AppRouting appRouting(YamlNode node, String path) {
            Fields f = fields(node, path, "the application routing add-on", SpecFormat.APP_ROUTING);
            if (f == null) {
                return null;
            }
            return new dev.aksnet.model.AppRouting(f.list("dnsZoneIds", false, (n, p) -> string(n, p, "a DNS zone's resource id")),
                    f.enumValue("defaultController", dev.aksnet.model.AppRouting.DefaultController.class));
        }

        ClusterIdentities identities(YamlNode node, String path) {
            Fields f = fields(node, path, "a cluster's identities", SpecFormat.IDENTITY);
            return f == null ? null : new ClusterIdentities(f.optionalString("controlPlane"), f.optionalString("kubelet"));
        }

        ApiServer apiServer(YamlNode node, String path) {
            Fields f = fields(node, path, "API server settings", SpecFormat.API_SERVER);
            if (f == null) {
                return null;
            }
            Boolean privateCluster = f.node("private").map(n -> bool(n, path + ".private", "private")).orElse(null);
            String privateDnsZone = f.optionalString("privateDnsZone");
            SubnetRef subnet = f.node("vnetIntegration").map(n -> {
                Fields v = fields(n, path + ".vnetIntegration", "VNet integration", SpecFormat.VNET_INTEGRATION);
                return v == null ? null : Optional.ofNullable(v.requiredString("subnet")).map(SubnetRef::parse).orElse(null);
            }).orElse(null);
            List<IPAddress> ranges = f.list("authorizedIpRanges", false, this::cidr);
            Boolean publicFqdn = f.node("publicFqdn").map(n -> bool(n, path + ".publicFqdn", "publicFqdn")).orElse(null);
            return new ApiServer(privateCluster, privateDnsZone, subnet, ranges, publicFqdn);
        }

        Ingress ingress(YamlNode node, String path) {
            Fields f = fields(node, path, "an ingress", SpecFormat.INGRESS);
            if (f == null) {
                return null;
            }
            f.required("type");
            IngressType type = f.enumValue("type", IngressType.class);
            SubnetRef subnet = Optional.ofNullable(f.optionalString("subnet")).map(SubnetRef::parse).orElse(null);
            IPAddress subnetCidr = f.node("subnetCidr").map(n -> cidr(n, path + ".subnetCidr")).orElse(null);
            String gatewayId = f.optionalString("gatewayId");
            return type == null ? null : new Ingress(type, subnet, subnetCidr, gatewayId);
        }

        Network network(YamlNode node, String path) {
            Fields f = fields(node, path, "a network", SpecFormat.NETWORK);
            if (f == null) {
                return null;
            }
            f.required("plugin");
            NetworkPlugin plugin = f.enumValue("plugin", NetworkPlugin.class);
            NetworkModel model = f.enumValue("model", NetworkModel.class);
            PodIpAllocation allocation = f.enumValue("podIpAllocation", PodIpAllocation.class);
            NetworkPolicy policy = f.enumValue("policy", NetworkPolicy.class);
            NetworkDataplane dataplane = f.enumValue("dataplane", NetworkDataplane.class);
            List<IpFamily> ipFamilies = f.enumList("ipFamilies", IpFamily.class);
            List<IPAddress> podCidrs = rangesPerFamily(f, path, "podCidr");
            List<IPAddress> serviceCidrs = rangesPerFamily(f, path, "serviceCidr");
            IPAddress dnsServiceIp = f.node("dnsServiceIp").map(n -> address(n, path + ".dnsServiceIp", RuleId.DNS_IP_INVALID)).orElse(null);
            OutboundType outbound = f.enumValue("outbound", OutboundType.class);
            IPAddress nextHop = f.node("egressNextHopIp").map(n -> address(n, path + ".egressNextHopIp")).orElse(null);
            LoadBalancerProfile loadBalancer = f.node("loadBalancer").map(n -> loadBalancer(n, path + ".loadBalancer")).orElse(null);
            ManagedNatGatewayProfile natGateway = f.node("natGateway").map(n -> managedNatGateway(n, path + ".natGateway")).orElse(null);
            BootstrapProfile bootstrap = f.node("bootstrap").map(n -> bootstrap(n, path + ".bootstrap")).orElse(null);
            return plugin == null ? null
                    : new Network(plugin, model, allocation, policy, dataplane, podCidrs, serviceCidrs, dnsServiceIp, outbound, nextHop,
                    loadBalancer, natGateway, bootstrap, ipFamilies,
                    f.node("advancedNetworking").map(n -> advancedNetworking(n, path + ".advancedNetworking")).orElse(null));
        }

        dev.aksnet.model.AdvancedNetworking advancedNetworking(YamlNode node, String path) {
            Fields f = fields(node, path, "advanced container networking", SpecFormat.ADVANCED_NETWORKING);
            if (f == null) {
                return null;
            }
            boolean observability = f.node("observability").map(n -> bool(n, path + ".observability", "observability")).orElse(false);
            boolean security = f.node("security").map(n -> bool(n, path + ".security", "security")).orElse(false);
            return new dev.aksnet.model.AdvancedNetworking(observability, security);
        }

        /**
         * A cluster's pod or service ranges: {@code key} (one IPv4 range) or {@code keys} (one per IP family). Rules report
         * at {@code key} for the IPv4 range, {@code keyV6} for the IPv6 one and {@code keys} for the list, whichever was
         * written.
         */
        List<IPAddress> rangesPerFamily(Fields f, String path, String key) {
            Optional<YamlNode> one = f.node(key);
            Optional<YamlNode> many = f.node(key + "s");
            if (one.isPresent() && many.isPresent()) {
                error(RuleId.SPEC_BAD_VALUE, sourceMap.keyOf(path + "." + key + "s"), "a network has " + key + " or " + key + "s, not both",
                        "keep " + key + "s (one range per IP family) for a dual-stack cluster, or " + key + " for an IPv4 one");
                return List.of();
            }
            if (one.isPresent()) {
                IPAddress cidr = cidr(one.get(), path + "." + key);
                sourceMap.alias(path + "." + key + "s", path + "." + key);
                return cidr == null ? List.of() : List.of(cidr);
            }
            List<IPAddress> cidrs = f.list(key + "s", false, this::anyCidr);
            for (int i = cidrs.size() - 1; i >= 0; i--) {
                sourceMap.alias(path + "." + key + (cidrs.get(i).isIPv6() ? "V6" : ""), path + "." + key + "s[" + i + "]");
            }
            return cidrs;
        }

        BootstrapProfile bootstrap(YamlNode node, String path) {
            Fields f = fields(node, path, "a bootstrap profile", SpecFormat.BOOTSTRAP);
            if (f == null) {
                return null;
            }
            f.required("artifactSource");
            BootstrapProfile.ArtifactSource source = f.enumValue("artifactSource", BootstrapProfile.ArtifactSource.class);
            String registry = f.optionalString("containerRegistryId");
            return source == null ? null : new BootstrapProfile(source, registry);
        }

        NodePool nodePool(YamlNode node, String path) {
            Fields f = fields(node, path, "a node pool", SpecFormat.NODE_POOL);
            if (f == null) {
                return null;
            }
            String name = f.requiredString("name");
            PoolMode mode = Optional.ofNullable(f.enumValue("mode", PoolMode.class)).orElse(PoolMode.USER);
            OsType os = Optional.ofNullable(f.enumValue("os", OsType.class)).orElse(OsType.LINUX);
            String vmSize = f.requiredString("vmSize");
            NodeCount count = nodeCount(f, node, path);
            Integer maxPods = f.node("maxPods").map(n -> integer(n, path + ".maxPods", "maxPods")).orElse(null);
            SubnetRef subnet = Optional.ofNullable(f.optionalString("subnet")).map(SubnetRef::parse).orElse(null);
            SubnetRef podSubnet = Optional.ofNullable(f.optionalString("podSubnet")).map(SubnetRef::parse).orElse(null);
            List<Integer> zones = f.list("zones", false, (n, p) -> integer(n, p, "a zone"));
            boolean nodePublicIp = f.node("nodePublicIp").map(n -> bool(n, path + ".nodePublicIp", "nodePublicIp")).orElse(false);
            String prefixId = f.optionalString("nodePublicIpPrefixId");
            MaxSurge maxSurge = f.node("maxSurge").map(n -> maxSurge(n, path + ".maxSurge")).orElse(null);
            boolean onlyCriticalAddons = f.node("onlyCriticalAddons").map(n -> bool(n, path + ".onlyCriticalAddons", "onlyCriticalAddons"))
                    .orElse(false);
            return name == null || vmSize == null || count == null ? null
                    : new NodePool(name, mode, os, vmSize, count, maxPods, subnet, podSubnet, zones, nodePublicIp, prefixId, maxSurge,
                    onlyCriticalAddons, f.enumValue("osSku", dev.aksnet.model.OsSku.class),
                    f.node("windowsOutboundNat").map(n -> bool(n, path + ".windowsOutboundNat", "windowsOutboundNat")).orElse(null));
        }

        /** A node count ({@code 5}) or a percentage ({@code 33%}), as AKS's maxSurge. */
        MaxSurge maxSurge(YamlNode node, String path) {
            String text = node instanceof Scalar s && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.STRING) ? s.text() : null;
            Optional<MaxSurge> parsed = MaxSurge.parse(text);
            if (parsed.isEmpty()) {
                error(RuleId.MAX_SURGE_INVALID, sourceMap.valueOf(path), "maxSurge " + (text == null ? "must be a node count or a percentage"
                        : "'" + text + "' is neither a node count of at least 1 nor a percentage from 1% to 100%"),
                        "write a node count such as 5 or a percentage such as 33% (AKS recommends 33% for production pools)");
                return null;
            }
            return parsed.get();
        }

        NodeCount nodeCount(Fields f, YamlNode node, String path) {
            Optional<YamlNode> count = f.node("count");
            Optional<YamlNode> autoscale = f.node("autoscale");
            if (count.isPresent() && autoscale.isPresent()) {
                error(RuleId.SPEC_BAD_VALUE, sourceMap.keyOf(path + ".autoscale"), "a node pool has either count or autoscale, not both",
                        "keep count for a fixed size, or autoscale: {min, max} for the cluster autoscaler");
                return null;
            }
            if (count.isPresent()) {
                Integer n = integer(count.get(), path + ".count", "count");
                return n == null ? null : new NodeCount.Fixed(n);
            }
            if (autoscale.isPresent()) {
                Fields a = fields(autoscale.get(), path + ".autoscale", "autoscale", SpecFormat.AUTOSCALE);
                if (a == null) {
                    return null;
                }
                Integer min = a.required("min").map(n -> integer(n, path + ".autoscale.min", "min")).orElse(null);
                Integer max = a.required("max").map(n -> integer(n, path + ".autoscale.max", "max")).orElse(null);
                return min == null || max == null ? null : new NodeCount.Autoscale(min, max);
            }
            if (f.misspelt.contains("count") || f.misspelt.contains("autoscale")) {
                complete = false;
            } else {
                error(RuleId.SPEC_MISSING_KEY, sourceMap.valueOf(path), "a node pool needs count or autoscale",
                        "add count: 3, or autoscale: {min: 1, max: 5}");
            }
            return null;
        }

        // --- scalars --------------------------------------------------------------------------------------------

        String string(YamlNode node, String path, String what) {
            if (node instanceof Scalar s && s.type() == ScalarType.STRING) {
                return s.text();
            }
            String hint = node instanceof Scalar s && s.type() != ScalarType.NULL
                    ? "quote the value to make it a string: \"" + s.text() + "\"" : "write a string";
            typeError(node, path, what + " must be a string, not " + node.kind(), hint);
            return null;
        }

        /** An NSG rule's ports: a port, a string of ranges, or a list of these (the API's destinationPortRanges), as one string. */
        String ports(YamlNode node, String path) {
            if (node instanceof Sequence seq && !seq.items().isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < seq.items().size(); i++) {
                    parts.add(ports(seq.items().get(i), path + "[" + i + "]"));
                }
                return parts.contains(null) ? null : String.join(",", parts);
            }
            return node instanceof Scalar sc && sc.type() == ScalarType.INTEGER ? sc.text() : string(node, path, "ports");
        }

        Boolean bool(YamlNode node, String path, String what) {
            if (node instanceof Scalar s && s.type() == ScalarType.BOOLEAN) {
                return Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
            }
            typeError(node, path, what + " must be true or false, not " + node.kind(), "write true or false");
            return false;
        }

        private static final java.util.regex.Pattern LEADING_ZERO_INTEGER = java.util.regex.Pattern.compile("[-+]?0[0-9]+");

        Integer integer(YamlNode node, String path, String what) {
            if (node instanceof Scalar s && s.type() == ScalarType.INTEGER && LEADING_ZERO_INTEGER.matcher(s.text()).matches()) {
                // YAML 1.1 reads 010 as octal 8; YAML 1.2 as 10. Neither reading is safe to guess.
                typeError(node, path, what + " '" + s.text() + "' has a leading zero, which YAML 1.1 reads as an octal number",
                        "write it without the leading zero");
                return null;
            }
            if (node instanceof Scalar s && s.type() == ScalarType.INTEGER) {
                try {
                    return Integer.valueOf(s.text());
                } catch (NumberFormatException e) {
                    // falls through: not a plain decimal int (e.g. 0x10, 1_000, out of range)
                }
            }
            typeError(node, path, what + " must be a whole number, not " + (node instanceof Scalar s ? "'" + s.text() + "'" : node.kind()),
                    "write a decimal number such as 3");
            return null;
        }

        IPAddress cidr(YamlNode node, String path) {
            return parsed(node, path, "a CIDR", CidrSyntax::parseIpv4Block, RuleId.CIDR_INVALID);
        }

        /** An IPv4 or IPv6 CIDR (a network's address space, a dual-stack range). */
        IPAddress anyCidr(YamlNode node, String path) {
            return parsed(node, path, "a CIDR", CidrSyntax::parseBlock, RuleId.CIDR_INVALID);
        }

        /** An IPv4 or IPv6 address (a route's next hop). */
        IPAddress anyAddress(YamlNode node, String path) {
            return parsed(node, path, "an IP address", CidrSyntax::parseAddress, RuleId.IP_INVALID);
        }

        IPAddress address(YamlNode node, String path) {
            return address(node, path, RuleId.IP_INVALID);
        }

        /** An IPv4 address, reported under {@code rule} when it is not one (DNS_IP_INVALID for the DNS service IP). */
        IPAddress address(YamlNode node, String path, RuleId rule) {
            return parsed(node, path, "an IP address", CidrSyntax::parseIpv4Address, rule);
        }

        /** A string read by {@code parser}; a refused text is reported under {@code rule} with CidrSyntax's message and hint. */
        private IPAddress parsed(YamlNode node, String path, String what, java.util.function.Function<String, IPAddress> parser, RuleId rule) {
            String text = string(node, path, what);
            if (text == null) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (CidrSyntax.InvalidCidrException e) {
                error(rule, sourceMap.valueOf(path), e.getMessage(), e.hint());
                return null;
            }
        }

        // --- reporting ------------------------------------------------------------------------------------------

        void typeError(YamlNode node, String path, String message, String hint) {
            error(RuleId.SPEC_BAD_VALUE, sourceMap.valueOf(path), message, hint);
        }

        void badType(YamlNode node, String path, String what, String expected) {
            typeError(node, path, what + " must be " + expected + ", not " + node.kind(), "write " + expected);
        }

        void error(RuleId rule, Position at, String message, String hint) {
            diagnostics.add(Diagnostic.of(rule, at, message, hint));
            complete = false;
        }

        /** The fields of a mapping node, checked against the keys its object knows; null when it is no mapping. */
        Fields fields(YamlNode node, String path, String what, SpecFormat.ObjectType type) {
            Set<String> known = type.keys();
            sourceMap.putValue(path, node.line(), node.column());
            if (!(node instanceof Mapping map)) {
                badType(node, path, what, "a mapping (key: value lines)");
                return null;
            }
            Map<String, YamlNode> values = new LinkedHashMap<>();
            Set<String> misspelt = new java.util.HashSet<>();
            for (YamlNode.Entry e : map.entries()) {
                String childPath = path.isEmpty() ? e.key() : path + "." + e.key();
                sourceMap.putKey(childPath, e.line(), e.column());
                sourceMap.putValue(childPath, e.value().line(), e.value().column());
                if (known.contains(e.key())) {
                    values.put(e.key(), e.value());
                } else {
                    // An unknown key does not stop the model being built: it is reported, never silently ignored.
                    Optional<String> meant = Suggestions.closest(e.key(), known);
                    meant.ifPresent(misspelt::add);
                    diagnostics.add(Diagnostic.of(RuleId.SPEC_UNKNOWN_KEY, new Position(sourceMap.file(), e.line(), e.column()),
                            "unknown key '" + e.key() + "' in " + what, meant.map(k -> "did you mean '" + k + "'?")
                                    .orElse("known keys: " + String.join(", ", known.stream().sorted().toList()))));
                }
            }
            return new Fields(type, path, values, misspelt);
        }

        /** The known fields of one mapping. */
        final class Fields {
            private final SpecFormat.ObjectType type;
            private final String path;
            private final Map<String, YamlNode> values;
            /** Known keys that an unknown key of this mapping most likely meant (its did-you-mean). */
            private final Set<String> misspelt;

            Fields(SpecFormat.ObjectType type, String path, Map<String, YamlNode> values, Set<String> misspelt) {
                this.type = type;
                this.path = path;
                this.values = values;
                this.misspelt = misspelt;
            }

            /**
             * A required key is missing. When an unknown key of the mapping was meant to be it, SPEC_UNKNOWN_KEY already
             * said so with the right name: one error for one typo, not a second for the key it hides.
             */
            void missing(String key, String message, String hint) {
                if (misspelt.contains(key)) {
                    complete = false;
                } else {
                    error(RuleId.SPEC_MISSING_KEY, sourceMap.valueOf(path), message, hint);
                }
            }

            String childPath(String key) {
                return path.isEmpty() ? key : path + "." + key;
            }

            /** The value of {@code key}, when present and not null; {@code key} must be one the format defines. */
            Optional<YamlNode> node(String key) {
                keysAsked.add(type.name() + "." + type.field(key).name());
                YamlNode n = values.get(key);
                return n instanceof Scalar s && s.type() == ScalarType.NULL ? Optional.empty() : Optional.ofNullable(n);
            }

            Optional<YamlNode> required(String key) {
                Optional<YamlNode> n = node(key);
                if (n.isEmpty()) {
                    missing(key, "missing required key '" + key + "'", "add " + key + ": …");
                }
                return n;
            }

            String requiredString(String key) {
                return required(key).map(n -> string(n, childPath(key), key)).orElse(null);
            }

            String optionalString(String key) {
                return node(key).map(n -> string(n, childPath(key), key)).orElse(null);
            }

            Integer optionalInteger(String key) {
                return node(key).map(n -> integer(n, childPath(key), key)).orElse(null);
            }

            <E extends Enum<E> & SpecEnum> E enumValue(String key, Class<E> type) {
                Optional<YamlNode> n = node(key);
                if (n.isEmpty()) {
                    return null;
                }
                String text = string(n.get(), childPath(key), key);
                if (text == null) {
                    return null;
                }
                E value = SpecEnum.fromSpecName(type, text);
                if (value == null) {
                    List<String> names = SpecEnum.specNames(type);
                    error(RuleId.SPEC_BAD_VALUE, sourceMap.valueOf(childPath(key)), key + " '" + text + "' is not one of "
                                    + String.join(", ", names),
                            Suggestions.closest(text, names).map(s -> "did you mean '" + s + "'?").orElse("use one of " + String.join(", ", names)));
                }
                return value;
            }

            /** A list of one enum's values; an unknown value is reported and left out. */
            <E extends Enum<E> & SpecEnum> List<E> enumList(String key, Class<E> type) {
                return list(key, false, (item, itemPath) -> {
                    String text = string(item, itemPath, key);
                    if (text == null) {
                        return null;
                    }
                    E value = SpecEnum.fromSpecName(type, text);
                    if (value == null) {
                        List<String> names = SpecEnum.specNames(type);
                        error(RuleId.SPEC_BAD_VALUE, sourceMap.valueOf(itemPath), key + " '" + text + "' is not one of " + String.join(", ", names),
                                Suggestions.closest(text, names).map(s -> "did you mean '" + s + "'?").orElse("use one of " + String.join(", ", names)));
                    }
                    return value;
                });
            }

            /** A list of objects; a missing required list is reported, an item that could not be read is left out. */
            <T> List<T> list(String key, boolean required, ItemReader<T> reader) {
                Optional<YamlNode> n = required ? required(key) : node(key);
                if (n.isEmpty()) {
                    return List.of();
                }
                String listPath = childPath(key);
                if (!(n.get() instanceof Sequence seq)) {
                    badType(n.get(), listPath, key, "a list");
                    return List.of();
                }
                List<T> items = new ArrayList<>();
                for (int i = 0; i < seq.items().size(); i++) {
                    String itemPath = listPath + "[" + i + "]";
                    YamlNode item = seq.items().get(i);
                    sourceMap.putValue(itemPath, item.line(), item.column());
                    T value = reader.read(item, itemPath);
                    if (value != null) {
                        items.add(value);
                    }
                }
                return items;
            }
        }
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(YamlNode node, String path);
    }
}
