package dev.aksnet.cli;

import dev.aksnet.generate.SpecLoader;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code aksnet validate}: report every problem of every spec. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks specs against the rule catalogue and prints every problem found.",
        footer = {"", "Specs given together are also checked against each other, as one fleet.", "",
                "Examples:", "  aksnet validate examples/overlay-basic/cluster.yaml",
                "  aksnet validate --format sarif specs/*.yaml > aksnet.sarif"})
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", description = "text (default), json or sarif (SARIF 2.1.0 for code scanning)", defaultValue = "text")
    Format format;

    @Parameters(paramLabel = "SPEC", arity = "1..*", description = "spec files: YAML, or Java (a class with public static Deployment spec())")
    List<Path> specs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Specs given together are validated together, as one fleet.
        List<Diagnostic> all = new SpecLoader(Validator.standard()).loadAll(specs).diagnostics();
        if (format == Format.json) {
            DiagnosticPrinter.json(all, out);
        } else if (format == Format.sarif) {
            DiagnosticPrinter.sarif(all, Aksnet.version(), out);
        } else {
            output.diagnostics(all, err);
            output.note(specs.size() + (specs.size() == 1 ? " spec: " : " specs: ") + DiagnosticPrinter.summary(all), err);
        }
        return all.stream().anyMatch(Diagnostic::isError) ? ExitCodes.INVALID_SPEC : ExitCodes.OK;
    }
}
