package dev.aksnet.cli;

import dev.aksnet.generate.Target;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code aksnet warmup} (hidden): runs commands on starter specs in a temporary folder, as the training run of the
 * launcher's start-up archive, so that the archive holds what real runs load; it doubles as a smoke test. Without
 * {@code --for}, every command on a starter spec of every plugin (AppCDS, which loads archived classes only on demand,
 * takes them all); with {@code --for}, what one kind of run does (the JDK 25 AOT cache links every class it holds at
 * start-up, so a cache trained on the run it serves starts faster than a broad one).
 */
@Command(name = "warmup", hidden = true, description = "Runs commands on starter specs (start-up archive training).")
final class WarmupCommand implements Callable<Integer> {
    /** The kinds of run the launcher keeps an AOT cache for. */
    static final List<String> PROFILES = List.of("generate-terraform", "generate-bicep", "generate-terraform-azapi", "validate");

    @Spec
    CommandSpec spec;

    @Option(names = "--for", paramLabel = "PROFILE", description = "only what one kind of run does: generate-TARGET or validate")
    String profile;

    @Override
    public Integer call() throws IOException {
        if (profile != null && !PROFILES.contains(profile)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--for must be one of " + String.join(", ", PROFILES));
        }
        Path dir = Files.createTempDirectory("aksnet-warmup");
        try {
            PrintWriter sink = new PrintWriter(new StringWriter());
            List<String> plugins = profile != null ? List.of("azure-cni-overlay")
                    : List.of("azure-cni-overlay", "azure-cni-pod-subnet", "azure-cni-node-subnet", "kubenet");
            for (String plugin : plugins) {
                for (String[] run : runs(plugin, dir)) {
                    int code = Aksnet.run(run, sink, sink);
                    if (code != ExitCodes.OK) {
                        spec.commandLine().getErr().println("warmup: '" + String.join(" ", run) + "' exited " + code);
                        return code;
                    }
                }
            }
            if (profile == null) {
                Aksnet.run(new String[]{"schema"}, sink, sink);
            }
            return ExitCodes.OK;
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The runs of the profile on a starter spec of the plugin: init first, then what the profile does. */
    private List<String[]> runs(String plugin, Path dir) {
        String file = dir.resolve(plugin + ".yaml").toString();
        String out = dir.resolve(plugin).toString();
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[]{"init", "--plugin", plugin, "--out", file});
        if (profile == null || profile.equals("validate")) {
            runs.add(new String[]{"validate", file});
            runs.add(new String[]{"validate", "--format", "sarif", file});
            runs.add(new String[]{"plan", file});
        }
        for (Target target : Target.values()) {
            if (profile == null || profile.equals("generate-" + target.cliName())) {
                runs.add(new String[]{"generate", "-q", "--target", target.cliName(), "--out", out, file});
                runs.add(new String[]{"generate", "-q", "--check", "--target", target.cliName(), "--out", out, file});
            }
        }
        return runs;
    }
}
