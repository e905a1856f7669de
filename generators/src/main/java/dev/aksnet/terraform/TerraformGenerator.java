package dev.aksnet.terraform;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generator;
import dev.aksnet.generate.Layout;
import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.generate.Target;
import dev.aksnet.render.TemplateRenderer;
import dev.aksnet.render.TerraformFormatter;

import java.util.List;

/** Terraform for azurerm 4.x: versions.tf, variables.tf, main.tf, outputs.tf, formatted as terraform fmt would. */
public final class TerraformGenerator implements Generator {
    private static final List<String> FILES = List.of("versions.tf", "variables.tf", "main.tf", "outputs.tf");

    private final TemplateRenderer renderer;

    public TerraformGenerator(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Target target() {
        return Target.TERRAFORM;
    }

    @Override
    public List<GeneratedFile> generate(ResourcePlan plan, String specFileName, Layout layout) {
        TerraformView view = new TerraformViewBuilder(plan, layout).build(specFileName);
        return FILES.stream()
                .map(file -> new GeneratedFile(file, TerraformFormatter.format(renderer.render("terraform/" + file + ".ftl", view))))
                .toList();
    }
}
