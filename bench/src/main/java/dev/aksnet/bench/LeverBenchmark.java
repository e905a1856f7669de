package dev.aksnet.bench;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generators;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.Target;
import dev.aksnet.render.TemplateRenderer;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Validator;
import dev.aksnet.yaml.SpecReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The rendering levers of issue 20 alone and together, on the 3-pool spec, every target: FreeMarker's bean wrapper
 * against the record wrapper, and a resource plan per target against one plan for all. Same warm-up and sampling as
 * the pipeline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 1)
public class LeverBenchmark {
    private LoadedSpec spec;
    private final Generators records = Generators.standard();
    private final Generators beans = new Generators(TemplateRenderer.withBeansWrapper());

    @Setup
    public void setUp() {
        spec = Specs.valid(new SpecReader(), Validator.standard(), Specs.withPools(3));
    }

    private static List<GeneratedFile> planPerTarget(Generators generators, LoadedSpec spec) {
        List<GeneratedFile> files = new ArrayList<>();
        for (Target target : Target.values()) {
            files.addAll(generators.forTarget(target).generate(spec));
        }
        return files;
    }

    @Benchmark
    public List<GeneratedFile> beansWrapperPlanPerTarget() {
        return planPerTarget(beans, spec);
    }

    @Benchmark
    public List<GeneratedFile> recordWrapperPlanPerTarget() {
        return planPerTarget(records, spec);
    }

    @Benchmark
    public Map<Target, List<GeneratedFile>> beansWrapperOnePlan() {
        return beans.generateAll(spec, Layout.ROOT);
    }

    @Benchmark
    public Map<Target, List<GeneratedFile>> recordWrapperOnePlan() {
        return records.generateAll(spec, Layout.ROOT);
    }
}
