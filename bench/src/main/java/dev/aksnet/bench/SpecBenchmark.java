package dev.aksnet.bench;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generators;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.Target;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.Validator;
import dev.aksnet.yaml.SpecReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Parse, validate and render, each alone and the whole pipeline, for specs of 1 to 300 node pools. The stages get a
 * short warm-up; the whole pipeline, the figure the throughput target is about, 15 × 2 s (its score moves by less
 * than its error after about 10 s on this machine; the rest is margin). Sample time: every call is timed and the report
 * gives the median, which a spike of a shared machine moves less than it moves an average.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class SpecBenchmark {
    @Param({"1", "3", "10", "30", "100", "300"})
    public int pools;

    private String yaml;
    private LoadedSpec spec;
    private final SpecReader reader = new SpecReader();
    private final Validator validator = Validator.standard();
    private final Generators generators = Generators.standard();

    @Setup
    public void setUp() {
        yaml = Specs.withPools(pools);
        spec = Specs.valid(reader, validator, yaml);
    }

    @Benchmark
    public LoadedSpec parse() {
        return reader.read("bench.yaml", yaml).spec().orElseThrow();
    }

    @Benchmark
    public List<Diagnostic> validate() {
        return validator.validate(spec);
    }

    @Benchmark
    public List<GeneratedFile> renderTerraform() {
        return generators.forTarget(Target.TERRAFORM).generate(spec);
    }

    @Benchmark
    public List<GeneratedFile> renderBicep() {
        return generators.forTarget(Target.BICEP).generate(spec);
    }

    @Benchmark
    public List<GeneratedFile> renderAzapi() {
        return generators.forTarget(Target.TERRAFORM_AZAPI).generate(spec);
    }

    /** What one spec costs end to end: read, validate, and every target (azurerm, azapi, Bicep) from one plan. */
    @Benchmark
    @Warmup(iterations = 15, time = 2)
    @Measurement(iterations = 10, time = 1)
    public Map<Target, List<GeneratedFile>> pipelineEveryTarget() {
        LoadedSpec s = reader.read("bench.yaml", yaml).spec().orElseThrow();
        validator.validate(s);
        return generators.generateAll(s, Layout.ROOT);
    }
}
