package dev.aksnet.validation.rules;

import dev.aksnet.model.NetworkSecurityGroup;
import dev.aksnet.model.NetworkSecurityGroup.Direction;
import dev.aksnet.model.NetworkSecurityGroup.Protocol;
import dev.aksnet.model.NetworkSecurityGroup.SecurityRule;
import dev.aksnet.resolve.Choices;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.NsgAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.validation.rules.SecurityRuleMatch.Endpoint;
import dev.aksnet.validation.rules.SecurityRuleMatch.Flow;
import dev.aksnet.validation.rules.SecurityRuleMatch.PortRange;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Network security groups of the spec. NSG = Azure "Network security groups" (rules, priorities 100-4096, service tags,
 * default rules); CNI: "If you provide your own subnet and add NSGs associated with that subnet, you must ensure that the
 * security rules in the NSGs allow traffic within the node CIDR range"; OVL: node CIDR ↔ node CIDR, node CIDR → pod
 * CIDR, pod CIDR ↔ pod CIDR on all ports and protocols; VNI: the API server subnet to the nodes on TCP 443 and 4443;
 * AGW: Application Gateway v2 needs inbound TCP 65200-65535 from GatewayManager.
 */
public final class NsgRules {
    private NsgRules() {
    }

    /** NSG rule priorities (NSG). */
    public static final int PRIORITY_MIN = 100;
    public static final int PRIORITY_MAX = 4096;
    /** VNI: "APIServer Subnet CIDR → Cluster Subnet, TCP 443 and 4443". */
    static final List<PortRange> API_SERVER_PORTS = List.of(new PortRange(443, 443), new PortRange(4443, 4443));
    /** AGW v2's infrastructure ports. */
    static final List<PortRange> GATEWAY_MANAGER_PORTS = List.of(new PortRange(65200, 65535));

    private static String rulePath(NsgAt n, int rule) {
        return n.path() + ".rules[" + rule + "]";
    }

    /** NSG_NAME_INVALID (NAME). */
    public static final class NameInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NSG_NAME_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (NsgAt n : spec.networkSecurityGroups()) {
                if (!NameRules.SUBNET_NAME.matcher(n.nsg().name()).matches()) {
                    report.at(n.path() + ".name", "network security group name '" + n.nsg().name() + "' breaks Azure's naming rules",
                            "use 1-80 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'");
                }
            }
        }
    }

    /** NSG_UNKNOWN (contract): a subnet's networkSecurityGroup names an NSG of the spec. */
    public static final class Unknown implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NSG_UNKNOWN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            List<String> names = spec.networkSecurityGroups().stream().map(n -> n.nsg().name()).toList();
            for (SubnetAt s : spec.subnets()) {
                String name = s.subnet().networkSecurityGroup();
                if (name != null && spec.resolved().networkSecurityGroupOf(s).isEmpty()) {
                    report.at(s.path() + ".networkSecurityGroup", "subnet '" + s.qualifiedName() + "' names network security group '" + name
                                    + "', which the spec does not define", dev.aksnet.yaml.Suggestions.closest(name, names)
                                    .map(m -> "did you mean '" + m + "'?").orElse("declare it under networkSecurityGroups"));
                }
            }
        }
    }

    /** NSG_EXISTING_SUBNET (aksnet): aksnet associates its NSGs with subnets it creates only. */
    public static final class ExistingSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NSG_EXISTING_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                if (s.subnet().networkSecurityGroup() != null && !s.vnet().created()) {
                    report.at(s.path() + ".networkSecurityGroup", "subnet '" + s.qualifiedName() + "' belongs to an existing network; aksnet "
                                    + "associates network security groups with subnets it creates only (an existing subnet's NSG is its owner's)",
                            "remove networkSecurityGroup here and associate the NSG where the network is managed");
                }
            }
        }
    }

    /** NSG_RULE_PRIORITY (NSG): 100 to 4096, unique per direction. */
    public static final class RulePriority implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NSG_RULE_PRIORITY;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (NsgAt n : spec.networkSecurityGroups()) {
                Set<String> seen = new HashSet<>();
                List<SecurityRule> rules = n.nsg().rules();
                for (int i = 0; i < rules.size(); i++) {
                    SecurityRule r = rules.get(i);
                    if (r.priority() < PRIORITY_MIN || r.priority() > PRIORITY_MAX) {
                        report.at(rulePath(n, i) + ".priority", "rule '" + r.name() + "' of '" + n.nsg().name() + "' has priority " + r.priority()
                                + "; Azure accepts " + PRIORITY_MIN + " to " + PRIORITY_MAX, "use a priority from 100 to 4096");
                    } else if (!seen.add(r.direction() + "/" + r.priority())) {
                        report.at(rulePath(n, i) + ".priority", "two " + r.direction().specName() + " rules of '" + n.nsg().name()
                                + "' have priority " + r.priority() + "; each must be unique", "give rule '" + r.name() + "' another priority");
                    }
                }
            }
        }
    }

    /** NSG_RULE_INVALID (NSG): names, addresses and ports Azure accepts. */
    public static final class RuleInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NSG_RULE_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (NsgAt n : spec.networkSecurityGroups()) {
                List<SecurityRule> rules = n.nsg().rules();
                for (int i = 0; i < rules.size(); i++) {
                    SecurityRule r = rules.get(i);
                    if (!NameRules.SUBNET_NAME.matcher(r.name()).matches()) {
                        report.at(rulePath(n, i) + ".name", "rule name '" + r.name() + "' breaks Azure's naming rules",
                                "use 1-80 letters, digits, '_', '.' or '-'");
                    }
                    for (String[] end : new String[][]{{"source", r.source()}, {"destination", r.destination()}}) {
                        if (SecurityRuleMatch.endpoint(end[1], List.of()).isEmpty()) {
                            report.at(rulePath(n, i) + "." + end[0], end[0] + " '" + end[1] + "' of rule '" + r.name()
                                    + "' is neither *, an IPv4 or IPv6 CIDR or address, nor a service tag", "write e.g. 10.0.0.0/16, fd00:10:90::/64, *, or VirtualNetwork");
                        }
                    }
                    if (SecurityRuleMatch.ports(r.ports()).isEmpty()) {
                        report.at(rulePath(n, i) + ".ports", "ports '" + r.ports() + "' of rule '" + r.name() + "' are not *, a port, a range "
                                + "or several joined by commas", "write e.g. *, 443, 1000-2000 or 80,443");
                    }
                }
            }
        }
    }

    /**
     * The flows one cluster needs through a subnet it uses, each with the parts AKS itself uses: the in-cluster flows once
     * per IP family of a dual-stack cluster (an NSG's rules are per family, so one family's allow rule covers only its
     * flows); the probes and the API server's traffic over IPv4.
     */
    private static List<Need> flows(ValidationContext spec, ClusterAt c, SubnetAt s) {
        List<PoolAt> pools = spec.pools(c);
        boolean nodeSubnet = pools.stream().anyMatch(p -> p.subnet().filter(x -> x == s).isPresent());
        boolean podSubnet = pools.stream().anyMatch(p -> p.podSubnet().filter(x -> x == s).isPresent());
        var network = c.cluster().network();
        List<Flow> flows = new ArrayList<>();
        for (boolean v6 : network.dualStack() ? List.of(false, true) : List.of(false)) {
            java.util.function.Function<SubnetAt, IPAddress> family = x -> v6 ? x.subnet().ipv6Cidr() : x.subnet().cidr();
            IPAddress here = family.apply(s);
            if (here == null) {
                continue;
            }
            List<IPAddress> nodes = pools.stream().flatMap(p -> p.subnet().stream()).map(family).filter(java.util.Objects::nonNull).distinct().toList();
            List<IPAddress> podSubnets = pools.stream().flatMap(p -> p.podSubnet().stream()).map(family).filter(java.util.Objects::nonNull)
                    .distinct().toList();
            Endpoint nodeCidr = Endpoint.of(nodes);
            Endpoint self = Endpoint.of(List.of(here));
            if (nodeSubnet) {
                flows.add(new Flow("node-to-node traffic", Direction.INBOUND, nodeCidr, self, Protocol.ANY, SecurityRuleMatch.ALL_PORTS, false));
                flows.add(new Flow("node-to-node traffic", Direction.OUTBOUND, self, nodeCidr, Protocol.ANY, SecurityRuleMatch.ALL_PORTS, false));
                IPAddress podCidr = v6 ? network.effectivePodCidrV6() : network.effectivePodCidr();
                if (podCidr != null) {
                    Endpoint pods = Endpoint.of(List.of(podCidr));
                    for (Direction d : Direction.values()) {
                        flows.add(new Flow("node-to-pod traffic (service routing)", d, nodeCidr, pods, Protocol.ANY, SecurityRuleMatch.ALL_PORTS, false));
                        flows.add(new Flow("pod-to-pod traffic", d, pods, pods, Protocol.ANY, SecurityRuleMatch.ALL_PORTS, false));
                    }
                }
                if (!podSubnets.isEmpty()) {
                    flows.add(new Flow("pod-to-node traffic", Direction.INBOUND, Endpoint.of(podSubnets), self, Protocol.ANY,
                            SecurityRuleMatch.ALL_PORTS, false));
                    flows.add(new Flow("node-to-pod traffic", Direction.OUTBOUND, self, Endpoint.of(podSubnets), Protocol.ANY,
                            SecurityRuleMatch.ALL_PORTS, false));
                }
            }
            if (podSubnet) {
                List<IPAddress> peers = new ArrayList<>(nodes);
                peers.addAll(podSubnets);
                flows.add(new Flow("node- and pod-to-pod traffic", Direction.INBOUND, Endpoint.of(peers), self, Protocol.ANY,
                        SecurityRuleMatch.ALL_PORTS, false));
                flows.add(new Flow("pod-to-node and pod-to-pod traffic", Direction.OUTBOUND, self, Endpoint.of(peers), Protocol.ANY,
                        SecurityRuleMatch.ALL_PORTS, false));
            }
        }
        Flow probes = null;
        if (nodeSubnet) {
            Endpoint self = Endpoint.of(List.of(s.subnet().cidr()));
            probes = new Flow("the load balancer's health probes", Direction.INBOUND,
                    new Endpoint(false, List.of(SecurityRuleMatch.PROBE_SOURCE), SecurityRuleMatch.AZURE_LOAD_BALANCER), self, Protocol.ANY,
                    SecurityRuleMatch.ALL_PORTS, false);
            flows.add(probes);
            spec.apiServerSubnet(c).ifPresent(api -> flows.add(new Flow("the API server's traffic to the nodes (TCP 443, 4443)",
                    Direction.INBOUND, Endpoint.of(List.of(api.subnet().cidr())), self, Protocol.TCP, API_SERVER_PORTS, false)));
        }
        Flow probeFlow = probes;
        return flows.stream().map(f -> new Need(f, f == probeFlow ? parts(f, PROBE_PORTS) : f.ports() == SecurityRuleMatch.ALL_PORTS
                ? parts(f, CLUSTER_PORTS) : List.of(f))).toList();
    }

    /**
     * A flow AKS needs, and the parts of it AKS itself uses: a deny rule that spares them blocks only workloads serving
     * other ports across nodes and pods (NSG_BLOCKS_WORKLOAD_TRAFFIC) — the hardening rules real NSGs carry (SSH, RDP).
     */
    private record Need(Flow flow, List<Flow> aksParts) {
    }

    private record Ports(Protocol protocol, PortRange range) {
    }

    /**
     * What AKS's own components use inside the cluster on all-ports flows: DNS to CoreDNS (UDP and TCP 53), metrics-server
     * (TCP 4443), Calico's Typha (TCP 5473), the kubelet (TCP 10250), kube-proxy's health endpoint (TCP 10256).
     */
    private static final List<Ports> CLUSTER_PORTS = List.of(new Ports(Protocol.UDP, new PortRange(53, 53)), new Ports(Protocol.TCP,
            new PortRange(53, 53)), new Ports(Protocol.TCP, new PortRange(4443, 4443)), new Ports(Protocol.TCP, new PortRange(5473, 5473)),
            new Ports(Protocol.TCP, new PortRange(10250, 10250)), new Ports(Protocol.TCP, new PortRange(10256, 10256)));

    /** The load balancer probes services' node ports (TCP 30000-32767) and kube-proxy's health endpoint (TCP 10256). */
    private static final List<Ports> PROBE_PORTS = List.of(new Ports(Protocol.TCP, new PortRange(30000, 32767)),
            new Ports(Protocol.TCP, new PortRange(10256, 10256)));

    private static List<Flow> parts(Flow f, List<Ports> ports) {
        return ports.stream().map(p -> new Flow(f.purpose(), f.direction(), f.source(), f.destination(), p.protocol(), List.of(p.range()),
                f.deniedByDefault())).toList();
    }

    /** What a rule denies, in words: "ICMP", "TCP", "TCP port(s) 22,3389", "port(s) 22". */
    private static String denied(SecurityRule r) {
        boolean allPorts = r.ports().strip().equals("*");
        return switch (r.protocol()) {
            case ICMP -> "ICMP";
            case ANY -> allPorts ? "all traffic" : "port(s) " + r.ports();
            default -> r.protocol().specName().toUpperCase(java.util.Locale.ROOT) + (allPorts ? "" : " port(s) " + r.ports());
        };
    }

    /** "a", "a and b", "a, b and c". */
    private static String words(List<String> items) {
        return items.size() == 1 ? items.get(0) : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static List<IPAddress> virtualNetwork(ValidationContext spec, SubnetAt s) {
        List<IPAddress> space = new ArrayList<>(s.vnet().vnet().addressSpace());
        spec.resolved().peeredWith(s.vnet()).forEach(p -> space.addAll(p.vnet().addressSpace()));
        return space;
    }

    private static String show(Endpoint e) {
        return e.any() ? "*" : e.tag() != null ? e.tag() : e.blocks().stream().map(IPAddress::toCanonicalString).collect(Collectors.joining(", "));
    }

    /** A subnet with an NSG of the spec, its NSG, the network its VirtualNetwork tag names, and the clusters using it. */
    private interface SubnetUse {
        void accept(SubnetAt subnet, NsgAt nsg, List<IPAddress> virtualNetwork, Set<ClusterAt> clusters);
    }

    private static void forEachUse(ValidationContext spec, SubnetUse use) {
        for (SubnetAt s : spec.subnets()) {
            var nsg = spec.resolved().networkSecurityGroupOf(s);
            if (nsg.isPresent()) {
                Set<ClusterAt> users = new LinkedHashSet<>();
                spec.pools().stream().filter(p -> p.subnet().filter(x -> x == s).isPresent() || p.podSubnet().filter(x -> x == s).isPresent())
                        .forEach(p -> users.add(p.cluster()));
                use.accept(s, nsg.get(), virtualNetwork(spec, s), users);
            }
        }
    }

    /** NSG_BLOCKS_CLUSTER_TRAFFIC (CNI, OVL, VNI): a deny rule of a subnet's NSG blocks traffic a cluster on it needs. */
    public static final class BlocksClusterTraffic implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NSG_BLOCKS_CLUSTER_TRAFFIC;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            forEachUse(spec, (s, nsg, vnet, users) -> {
                for (ClusterAt c : users) {
                    // One diagnostic per denying rule, naming every flow of the cluster whose AKS ports it blocks.
                    Map<Integer, List<Flow>> blocked = new java.util.TreeMap<>();
                    for (Need need : flows(spec, c, s)) {
                        for (Flow part : need.aksParts()) {
                            SecurityRuleMatch.evaluate(nsg.nsg().rules(), part, vnet).blockingRule()
                                    .ifPresent(i -> blocked.computeIfAbsent(i, k -> new ArrayList<>()).add(need.flow()));
                        }
                    }
                    blocked.replaceAll((i, flows) -> flows.stream().distinct().toList());
                    blocked.forEach((i, flows) -> {
                        SecurityRule r = nsg.nsg().rules().get(i);
                        List<String> purposes = flows.stream().map(Flow::purpose).distinct().toList();
                        report.at(rulePath(nsg, i), "rule '" + r.name() + "' (" + r.direction().specName() + ", priority " + r.priority()
                                        + ") of NSG '" + nsg.nsg().name() + "' on subnet '" + s.qualifiedName() + "' denies "
                                        + words(purposes) + " that cluster '" + c.cluster().name() + "' needs",
                                "add " + r.direction().specName() + " allow rules with lower priority numbers for " + flows.stream()
                                        .map(f -> show(f.source()) + " to " + show(f.destination()) + (f.ports() == SecurityRuleMatch.ALL_PORTS
                                                ? "" : " (tcp 443, 4443)")).distinct().collect(Collectors.joining("; ")));
                    });
                }
            });
        }
    }

    /**
     * NSG_BLOCKS_WORKLOAD_TRAFFIC (CNI): a deny rule that blocks some ports or protocols of traffic inside the cluster but
     * none AKS itself uses (SSH, RDP, ICMP…): the cluster works; workloads serving those ports across nodes and pods do not.
     */
    public static final class BlocksWorkloadTraffic implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NSG_BLOCKS_WORKLOAD_TRAFFIC;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            forEachUse(spec, (s, nsg, vnet, users) -> {
                List<SecurityRule> rules = nsg.nsg().rules();
                for (ClusterAt c : users) {
                    Map<Integer, List<String>> partly = new java.util.TreeMap<>();
                    List<Need> needs = flows(spec, c, s);
                    // A rule NSG_BLOCKS_CLUSTER_TRAFFIC reports for this cluster is not reported again.
                    Set<Integer> errors = new HashSet<>();
                    needs.forEach(need -> need.aksParts().forEach(p -> SecurityRuleMatch.evaluate(rules, p, vnet).blockingRule().ifPresent(errors::add)));
                    for (Need need : needs) {
                        var first = SecurityRuleMatch.evaluate(rules, need.flow(), vnet).blockingRule();
                        boolean aks = need.aksParts().stream().anyMatch(p -> SecurityRuleMatch.evaluate(rules, p, vnet).blocked());
                        if (first.isPresent() && !aks && !errors.contains(first.get())) {
                            partly.computeIfAbsent(first.get(), k -> new ArrayList<>()).add(need.flow().purpose());
                        }
                    }
                    partly.forEach((i, purposes) -> {
                        SecurityRule r = rules.get(i);
                        List<String> distinct = purposes.stream().distinct().toList();
                        report.at(rulePath(nsg, i), "rule '" + r.name() + "' (" + r.direction().specName() + ", priority " + r.priority()
                                        + ") of NSG '" + nsg.nsg().name() + "' on subnet '" + s.qualifiedName() + "' denies "
                                        + denied(r) + " of " + words(distinct) + " of cluster '"
                                        + c.cluster().name() + "': AKS does not use them, but workloads serving them across nodes and pods are cut off",
                                "narrow the rule's source to addresses outside the cluster (e.g. Internet), or keep it if no workload serves these ports");
                    });
                }
            });
        }
    }

    /** NSG_APPLICATION_GATEWAY_PORTS (AGW): an application gateway's subnet admits GatewayManager on TCP 65200-65535. */
    public static final class ApplicationGatewayPorts implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NSG_APPLICATION_GATEWAY_PORTS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!(c.ingress().orElse(null) instanceof Choices.IngressSource.ControllerInSubnet)) {
                    continue;
                }
                spec.ingressSubnet(c).ifPresent(s -> spec.resolved().networkSecurityGroupOf(s).ifPresent(nsg -> {
                    Flow f = new Flow("GatewayManager", Direction.INBOUND, Endpoint.tag(SecurityRuleMatch.GATEWAY_MANAGER),
                            new Endpoint(true, List.of(), null), Protocol.TCP, GATEWAY_MANAGER_PORTS, true);
                    SecurityRuleMatch.Verdict v = SecurityRuleMatch.evaluate(nsg.nsg().rules(), f, virtualNetwork(spec, s));
                    if (v.blocked()) {
                        String path = v.blockingRule().map(i -> rulePath(nsg, i)).orElse(s.path() + ".networkSecurityGroup");
                        report.at(path, "NSG '" + nsg.nsg().name() + "' on the application gateway subnet '" + s.qualifiedName() + "' of '"
                                        + c.cluster().name() + "' does not let GatewayManager reach TCP 65200-65535; Application Gateway v2 "
                                        + "fails to deploy without it",
                                "add an inbound allow rule: source GatewayManager, destination *, tcp ports 65200-65535");
                    }
                }));
            }
        }
    }
}
