package dev.aksnet.validation;

import dev.aksnet.spec.LoadedSpec;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a spec and returns all diagnostics, sorted by position. */
public final class Validator {
    private final List<Rule> rules;

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A validator with the whole catalogue ({@link Rules#all()}). */
    public static Validator standard() {
        return new Validator(Rules.all());
    }

    public List<Diagnostic> validate(LoadedSpec spec) {
        ValidationContext context = new ValidationContext(spec);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(context, new Report(rule.id(), spec.sourceMap(), diagnostics));
        }
        diagnostics.sort(Diagnostic.BY_POSITION);
        return List.copyOf(diagnostics);
    }
}
