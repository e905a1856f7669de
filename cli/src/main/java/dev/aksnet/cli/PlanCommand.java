package dev.aksnet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aksnet.capacity.CapacityPlan;
import dev.aksnet.generate.SpecLoader;
import dev.aksnet.spec.PrintableText;
import dev.aksnet.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code aksnet plan}: the IP capacity report, per cluster and per subnet, at max scale. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Reports IP capacity at max scale: per cluster (nodes, pods, pod CIDR) and per subnet "
                + "(usable, needed, headroom, max nodes); per cluster the connectivity its plugin gives and its egress "
                + "capacity (SNAT ports per node, outbound IPs needed, headroom).",
        footer = {"", "Needed addresses count every pool at its maximum plus upgrade surge (10%%, at least 1 node).",
                "SNAT: 64,000 ports per load balancer IP, 64,512 per NAT gateway IP; IPs needed are for the fixed ports per node,",
                "or for 1,024 per node behind a NAT gateway.",
                "Problems found are printed to stderr as by validate; the exit code is 1 when there are errors.", "",
                "Examples:", "  aksnet plan examples/pod-subnet-dynamic/cluster.yaml",
                "  aksnet plan --format json specs/*.yaml"})
final class PlanCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", description = "text (default) or json", defaultValue = "text")
    Format format;

    @Parameters(paramLabel = "SPEC", arity = "1..*", description = "spec files (YAML or Java), planned together")
    List<Path> specs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SpecLoader.Fleet fleet = new SpecLoader(Validator.standard()).loadAll(specs);
        output.diagnostics(fleet.diagnostics(), err);
        CapacityPlan plan = CapacityPlan.of(fleet.readable());
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(plan));
        } else {
            printText(plan, out);
        }
        return fleet.hasErrors() ? ExitCodes.INVALID_SPEC : ExitCodes.OK;
    }

    private static String orDash(Number n) {
        return n == null ? "-" : n.toString();
    }

    private static void printText(CapacityPlan plan, PrintWriter out) {
        out.println("Clusters (at max scale, upgrade surge included)");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("spec", "cluster", "plugin", "nodes", "pods", "pod CIDR", "nodes it serves", "service CIDR"));
        for (CapacityPlan.ClusterRow c : plan.clusters()) {
            rows.add(List.of(c.spec(), c.cluster(), c.plugin(), Integer.toString(c.nodesAtMaxScale()), Long.toString(c.podsAtMaxScale()),
                    c.podCidr() == null ? "-" : c.podCidr(), c.podCidrNodes() == null ? "-" : c.podCidrNodes() + " (/24 each)",
                    c.serviceCidr()));
        }
        TextTable.print(rows, out);
        out.println();
        out.println("Connectivity (what the CNI feature matrix says of each cluster's plugin and outbound type)");
        rows = new ArrayList<>();
        rows.add(List.of("cluster", "pod <-> VM", "on-premises", "pod IPs seen outside", "pods' traffic leaves as", "internet egress"));
        for (CapacityPlan.ClusterRow c : plan.clusters()) {
            CapacityPlan.ConnectivityRow k = c.connectivity();
            rows.add(List.of(c.cluster(), k.podAndVm(), k.onPremises(), k.podIpsSeen() ? "yes" : "no", k.egressSource(), k.internetEgress()));
        }
        TextTable.print(rows, out);
        out.println();
        out.println("Egress (SNAT ports at max scale, upgrade surge included)");
        rows = new ArrayList<>();
        rows.add(List.of("cluster", "outbound", "public IPs", "SNAT ports", "nodes + surge", "ports per node", "IPs needed",
                "headroom (nodes)", "status"));
        for (CapacityPlan.EgressRow e : plan.egress()) {
            rows.add(List.of(e.cluster(), e.outbound(), orDash(e.publicAddresses()), orDash(e.snatPorts()), e.maxNodes() + " + " + e.surgeNodes(),
                    e.portsPerNode() == null ? "-" : e.portsPerNode() + " (" + e.allocation() + ")", orDash(e.addressesNeeded()),
                    orDash(e.headroomNodes()), e.status()));
        }
        TextTable.print(rows, out);
        out.println();
        out.println("Subnets (all clusters of the specs together)");
        rows = new ArrayList<>();
        rows.add(List.of("spec", "subnet", "CIDR", "usable", "needed", "headroom", "max nodes", "status"));
        for (CapacityPlan.SubnetRow s : plan.subnets()) {
            String needed = s.neededLower() == s.neededUpper() ? Long.toString(s.neededLower()) : s.neededLower() + "-" + s.neededUpper();
            rows.add(List.of(s.spec(), s.subnet(), s.cidr(), Long.toString(s.usable()), needed, Long.toString(s.headroom()),
                    Long.toString(s.maxNodes()), s.status()));
        }
        TextTable.print(rows, out);
        for (CapacityPlan.SubnetRow s : plan.subnets()) {
            for (String user : s.users()) {
                out.println(PrintableText.escape("  " + s.subnet() + " <- " + user));
            }
        }
    }
}
