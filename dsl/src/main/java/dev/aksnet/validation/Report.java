package dev.aksnet.validation;

import dev.aksnet.spec.Position;
import dev.aksnet.spec.SourceMap;

import java.util.List;

/** Where one rule reports: every diagnostic carries that rule's id and severity and a position from the source map. */
public final class Report {
    private final RuleId rule;
    private final SourceMap sourceMap;
    private final List<Diagnostic> sink;

    Report(RuleId rule, SourceMap sourceMap, List<Diagnostic> sink) {
        this.rule = rule;
        this.sourceMap = sourceMap;
        this.sink = sink;
    }

    /** Reports at the value of the model path {@code path} (e.g. {@code clusters[0].nodePools[1].os}). */
    public void at(String path, String message, String hint) {
        at(sourceMap.valueOf(path), message, hint);
    }

    public void at(Position position, String message, String hint) {
        sink.add(Diagnostic.of(rule, position, message, hint));
    }

    /** For the few rules with two tiers (CLUSTER_MAX_NODES warns before it errs): reports at another severity. */
    public void at(String path, Severity severity, String message, String hint) {
        sink.add(new Diagnostic(severity, rule, message, hint, sourceMap.valueOf(path)));
    }
}
