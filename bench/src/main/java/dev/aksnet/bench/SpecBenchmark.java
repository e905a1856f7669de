package dev.aksnet.bench;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generators;
import dev.aksnet.generate.Target;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.Validator;
import dev.aksnet.yaml.SpecReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Parse, validate and render, each alone and the whole pipeline, for specs of 1 to 1,000 node pools. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SpecBenchmark {
    @Param({"1", "3", "10", "100", "1000"})
    public int pools;

    private String yaml;
    private LoadedSpec spec;
    private final SpecReader reader = new SpecReader();
    private final Validator validator = Validator.standard();
    private final Generators generators = Generators.standard();

    @Setup
    public void setUp() {
        yaml = Specs.withPools(pools);
        spec = reader.read("bench.yaml", yaml).spec().orElseThrow();
        List<Diagnostic> errors = validator.validate(spec).stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the benchmark spec is invalid: " + errors);
        }
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

    /** What one spec costs end to end: read, validate, both targets. */
    @Benchmark
    public int pipelineBothTargets() {
        LoadedSpec s = reader.read("bench.yaml", yaml).spec().orElseThrow();
        validator.validate(s);
        return generators.forTarget(Target.TERRAFORM).generate(s).size() + generators.forTarget(Target.BICEP).generate(s).size();
    }
}
