package dev.aksnet.examples;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generators;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.Target;
import dev.aksnet.render.TemplateRenderer;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The rendering levers of issue 20 change speed, not output: for every example, in both layouts, the record wrapper
 * renders what FreeMarker's bean wrapper renders, and every target from one resource plan is what each target planned
 * alone gives.
 */
class RenderingLeversTest {
    private static final Generators BEANS = new Generators(TemplateRenderer.withBeansWrapper());

    @TestFactory
    List<DynamicTest> recordWrapperAndOnePlanRenderWhatTheyReplace() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String example : ExampleFiles.names()) {
            for (Layout layout : Layout.values()) {
                tests.add(DynamicTest.dynamicTest(example + " " + layout, () -> {
                    LoadedSpec spec = ExampleFiles.load(example);
                    Map<Target, List<GeneratedFile>> onePlan = ExampleFiles.GENERATORS.generateAll(spec, layout);
                    for (Target target : Target.values()) {
                        List<GeneratedFile> alone = ExampleFiles.generate(spec, target, layout);
                        assertEquals(alone, onePlan.get(target), example + " " + target.cliName() + ": one plan for every target");
                        assertEquals(BEANS.forTarget(target).generate(spec, layout), alone,
                                example + " " + target.cliName() + ": the record wrapper against the bean wrapper");
                    }
                }));
            }
        }
        assertFalse(tests.isEmpty(), "no examples found under " + ExampleFiles.ROOT);
        return tests;
    }
}
