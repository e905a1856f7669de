package dev.aksnet.generate;

import dev.aksnet.model.Deployment;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.Validator;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** A Java-built deployment checked valid, and one generated file of it: what generator tests start from. */
final class GeneratedOutput {
    private GeneratedOutput() {
    }

    static LoadedSpec valid(Deployment d) {
        LoadedSpec spec = LoadedSpec.ofJava("spec.java", d);
        assertFalse(Validator.standard().validate(spec).stream().anyMatch(Diagnostic::isError),
                () -> Validator.standard().validate(spec).toString());
        return spec;
    }

    static String file(LoadedSpec spec, Target target, String name) {
        return Generators.standard().forTarget(target).generate(spec).stream().filter(f -> f.relativePath().equals(name))
                .findFirst().orElseThrow().content();
    }
}
