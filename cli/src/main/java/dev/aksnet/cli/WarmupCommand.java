package dev.aksnet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code aksnet warmup} (hidden): runs every command once on starter specs in a temporary folder. The launcher uses it
 * as the training run of the start-up archive (AppCDS, or the JDK 25 AOT cache), so the archive holds what real runs
 * load; it doubles as a smoke test.
 */
@Command(name = "warmup", hidden = true, description = "Runs every command once on starter specs (start-up archive training).")
final class WarmupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("aksnet-warmup");
        try {
            PrintWriter sink = new PrintWriter(new StringWriter());
            String[] plugins = {"azure-cni-overlay", "azure-cni-pod-subnet", "azure-cni-node-subnet", "kubenet"};
            for (String plugin : plugins) {
                Path file = dir.resolve(plugin + ".yaml");
                String[][] runs = {
                        {"init", "--plugin", plugin, "--out", file.toString()},
                        {"validate", "--format", "sarif", file.toString()},
                        {"plan", file.toString()},
                        {"generate", "-q", "--target", "terraform", "--out", dir.resolve(plugin).toString(), file.toString()},
                        {"generate", "-q", "--target", "bicep", "--out", dir.resolve(plugin).toString(), file.toString()},
                        {"generate", "-q", "--target", "terraform-azapi", "--out", dir.resolve(plugin).toString(), file.toString()},
                        {"generate", "-q", "--check", "--target", "bicep", "--out", dir.resolve(plugin).toString(), file.toString()}};
                for (String[] run : runs) {
                    int code = Aksnet.run(run, sink, sink);
                    if (code != ExitCodes.OK) {
                        spec.commandLine().getErr().println("warmup: '" + String.join(" ", run) + "' exited " + code);
                        return code;
                    }
                }
            }
            Aksnet.run(new String[]{"schema"}, sink, sink);
            return ExitCodes.OK;
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
