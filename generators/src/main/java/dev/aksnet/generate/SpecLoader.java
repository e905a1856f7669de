package dev.aksnet.generate;

import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.Validator;
import dev.aksnet.yaml.SpecFiles;
import dev.aksnet.yaml.SpecReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads spec files (YAML or Java) and validates them together, as one fleet: the library entry point the CLI commands
 * call.
 */
public final class SpecLoader {

    /** One spec file's outcome: the spec when it could be read, and all its diagnostics, sorted. */
    public record Loaded(Path path, Optional<LoadedSpec> spec, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** Every spec's outcome, in the order given. */
    public record Fleet(List<Loaded> specs) {
        public boolean hasErrors() {
            return specs.stream().anyMatch(l -> l.hasErrors() || l.spec().isEmpty());
        }

        public List<Diagnostic> diagnostics() {
            List<Diagnostic> all = new ArrayList<>();
            specs.forEach(l -> all.addAll(l.diagnostics()));
            return all;
        }

        public List<LoadedSpec> readable() {
            return specs.stream().flatMap(l -> l.spec().stream()).toList();
        }
    }

    private final SpecFiles reader = new SpecFiles();
    private final Validator validator;

    public SpecLoader(Validator validator) {
        this.validator = validator;
    }

    public Loaded load(Path path) {
        return loadAll(List.of(path)).specs().get(0);
    }

    /** Reads every file, then validates the readable ones together; each file keeps its own diagnostics. */
    public Fleet loadAll(List<Path> paths) {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        List<SpecReader.Result> reads = new ArrayList<>();
        List<LoadedSpec> specs = new ArrayList<>();
        for (Path path : paths) {
            SpecReader.Result read = reader.read(path);
            reads.add(read);
            byFile.computeIfAbsent(path.toString(), k -> new ArrayList<>()).addAll(read.diagnostics());
            read.spec().ifPresent(specs::add);
        }
        for (Diagnostic d : validator.validate(specs)) {
            byFile.computeIfAbsent(d.position().file(), k -> new ArrayList<>()).add(d);
        }
        List<Loaded> loaded = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            List<Diagnostic> diagnostics = new ArrayList<>(byFile.getOrDefault(paths.get(i).toString(), List.of()));
            diagnostics.sort(Diagnostic.BY_POSITION);
            loaded.add(new Loaded(paths.get(i), reads.get(i).spec(), List.copyOf(diagnostics)));
        }
        return new Fleet(List.copyOf(loaded));
    }
}
