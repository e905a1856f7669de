package dev.aksnet.cli;

import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.Severity;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** The options every command shares about what it prints to stderr and how. */
final class OutputOptions {
    @Option(names = {"-q", "--quiet"}, description = "print errors only: no warnings, summaries or progress")
    boolean quiet;

    @Option(names = "--no-color", description = "never colour the output (it is coloured only on a terminal, and never when NO_COLOR is set)")
    boolean noColor;

    private boolean colour() {
        return !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
    }

    /** Prints diagnostics in the contract's text form; with --quiet, errors only. */
    void diagnostics(List<Diagnostic> diagnostics, PrintWriter err) {
        boolean colour = colour();
        for (Diagnostic d : diagnostics) {
            if (quiet && !d.isError()) {
                continue;
            }
            String text = d.format();
            if (colour) {
                String label = d.severity().label() + "[" + d.rule().name() + "]";
                String code = d.severity() == Severity.ERROR ? "\u001b[1;31m" : "\u001b[1;33m";
                text = text.replaceFirst(java.util.regex.Pattern.quote(label), java.util.regex.Matcher.quoteReplacement(code + label + "\u001b[0m"));
            }
            err.println(text);
        }
    }

    /** A summary or progress line, unless --quiet. */
    void note(String line, PrintWriter err) {
        if (!quiet) {
            err.println(line);
        }
    }
}
