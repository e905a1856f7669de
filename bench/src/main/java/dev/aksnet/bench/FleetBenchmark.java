package dev.aksnet.bench;

import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.FleetContext;
import dev.aksnet.validation.Rules;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.validation.Validator;
import dev.aksnet.validation.rules.FleetRules;
import dev.aksnet.yaml.SpecReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Fleets of specs with ten subnets each, validated together: the whole catalogue, and the cross-spec overlap sweep
 * alone, beside its complexity baseline: sorting the same networks' first addresses as the sweep does (the sweep is
 * O(n log n) when its time keeps a steady ratio to this sort's). 100 specs = 1,000 subnets … 10,000 specs = 100,000
 * subnets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FleetBenchmark {
    @Param({"100", "1000", "10000"})
    public int specs;

    private List<LoadedSpec> fleet;
    private FleetContext context;
    private List<BigInteger> firstAddresses;
    private final Validator validator = Validator.standard();

    @Setup
    public void setUp() {
        SpecReader reader = new SpecReader();
        fleet = new ArrayList<>();
        for (int i = 0; i < specs; i++) {
            fleet.add(reader.read("s" + i + ".yaml", Specs.fleetMember(i)).spec().orElseThrow());
        }
        context = new FleetContext(fleet.stream().map(ValidationContext::new).toList());
        firstAddresses = new ArrayList<>();
        for (ValidationContext spec : context.specs()) {
            spec.vnets().forEach(v -> v.vnet().addressSpace().forEach(a -> firstAddresses.add(a.getLower().getValue())));
        }
        long errors = validator.validate(fleet).stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            throw new IllegalStateException(errors + " errors in the benchmark fleet");
        }
    }

    /** Every rule on every spec, then every fleet rule: what {@code aksnet validate} does after reading. */
    @Benchmark
    public List<Diagnostic> validateFleet() {
        return validator.validate(fleet);
    }

    /** The baseline: the fleet's network ranges' first addresses, copied and sorted. */
    @Benchmark
    public List<BigInteger> sortBaseline() {
        List<BigInteger> copy = new ArrayList<>(firstAddresses);
        copy.sort(null);
        return copy;
    }

    /** The cross-spec overlap sweep alone, over all the fleet's address ranges. */
    @Benchmark
    public List<Diagnostic> vnetOverlapSweep() {
        List<Diagnostic> out = new ArrayList<>();
        new FleetRules.FleetVnetOverlap().check(context, Rules.fleetReportFor(new FleetRules.FleetVnetOverlap().id(), out));
        return out;
    }
}
