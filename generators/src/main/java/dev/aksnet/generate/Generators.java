package dev.aksnet.generate;

import dev.aksnet.azapi.AzapiGenerator;
import dev.aksnet.bicep.BicepGenerator;
import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.plan.ResourcePlanner;
import dev.aksnet.render.TemplateRenderer;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.terraform.TerraformGenerator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The generator of each target, sharing one template renderer. */
public final class Generators {
    private final TemplateRenderer renderer;

    public Generators(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public static Generators standard() {
        return new Generators(new TemplateRenderer());
    }

    public Generator forTarget(Target target) {
        return switch (target) {
            case TERRAFORM -> new TerraformGenerator(renderer);
            case BICEP -> new BicepGenerator(renderer);
            case TERRAFORM_AZAPI -> new AzapiGenerator(renderer);
        };
    }

    /** Every target's files for one spec, from one resource plan. */
    public Map<Target, List<GeneratedFile>> generateAll(LoadedSpec spec, Layout layout) {
        ResourcePlan plan = ResourcePlanner.plan(spec.deployment());
        Map<Target, List<GeneratedFile>> files = new EnumMap<>(Target.class);
        for (Target target : Target.values()) {
            files.put(target, forTarget(target).generate(plan, spec.fileName(), layout));
        }
        return files;
    }
}
