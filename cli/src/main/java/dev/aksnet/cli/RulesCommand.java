package dev.aksnet.cli;

import dev.aksnet.validation.RuleDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code aksnet rules}: every rule with its id, severity, summary, source and the class that checks it. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every rule aksnet checks, as Markdown.",
        footer = {"", "Example:", "  aksnet rules > docs/rules.md"})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(RuleDocs.markdown());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
