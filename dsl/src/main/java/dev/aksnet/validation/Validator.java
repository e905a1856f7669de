package dev.aksnet.validation;

import dev.aksnet.spec.LoadedSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every rule over each spec, then every fleet rule over all of them, and returns all diagnostics sorted by
 * position.
 */
public final class Validator {
    private final List<Rule> rules;
    private final List<FleetRule> fleetRules;

    public Validator(List<Rule> rules, List<FleetRule> fleetRules) {
        this.rules = List.copyOf(rules);
        this.fleetRules = List.copyOf(fleetRules);
    }

    /** A validator with the whole catalogue ({@link Rules}), dates judged by {@link ValidationClock#fromEnvironment()}. */
    public static Validator standard() {
        return new Validator(Rules.all(), Rules.fleet());
    }

    /** The whole catalogue, judging dates (Kubernetes version support) by {@code clock}. */
    public static Validator standard(java.time.Clock clock) {
        return new Validator(Rules.all(clock), Rules.fleet());
    }

    public List<Diagnostic> validate(LoadedSpec spec) {
        return validate(List.of(spec));
    }

    /** Validates specs together: each on its own, and all of them as one fleet. */
    public List<Diagnostic> validate(List<LoadedSpec> specs) {
        List<ValidationContext> contexts = specs.stream().map(ValidationContext::new).toList();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ValidationContext context : contexts) {
            for (Rule rule : rules) {
                rule.check(context, new Report(rule.id(), context.sourceMap(), diagnostics));
            }
        }
        FleetContext fleet = new FleetContext(contexts);
        for (FleetRule rule : fleetRules) {
            rule.check(fleet, new FleetReport(rule.id(), diagnostics));
        }
        diagnostics.sort(Diagnostic.BY_POSITION);
        return List.copyOf(diagnostics);
    }
}
