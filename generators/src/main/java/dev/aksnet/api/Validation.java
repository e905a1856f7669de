package dev.aksnet.api;

import dev.aksnet.validation.Diagnostic;

import java.util.List;

/**
 * Every diagnostic of the specs validated together, sorted by file and position: each prints as the CLI prints it
 * ({@code file:line:col: severity[RULE]: message, hint}) and is data ({@link Diagnostic#rule()},
 * {@link Diagnostic#severity()}, {@link Diagnostic#position()}, {@link Diagnostic#message()}, {@link Diagnostic#hint()}).
 */
public record Validation(List<Diagnostic> diagnostics) {
    public Validation {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error: then nothing may be generated. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /** One line per diagnostic, as the CLI prints them. */
    public String format() {
        return String.join("\n", diagnostics.stream().map(Diagnostic::format).toList());
    }
}
