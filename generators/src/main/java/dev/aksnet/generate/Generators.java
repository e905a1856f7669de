package dev.aksnet.generate;

import dev.aksnet.azapi.AzapiGenerator;
import dev.aksnet.bicep.BicepGenerator;
import dev.aksnet.render.TemplateRenderer;
import dev.aksnet.terraform.TerraformGenerator;

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
}
