package dev.aksnet.cli;

import dev.aksnet.validation.RuleExplanation;
import dev.aksnet.validation.RuleId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code aksnet explain RULE}: a rule's condition, its source, a spec that breaks it and the edit that fixes it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains a rule: what it checks and why (its source), a minimal spec that breaks it, and the edit that fixes it.",
        footer = {"", "Examples:", "  aksnet explain SERVICE_CIDR_OVERLAPS_SUBNET", "  aksnet explain kubenet_no_windows"})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "a rule id, as diagnostics print it (aksnet rules lists them)")
    String rule;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleId id;
        try {
            id = RuleId.valueOf(rule.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("aksnet explain: no rule '" + rule + "'" + dev.aksnet.yaml.Suggestions.closest(rule.toUpperCase(Locale.ROOT),
                    Arrays.stream(RuleId.values()).map(Enum::name).toList()).map(m -> "; did you mean " + m + "?").orElse("; aksnet rules lists them"));
            return ExitCodes.USAGE;
        }
        RuleExplanation x = RuleExplanation.of(id);
        out.println(id.name() + " (" + id.severity().name().toLowerCase(Locale.ROOT) + "; source: " + id.source() + ")");
        out.println("  " + id.summary());
        x.condition().ifPresent(c -> out.println("  condition: " + c));
        id.reportedOutsideRules().ifPresent(who -> out.println("  reported by " + who));
        x.beside().ifPresent(other -> {
            out.println();
            out.println("Given together with this spec:");
            other.lines().forEach(l -> out.println("  " + l));
        });
        x.invalid().ifPresent(spec -> {
            out.println();
            out.println("A spec that breaks it" + x.where().map(w -> " (reported at " + w + ")").orElse("") + ":");
            spec.lines().forEach(l -> out.println("  " + l));
        });
        x.fix().ifPresent(f -> {
            out.println();
            out.println("The nearest valid spec: replace");
            f[0].lines().forEach(l -> out.println("  - " + l));
            out.println("with");
            (f[1].isEmpty() ? java.util.stream.Stream.of("(nothing)") : f[1].lines()).forEach(l -> out.println("  + " + l));
        });
        out.flush();
        return ExitCodes.OK;
    }
}
