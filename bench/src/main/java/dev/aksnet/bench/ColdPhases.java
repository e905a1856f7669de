package dev.aksnet.bench;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generator;
import dev.aksnet.generate.Generators;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.OutputWriter;
import dev.aksnet.generate.SpecLoader;
import dev.aksnet.generate.Target;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Validator;
import dev.aksnet.yaml.SpecReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a cold {@code generate} spends its time: the steps of {@code aksnet generate --target terraform} in the order
 * the command takes them, each timed on its first call in a fresh JVM (bench/cold_start.py runs it many times, with
 * an AOT cache trained on it, and reports medians). Prints one {@code phase<TAB>milliseconds} line per step.
 *
 * <p>Arguments: the spec file and an output folder.
 */
public final class ColdPhases {
    private ColdPhases() {
    }

    private static long last;

    private static void phase(String name) {
        long now = System.nanoTime();
        System.out.println(name + "\t" + (now - last) / 1e6);
        last = now;
    }

    public static void main(String[] args) throws Exception {
        last = System.nanoTime();
        // picocli: the command model of the root command and the one command invoked, as Aksnet.run builds it.
        picocli.CommandLine cli = new picocli.CommandLine(new dev.aksnet.cli.Aksnet());
        phase("picocli: the root command's model (annotations read through reflection)");
        String text = Files.readString(Path.of(args[0]));
        LoadedSpec spec = new SpecReader().read(Path.of(args[0]).getFileName().toString(), text).spec().orElseThrow();
        phase("read the YAML spec (Jackson, SnakeYAML, the reader)");
        Validator validator = Validator.standard();
        validator.validate(spec);
        phase("validate (every rule)");
        Generators generators = Generators.standard();
        phase("FreeMarker configuration");
        Generator generator = generators.forTarget(Target.TERRAFORM);
        List<GeneratedFile> files = generator.generate(spec, Layout.ROOT);
        phase("plan and render azurerm Terraform (templates parsed on first use)");
        OutputWriter.write(Path.of(args[1]), files, true);
        phase("write the output folder atomically");
        generator.generate(spec, Layout.ROOT);
        phase("(for comparison) plan and render the same again");
        new SpecLoader(validator).loadAll(List.of(Path.of(args[0])));
        phase("(for comparison) read and validate the same again");
        if (cli.getCommandName().isEmpty()) {
            throw new IllegalStateException("unreachable: keeps the command model alive");
        }
    }
}
