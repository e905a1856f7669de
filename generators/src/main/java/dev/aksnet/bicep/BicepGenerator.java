package dev.aksnet.bicep;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generator;
import dev.aksnet.generate.Layout;
import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.generate.Target;
import dev.aksnet.render.TemplateRenderer;
import dev.aksnet.render.TextLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * Bicep: main.bicep (resource-group scope) and its modules: role assignments on subnets and on the user's resources by id,
 * and NAT gateways attached to existing subnets.
 */
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
    public List<GeneratedFile> generate(ResourcePlan plan, String specFileName, Layout layout) {
        BicepViewBuilder builder = new BicepViewBuilder(plan, layout);
        BicepView view = builder.build(specFileName);
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile("main.bicep", TextLayout.normalize(renderer.render("bicep/main.bicep.ftl", view))));
        if (builder.needsRoleModule()) {
            files.add(new GeneratedFile(BicepViewBuilder.ROLE_MODULE_PATH,
                    TextLayout.normalize(renderer.render("bicep/subnet-network-contributor.bicep.ftl", view))));
        }
        for (BicepView.ResourceRoleModule module : builder.resourceRoleModules(specFileName)) {
            files.add(new GeneratedFile(module.path(), TextLayout.normalize(renderer.render("bicep/resource-role.bicep.ftl", module))));
        }
        builder.peeringModule(specFileName).ifPresent(module -> files.add(new GeneratedFile(BicepViewBuilder.PEERING_MODULE_PATH,
                TextLayout.normalize(renderer.render("bicep/virtual-network-peering.bicep.ftl", module)))));
        builder.natGatewayAttachmentModule(specFileName).ifPresent(module -> files.add(new GeneratedFile(
                BicepViewBuilder.NAT_GATEWAY_ATTACHMENT_MODULE_PATH, TextLayout.normalize(renderer.render("bicep/subnet-nat-gateway.bicep.ftl", module)))));
        return files;
    }
}
