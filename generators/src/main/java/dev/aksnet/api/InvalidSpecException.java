package dev.aksnet.api;

import dev.aksnet.validation.Diagnostic;

import java.util.List;

/** {@link Aksnet#generate} was given a spec with errors; nothing was generated. The message lists the errors. */
public final class InvalidSpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    InvalidSpecException(String specName, List<Diagnostic> diagnostics) {
        super(specName + " has errors; nothing generated:\n" + String.join("\n", diagnostics.stream().filter(Diagnostic::isError)
                .map(Diagnostic::format).toList()));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** All diagnostics of the spec, errors and warnings. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
