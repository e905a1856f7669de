package dev.aksnet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code aksnet} command: subcommands do the work; this class wires picocli and the exit codes. */
@Command(name = "aksnet", mixinStandardHelpOptions = true, versionProvider = Aksnet.Version.class,
        description = "Validates AKS cluster network specs and generates Terraform (azurerm or azapi) or Bicep from them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (warnings allowed)", "1:a spec is invalid", "2:command-line usage error",
                "3:generate --check found the output out of date",
                "4:diff --fail-on found a change at or above the class"})
public final class Aksnet implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // FreeMarker's own logging has nothing to say to a CLI user (template errors reach them as aksnet errors), and
        // looking for a logging library costs a start a few failed class lookups.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "none");
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** The subcommands, in help order. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("init", InitCommand::new);
        c.put("validate", ValidateCommand::new);
        c.put("plan", PlanCommand::new);
        c.put("diff", DiffCommand::new);
        c.put("generate", GenerateCommand::new);
        c.put("schema", SchemaCommand::new);
        c.put("rules", RulesCommand::new);
        c.put("explain", ExplainCommand::new);
        c.put("completion", CompletionCommand::new);
        c.put("version", VersionCommand::new);
        c.put("help", CommandLine.HelpCommand::new);
        c.put("warmup", WarmupCommand::new);
        return c;
    }

    @CommandLine.Option(names = "--no-color", description = "never colour the output; also accepted after the command")
    boolean noColor;

    /**
     * {@code --no-color} may also come before the command ({@code aksnet --no-color validate …}): it is moved behind
     * the commands that print diagnostics, and dropped before the others, which never colour anything.
     */
    static String[] globalOptionsAfterCommand(String[] args) {
        int i = 0;
        while (i < args.length && args[i].equals("--no-color")) {
            i++;
        }
        if (i == 0 || i == args.length || !COMMANDS.containsKey(args[i])) {
            return args;
        }
        java.util.List<String> moved = new java.util.ArrayList<>();
        moved.add(args[i]);
        if (COLOURED.contains(args[i])) {
            moved.add("--no-color");
        }
        moved.addAll(java.util.Arrays.asList(args).subList(i + 1, args.length));
        return moved.toArray(String[]::new);
    }

    /** The commands with {@link OutputOptions}. */
    private static final java.util.Set<String> COLOURED = java.util.Set.of("validate", "plan", "generate");

    /** Runs the CLI with the given streams and returns the exit code (tests call this). */
    public static int run(String[] given, PrintWriter out, PrintWriter err) {
        String[] args = globalOptionsAfterCommand(given);
        CommandLine cli = new CommandLine(new Aksnet());
        // picocli builds a model of every command it knows, which costs start-up time: a run of one command knows only
        // that one; help, completion and anything unrecognised get them all (for listings and suggestions).
        String first = args.length > 0 ? args[0] : "";
        boolean single = COMMANDS.containsKey(first) && !first.equals("help") && !first.equals("completion") && !first.equals("warmup");
        COMMANDS.forEach((name, command) -> {
            if (!single || name.equals(first)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("aksnet: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try 'aksnet " + (e.getCommandLine().getCommandName().equals("aksnet") ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help' for usage.");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            // Reaching here is a bug in aksnet; say so plainly instead of printing a stack trace.
            err.println("aksnet: internal error: " + e);
            err.println("  please report it with the spec that caused it");
            return ExitCodes.INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: one of "
                + String.join(", ", COMMANDS.keySet().stream().filter(c -> !c.equals("warmup")).toList()));
    }

    /** aksnet's version, the library's (one place: the pom). */
    static String version() {
        return dev.aksnet.api.Aksnet.version();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"aksnet " + version()};
        }
    }
}
