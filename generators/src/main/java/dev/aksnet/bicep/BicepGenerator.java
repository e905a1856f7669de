package dev.aksnet.bicep;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generator;
import dev.aksnet.plan.ResourcePlanner;
import dev.aksnet.generate.Target;
import dev.aksnet.render.TemplateRenderer;
import dev.aksnet.render.TextLayout;
import dev.aksnet.spec.LoadedSpec;

import java.util.ArrayList;
import java.util.List;

/** Bicep: main.bicep (resource-group scope) and, when identities join subnets, the role-assignment module. */
public final class BicepGenerator implements Generator {
    private final TemplateRenderer renderer;

    public BicepGenerator(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Target target() {
        return Target.BICEP;
    }

    @Override
    public List<GeneratedFile> generate(LoadedSpec spec) {
        BicepViewBuilder builder = new BicepViewBuilder(ResourcePlanner.plan(spec.deployment()));
        BicepView view = builder.build(spec.fileName());
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile("main.bicep", TextLayout.normalize(renderer.render("bicep/main.bicep.ftl", view))));
        if (builder.needsRoleModule()) {
            files.add(new GeneratedFile(BicepViewBuilder.ROLE_MODULE_PATH,
                    TextLayout.normalize(renderer.render("bicep/subnet-network-contributor.bicep.ftl", view))));
        }
        if (builder.needsZoneRoleModule()) {
            files.add(new GeneratedFile(BicepViewBuilder.ZONE_ROLE_MODULE_PATH,
                    TextLayout.normalize(renderer.render("bicep/private-dns-zone-contributor.bicep.ftl", view))));
        }
        return files;
    }
}
