package dev.aksnet.generate;

import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.plan.ResourcePlanner;
import dev.aksnet.spec.LoadedSpec;

import java.util.List;

/** Turns a valid spec into the files of one target. Called only on specs with no error diagnostics. */
public interface Generator {
    Target target();

    /** The files of this target for a resource plan: a plan built once serves every target. */
    List<GeneratedFile> generate(ResourcePlan plan, String specFileName, Layout layout);

    default List<GeneratedFile> generate(LoadedSpec spec, Layout layout) {
        return generate(ResourcePlanner.plan(spec.deployment()), spec.fileName(), layout);
    }

    /** The deployable root layout. */
    default List<GeneratedFile> generate(LoadedSpec spec) {
        return generate(spec, Layout.ROOT);
    }
}
