package dev.aksnet.generate;

import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.Validator;
import dev.aksnet.yaml.SpecReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and validates spec files: the library entry point the CLI commands call. */
public final class SpecLoader {

    /** One spec file's outcome: the spec when it could be read, and all its diagnostics, sorted. */
    public record Loaded(Path path, Optional<LoadedSpec> spec, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final SpecReader reader = new SpecReader();
    private final Validator validator;

    public SpecLoader(Validator validator) {
        this.validator = validator;
    }

    public Loaded load(Path path) {
        SpecReader.Result read = reader.read(path);
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        read.spec().ifPresent(spec -> diagnostics.addAll(validator.validate(spec)));
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new Loaded(path, read.spec(), List.copyOf(diagnostics));
    }
}
