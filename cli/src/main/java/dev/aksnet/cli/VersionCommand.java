package dev.aksnet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code aksnet version}: what {@code aksnet --version} prints, as a command too (users type both). */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Prints aksnet's version.")
final class VersionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("aksnet " + Aksnet.version());
        return ExitCodes.OK;
    }
}
