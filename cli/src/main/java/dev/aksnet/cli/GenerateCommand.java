package dev.aksnet.cli;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.NextSteps;
import dev.aksnet.generate.Generator;
import dev.aksnet.generate.Generators;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.OutputCheck;
import dev.aksnet.generate.OutputWriter;
import dev.aksnet.generate.SpecLoader;
import dev.aksnet.generate.Target;
import dev.aksnet.validation.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code aksnet generate}: validate, then write the target's files; with any error, write nothing at all. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Validates specs and writes Terraform or Bicep for them.",
        footer = {"", "Output goes to out/<spec name>/<target>/, or <DIR>/<target>/ with --out DIR",
                "(<DIR>/<spec name>/<target>/ when several specs are given).",
                "", "Examples:", "  aksnet generate --target terraform examples/overlay-basic/cluster.yaml",
                "  aksnet generate --target bicep --out infra/payments specs/payments.yaml",
                "  aksnet generate --target terraform-azapi examples/pod-subnet-static-block/cluster.yaml",
                "  aksnet generate --check --target terraform --out infra/payments specs/payments.yaml   # CI drift gate",
                "  aksnet generate --layout module --target terraform --out modules/payments-network specs/payments.yaml"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = {"-t", "--target"}, required = true, converter = TargetConverter.class, completionCandidates = TargetNames.class,
            description = "terraform (azurerm), terraform-azapi (azapi only) or bicep")
    Target target;

    @Option(names = "--layout", paramLabel = "LAYOUT", converter = LayoutConverter.class, completionCandidates = LayoutNames.class,
            description = "root (default): a deployable root with its provider configuration and resource group; module: a child "
                    + "module for your own root module or main.bicep (resource group name and location as variables, no provider block)")
    Layout layout = Layout.ROOT;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "output folder in place of out/<spec name>; - prints a "
            + "single-file output to stdout")
    Path out;

    @Option(names = "--force", description = "replace a file without aksnet's header that has the name of a generated file "
            + "(other files without the header are the user's and are always kept)")
    boolean force;

    @Option(names = "--check", description = "write nothing; exit 3 with a unified diff when the output folder differs from what the specs generate")
    boolean check;

    @Parameters(paramLabel = "SPEC", arity = "1..*", description = "spec files: YAML, or Java (a class with public static Deployment spec())")
    List<Path> specs;

    /** How main.bicep's header gives the command for redeployments. */
    private static final String REDEPLOY = "// Redeploy: ";

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SpecLoader loader = new SpecLoader(Validator.standard());
        List<SpecLoader.Loaded> loaded = loader.loadAll(specs).specs();
        boolean invalid = false;
        for (SpecLoader.Loaded l : loaded) {
            output.diagnostics(l.diagnostics(), err);
            invalid |= l.hasErrors() || l.spec().isEmpty();
        }
        if (invalid) {
            err.println("nothing generated: fix the errors above");
            return ExitCodes.INVALID_SPEC;
        }
        if (toStdout()) {
            return printToStdout(loaded);
        }
        if (out != null && Files.isRegularFile(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a file; give a folder");
        }
        Set<String> names = new HashSet<>();
        for (SpecLoader.Loaded l : loaded) {
            if (!names.add(specName(l.path()))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "two specs are named '" + specName(l.path())
                        + "'; their outputs would collide: generate them one at a time with --out");
            }
        }
        // Render everything before writing anything: a failure leaves no partial output.
        Generator generator = Generators.standard().forTarget(target);
        Map<Path, List<GeneratedFile>> outputs = new LinkedHashMap<>();
        for (SpecLoader.Loaded l : loaded) {
            outputs.put(folderFor(l.path()), generator.generate(l.spec().orElseThrow(), layout));
        }
        if (check) {
            return check(outputs, err);
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<Path, List<GeneratedFile>> o : outputs.entrySet()) {
            try {
                OutputWriter.write(o.getKey(), o.getValue(), force);
            } catch (OutputWriter.Refused e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            written.add(o.getValue().size() + " " + target.cliName() + " file" + (o.getValue().size() == 1 ? "" : "s") + " in " + o.getKey());
        }
        written.forEach(line -> output.note("wrote " + line, err));
        loaded.forEach(l -> NextSteps.of(l.spec().orElseThrow().deployment()).forEach(line -> output.note(line, err)));
        // A Bicep deployment that AKS changes after the first run says how to redeploy it, in its own header.
        outputs.forEach((folder, files) -> files.stream().filter(f -> f.relativePath().equals("main.bicep"))
                .flatMap(f -> f.content().lines().limit(5)).filter(line -> line.startsWith(REDEPLOY))
                .forEach(line -> output.note("next: deploy " + folder.resolve("main.bicep") + " the first time as its header says; every "
                        + "later time: " + line.substring(REDEPLOY.length()), err)));
        return ExitCodes.OK;
    }

    /** The drift gate: the diff goes to stdout, the summary to stderr; nothing is written. */
    private int check(Map<Path, List<GeneratedFile>> outputs, PrintWriter err) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        boolean upToDate = true;
        for (Map.Entry<Path, List<GeneratedFile>> o : outputs.entrySet()) {
            OutputCheck result = OutputCheck.of(o.getKey(), o.getValue());
            result.changed().forEach(d -> d.unifiedDiff().forEach(out::println));
            result.missing().forEach(f -> err.println("missing: " + o.getKey().resolve(f)));
            result.extra().forEach(f -> err.println("extra: " + o.getKey().resolve(f) + " (generated by aksnet earlier; it would not generate it now)"));
            result.changed().forEach(d -> err.println("differs: " + o.getKey().resolve(d.path())));
            if (result.upToDate()) {
                output.note("up to date: " + o.getKey(), err);
            }
            upToDate &= result.upToDate();
        }
        if (!upToDate) {
            err.println("generated output is out of date: run the same command without --check and commit the result");
            // What the change does to running clusters, not only what it writes.
            err.println("to see what the change does to running clusters: aksnet diff git:HEAD:" + specs.get(0).toString().replace('\\', '/')
                    + " " + specs.get(0));
        }
        return upToDate ? ExitCodes.OK : ExitCodes.OUT_OF_DATE;
    }

    private boolean toStdout() {
        return out != null && out.toString().equals("-");
    }

    /** {@code --out -}: one spec whose target output is a single file, printed to stdout. */
    private int printToStdout(List<SpecLoader.Loaded> loaded) {
        if (loaded.size() != 1 || check) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out - takes exactly one spec and no --check");
        }
        List<GeneratedFile> files = Generators.standard().forTarget(target).generate(loaded.get(0).spec().orElseThrow(), layout);
        if (files.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out - needs a single-file output, but this spec's "
                    + target.cliName() + " output has " + files.size() + " files (" + String.join(", ", files.stream().map(GeneratedFile::relativePath).toList())
                    + "): give --out a folder");
        }
        spec.commandLine().getOut().print(files.get(0).content());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private Path folderFor(Path specPath) {
        if (out == null) {
            return Path.of("out", specName(specPath), target.cliName());
        }
        return specs.size() == 1 ? out.resolve(target.cliName()) : out.resolve(specName(specPath)).resolve(target.cliName());
    }

    static String specName(Path specPath) {
        return OutputWriter.specName(specPath);
    }

    /** What shell completion offers for --target: the names the converter accepts, not the enum constants. */
    static final class TargetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Target.cliNames().iterator();
        }
    }

    static final class LayoutNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Layout.values()).map(Layout::cliName).iterator();
        }
    }

    static final class LayoutConverter implements CommandLine.ITypeConverter<Layout> {
        @Override
        public Layout convert(String value) {
            return Layout.byCliName(value)
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' is not a layout; use root or module"));
        }
    }

    static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            return Target.byCliName(value).orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                    + "' is not a target; use one of " + String.join(", ", Target.cliNames())));
        }
    }
}
