package dev.aksnet.api;

import dev.aksnet.model.Deployment;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * A spec as aksnet read or built it: its name (the file name diagnostics and generated headers print), its deployment
 * when it could be read, and what reading it found (syntax, unknown keys, a Java spec that does not compile). Rule
 * diagnostics come from {@link Aksnet#validate}.
 */
public final class Spec {
    private final String name;
    private final Optional<LoadedSpec> loaded;
    private final List<Diagnostic> readDiagnostics;

    Spec(String name, Optional<LoadedSpec> loaded, List<Diagnostic> readDiagnostics) {
        this.name = name;
        this.loaded = loaded;
        this.readDiagnostics = List.copyOf(readDiagnostics);
    }

    public String name() {
        return name;
    }

    /** The deployment, or empty when the spec could not be read (then {@link #readDiagnostics()} says why). */
    public Optional<Deployment> deployment() {
        return loaded.map(LoadedSpec::deployment);
    }

    /** What reading found, sorted by position; empty for a spec built in Java that did not throw. */
    public List<Diagnostic> readDiagnostics() {
        return readDiagnostics;
    }

    Optional<LoadedSpec> loaded() {
        return loaded;
    }

    @Override
    public String toString() {
        return "Spec[" + name + (loaded.isEmpty() ? ", unreadable" : "") + "]";
    }
}
