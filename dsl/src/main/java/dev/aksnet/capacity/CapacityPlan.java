package dev.aksnet.capacity;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Connectivity;
import dev.aksnet.model.Network;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.FleetContext;
import dev.aksnet.validation.SubnetUsages;
import dev.aksnet.validation.ValidationContext;
import inet.ipaddr.IPAddress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IP capacity of a fleet at max scale, per cluster and per subnet: the spreadsheet the AKS docs leave to the
 * reader, computed with {@link IpPlanning}'s formulas.
 */
public record CapacityPlan(List<ClusterRow> clusters, List<SubnetRow> subnets, List<EgressRow> egress) {

    /**
     * One cluster's egress at max scale ({@link EgressCapacity}): its public addresses and their SNAT ports, the nodes at
     * max scale and their upgrade surge, ports per node, the addresses that scale needs, the nodes of headroom, and the
     * verdict the egress rules give. Null where the spec does not say (prefixes by id, an existing subnet's NAT
     * gateway, a firewall's addresses).
     *
     * @param allocation how nodes get their ports: {@code fixed}, {@code Azure default} (by pool size), {@code shared}
     *                   (a NAT gateway's, on demand) or {@code firewall}
     */
    public record EgressRow(String spec, String cluster, String outbound, Integer publicAddresses, Long snatPorts, int maxNodes,
                            int surgeNodes, Long portsPerNode, String allocation, Integer addressesNeeded, Long headroomNodes,
                            String status) {
    }

    /**
     * One cluster: nodes at max scale (upgrade surge included), the pods they can run, and for overlay plugins how many
     * nodes the pod CIDR can serve (one /24 each).
     */
    public record ClusterRow(String spec, String cluster, String plugin, String model, int nodesAtMaxScale, long podsAtMaxScale,
                             String podCidr, Long podCidrNodes, String serviceCidr, long serviceAddresses, ConnectivityRow connectivity) {
    }

    /** What the CNI feature matrix says of the cluster's plugin and outbound type: the consequences of the choice. */
    public record ConnectivityRow(String podAndVm, String onPremises, boolean podIpsSeen, String egressSource, String internetEgress) {
    }

    /**
     * One subnet and what every pool of every cluster using it needs: usable addresses (size − 5), addresses needed at
     * max scale (a range for dynamic pod IP allocation), headroom in the worst case, and the nodes the subnet allows at
     * the most demanding pool's per-node need.
     */
    public record SubnetRow(String spec, String subnet, String cidr, long usable, long neededLower, long neededUpper, long headroom,
                            long maxNodes, String status, List<String> users) {
    }

    public static CapacityPlan of(List<LoadedSpec> specs) {
        List<ValidationContext> contexts = specs.stream().map(ValidationContext::new).toList();
        List<ClusterRow> clusters = contexts.stream()
                .flatMap(ctx -> ctx.clusters().stream().map(c -> clusterRow(ctx.fileName(), c.cluster())))
                .toList();
        // An ingress subnet holds the gateway, an API server subnet the API server's addresses (API_SERVER_SUBNET_TOO_SMALL
        // checks those), not nodes or pods: in use though no pool demands addresses of them.
        Map<String, String> ingressOf = new HashMap<>();
        contexts.forEach(ctx -> ctx.clusters().forEach(c -> {
            ctx.ingressSubnet(c).ifPresent(s -> ingressOf.putIfAbsent(s.key(), "ingress of " + c.cluster().name()));
            ctx.apiServerSubnet(c).ifPresent(s -> ingressOf.merge(s.key(), "API server of " + c.cluster().name(),
                    (a, b) -> a + ", " + c.cluster().name()));
        }));
        List<SubnetRow> subnets = SubnetUsages.of(new FleetContext(contexts)).stream().map(e -> {
            SubnetUsage u = e.usage();
            String status = !u.fitsLowerBound() ? "TOO SMALL"
                    : u.demands().isEmpty() ? ingressOf.getOrDefault(e.declaration().item().key(), "unused")
                    : u.hasHeadroom() ? "ok" : "LOW HEADROOM";
            return new SubnetRow(e.declaration().spec().fileName(), u.name(), u.cidr().toCanonicalString(), u.usable(), u.neededLower(),
                    u.neededUpper(), u.headroom(), u.maxNodes(), status, u.demands().stream().map(AddressDemand::describe).toList());
        }).toList();
        List<EgressRow> egress = contexts.stream().flatMap(ctx -> ctx.clusters().stream().map(c -> {
            EgressCapacity e = EgressCapacity.of(ctx.resolved(), c);
            String allocation = e.allocatedPorts().isPresent() ? "fixed" : e.defaultAllocation() ? "Azure default"
                    : e.portsPerIp() == EgressCapacity.NAT_GATEWAY_PORTS_PER_IP ? "shared" : "firewall";
            return new EgressRow(ctx.fileName(), c.cluster().name(), e.outbound(), e.addresses().orElse(null), e.portsAvailable().orElse(null),
                    e.maxNodes(), e.surgeNodes(), e.portsPerNodeAtMaxScale().orElse(null), allocation, e.addressesNeeded().orElse(null),
                    e.headroomNodes().orElse(null), e.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        })).toList();
        return new CapacityPlan(clusters, subnets, egress);
    }

    private static ClusterRow clusterRow(String spec, Cluster c) {
        Network n = c.network();
        int nodes = c.nodePools().stream().mapToInt(IpPlanning::nodesAtMaxScale).sum();
        long pods = c.nodePools().stream().mapToLong(p -> (long) IpPlanning.nodesAtMaxScale(p) * p.effectiveMaxPods(n.plugin())).sum();
        IPAddress podCidr = n.effectivePodCidr();
        IPAddress service = n.effectiveServiceCidr();
        Connectivity facts = Connectivity.of(n.plugin());
        return new ClusterRow(spec, c.name(), n.plugin().specName(),
                n.plugin().model() == null ? "your CNI's" : n.plugin().model().specName(), nodes, pods,
                podCidr == null ? null : podCidr.toCanonicalString(),
                podCidr == null || !n.plugin().splitsPodCidrPerNode() ? null : IpPlanning.podCidrNodes(podCidr),
                service.toCanonicalString(), IpPlanning.size(service), new ConnectivityRow(facts.podAndVm(), facts.onPremises(),
                        facts.podIpsSeen(), facts.egressSource(), Connectivity.internetEgress(n.effectiveOutbound())));
    }
}
