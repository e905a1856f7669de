package dev.aksnet.validation;

import java.util.List;

/** Where a fleet rule reports: at a model path of one of the specs. */
public final class FleetReport {
    private final RuleId rule;
    private final List<Diagnostic> sink;

    FleetReport(RuleId rule, List<Diagnostic> sink) {
        this.rule = rule;
        this.sink = sink;
    }

    public void at(ValidationContext spec, String path, String message, String hint) {
        sink.add(Diagnostic.of(rule, spec.sourceMap().valueOf(path), message, hint));
    }
}
