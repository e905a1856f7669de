package dev.aksnet.azapi;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generator;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.Target;
import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.render.TemplateRenderer;
import dev.aksnet.render.TerraformFormatter;

import java.util.List;

/** Terraform with the azapi provider only: versions.tf, variables.tf, main.tf, outputs.tf, formatted as terraform fmt would. */
public final class AzapiGenerator implements Generator {
    /** Each file and its template; variables and outputs print the same way as the azurerm target's. */
    private static final List<String[]> FILES = List.of(
            new String[]{"versions.tf", "terraform-azapi/versions.tf.ftl"},
            new String[]{"variables.tf", "terraform/variables.tf.ftl"},
            new String[]{"main.tf", "terraform-azapi/main.tf.ftl"},
            new String[]{"outputs.tf", "terraform/outputs.tf.ftl"});

    private final TemplateRenderer renderer;

    public AzapiGenerator(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Target target() {
        return Target.TERRAFORM_AZAPI;
    }

    @Override
    public List<GeneratedFile> generate(ResourcePlan plan, String specFileName, Layout layout) {
        AzapiView view = new AzapiViewBuilder(plan, layout).build(specFileName);
        return FILES.stream()
                .map(f -> new GeneratedFile(f[0], TerraformFormatter.format(renderer.render(f[1], view))))
                .toList();
    }
}
