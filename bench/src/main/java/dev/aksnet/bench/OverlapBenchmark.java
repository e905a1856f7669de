package dev.aksnet.bench;

import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.Rules;
import dev.aksnet.validation.Validator;
import dev.aksnet.yaml.SpecReader;
import inet.ipaddr.IPAddress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SUBNET_OVERLAP on one network of many subnets (issue 12 §8), in process: the rule alone, the whole catalogue, and as
 * the baseline of the same run the floor of any sorting approach (sorting the subnets' blocks). Layouts: every subnet
 * the same /24 (n(n-1)/2 overlapping pairs), or disjoint /29s. {@link PairwiseBaseline} measures the pairwise check the
 * rule replaced, on the sizes where it finishes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OverlapBenchmark {
    @Param({"1000", "10000", "100000"})
    public int subnets;

    @Param({"identical", "disjoint"})
    public String layout;

    private LoadedSpec spec;
    private List<IPAddress> blocks;
    private final Validator rule = new Validator(Rules.all().stream().filter(r -> r.id() == RuleId.SUBNET_OVERLAP).toList(), List.of());
    private final Validator catalogue = Validator.standard();

    @Setup
    public void setUp() {
        spec = new SpecReader().read("overlap.yaml", Specs.subnets(subnets, layout.equals("identical"))).spec().orElseThrow();
        blocks = spec.deployment().virtualNetworks().get(0).subnets().stream().map(s -> s.cidr()).toList();
        long reported = rule.validate(spec).size();
        if (reported != (layout.equals("identical") ? subnets - 1 : 0)) {
            throw new IllegalStateException("unexpected SUBNET_OVERLAP count " + reported);
        }
    }

    /** The rule alone. */
    @Benchmark
    public List<Diagnostic> subnetOverlap() {
        return rule.validate(spec);
    }

    /** Every rule of the catalogue on the spec. */
    @Benchmark
    public List<Diagnostic> wholeCatalogue() {
        return catalogue.validate(spec);
    }

    /** Baseline: sorting the blocks by first address, the least an O(n log n) overlap check does. */
    @Benchmark
    public List<IPAddress> sortBlocksBaseline() {
        List<IPAddress> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparing((IPAddress b) -> b.getLower().getValue()).thenComparing(IPAddress::getNetworkPrefixLength));
        return sorted;
    }

    /** The check SUBNET_OVERLAP made before issue 12: every pair, counted only (no diagnostics built). */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public static class PairwiseBaseline {
        @Param({"1000", "10000"})
        public int subnets;

        private List<IPAddress> blocks;

        @Setup
        public void setUp() {
            LoadedSpec spec = new SpecReader().read("overlap.yaml", Specs.subnets(subnets, true)).spec().orElseThrow();
            blocks = spec.deployment().virtualNetworks().get(0).subnets().stream().map(s -> s.cidr()).toList();
        }

        @Benchmark
        public long pairwiseIdentical() {
            long pairs = 0;
            for (int i = 0; i < blocks.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (blocks.get(i).contains(blocks.get(j)) || blocks.get(j).contains(blocks.get(i))) {
                        pairs++;
                    }
                }
            }
            return pairs;
        }
    }
}
