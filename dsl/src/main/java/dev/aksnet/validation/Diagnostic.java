package dev.aksnet.validation;

import dev.aksnet.spec.Position;
import dev.aksnet.spec.PrintableText;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about a spec: what is wrong, where, under which rule, and what to do.
 *
 * @param severity error or warning (the rule's)
 * @param rule     the rule that found it
 * @param message  what is wrong, in the user's terms
 * @param hint     what to do, or null
 * @param position where
 */
public record Diagnostic(Severity severity, RuleId rule, String message, String hint, Position position) {

    /** Sorted by file, then line and column, then rule id: the order a reader walks the file. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(d -> d.rule().name())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
    }

    /** A diagnostic with the rule's own severity. */
    public static Diagnostic of(RuleId rule, Position position, String message, String hint) {
        return new Diagnostic(rule.severity(), rule, message, hint, position);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The compiler-style text form: {@code file:line:col: error[RULE]: message}, and the hint on an indented second
     * line. Spec text in it (file name, values quoted in the message or hint) has its control and bidirectional
     * characters escaped ({@link PrintableText}), so one diagnostic is always exactly these lines.
     */
    public String format() {
        String head = PrintableText.escape(position.toString()) + ": " + severity.label() + "[" + rule.name() + "]: "
                + PrintableText.escape(message);
        return hint == null ? head : head + "\n  hint: " + PrintableText.escape(hint);
    }

    /** As the CLI prints it ({@link #format()}): a Java spec's author who prints a diagnostic reads it, not a record dump. */
    @Override
    public String toString() {
        return format();
    }
}
