package dev.aksnet.cli;

import dev.aksnet.generate.StarterSpec;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.SpecEnum;
import dev.aksnet.render.TemplateRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

/** {@code aksnet init}: writes a commented starter spec that validates and generates as it is. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a commented starter spec for a plugin. Never overwrites a file.",
        footer = {"", "Examples:", "  aksnet init", "  aksnet init --plugin azure-cni-pod-subnet --windows --out payments.yaml",
                "  aksnet init --plugin kubenet --out -", "  aksnet init --java --out Payments.java"})
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--plugin"}, defaultValue = "azure-cni-overlay", converter = PluginConverter.class,
            completionCandidates = PluginNames.class,
            description = "azure-cni-overlay (default), azure-cni-pod-subnet, azure-cni-node-subnet or kubenet")
    NetworkPlugin plugin;

    @Option(names = "--windows", description = "add a Windows node pool")
    boolean windows;

    @Option(names = "--java", description = "write a Java spec (the typed DSL) instead of YAML; default file Cluster.java")
    boolean java;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "where to write the spec (default cluster.yaml, with --java "
            + "Cluster.java); - prints it")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (out == null) {
            out = Path.of(java ? "Cluster.java" : "cluster.yaml");
        }
        boolean toStdout = out.toString().equals("-");
        String text;
        try {
            String name = toStdout ? (java ? "Cluster.java" : "cluster.yaml") : out.getFileName().toString();
            text = java ? StarterSpec.renderJava(new TemplateRenderer(), plugin, windows, name)
                    : StarterSpec.render(new TemplateRenderer(), plugin, windows, name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (toStdout) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            // CREATE_NEW: the check and the write are one step, so an existing file is never overwritten.
            Files.writeString(out, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), out + " exists already: aksnet init never overwrites; "
                    + "choose another --out");
        }
        spec.commandLine().getErr().println("wrote " + out + ": next, aksnet validate " + out);
        return ExitCodes.OK;
    }

    /** What shell completion offers for --plugin: the spec names the converter accepts. */
    static final class PluginNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SpecEnum.specNames(NetworkPlugin.class).iterator();
        }
    }

    static final class PluginConverter implements CommandLine.ITypeConverter<NetworkPlugin> {
        @Override
        public NetworkPlugin convert(String value) {
            NetworkPlugin plugin = SpecEnum.fromSpecName(NetworkPlugin.class, value);
            if (plugin == null) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a plugin; use one of "
                        + String.join(", ", SpecEnum.specNames(NetworkPlugin.class)));
            }
            return plugin;
        }
    }
}
