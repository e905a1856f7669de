package dev.aksnet.maven;

import dev.aksnet.api.Aksnet;
import dev.aksnet.api.Spec;
import dev.aksnet.api.Validation;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.Target;
import dev.aksnet.validation.Diagnostic;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the goals share: which specs (listed, or every {@code *.yaml}, {@code *.yml} and {@code *.java} under
 * {@code src/main/aksnet}), reading and validating them together, and printing each diagnostic as the CLI does
 * ({@code file:line:col: severity[RULE]: message}) so that IDEs and CI logs link to the line.
 */
abstract class AksnetMojo extends AbstractMojo {
    /** Spec files; when none are given, every spec under {@link #specDirectory}. */
    @Parameter(property = "aksnet.specs")
    File[] specs;

    /** Where specs are found when {@link #specs} lists none. */
    @Parameter(property = "aksnet.specDirectory", defaultValue = "${project.basedir}/src/main/aksnet")
    File specDirectory;

    /** Fail on warnings too. */
    @Parameter(property = "aksnet.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    @Parameter(property = "aksnet.skip", defaultValue = "false")
    boolean skip;

    /** The specs, read, after their diagnostics are printed; the build fails on errors (or warnings, if asked). */
    final List<Spec> validSpecs() throws MojoExecutionException, MojoFailureException {
        List<Path> files = specFiles();
        if (files.isEmpty()) {
            getLog().info("aksnet: no specs (none listed, none in " + specDirectory + ")");
            return List.of();
        }
        List<Spec> read = files.stream().map(Aksnet::read).toList();
        Validation validation = Aksnet.validate(read);
        for (Diagnostic d : validation.diagnostics()) {
            if (d.isError()) {
                getLog().error(d.format());
            } else {
                getLog().warn(d.format());
            }
        }
        long errors = validation.errors().size();
        long warnings = validation.warnings().size();
        if (errors > 0 || (failOnWarning && warnings > 0)) {
            throw new MojoFailureException("aksnet: " + plural(errors, "error") + ", " + plural(warnings, "warning") + " in "
                    + plural(files.size(), "spec") + " (listed above, file:line:column); fix them, or run aksnet explain RULE for one");
        }
        getLog().info("aksnet: " + plural(files.size(), "spec") + " valid" + (warnings > 0 ? " (" + plural(warnings, "warning") + ")" : ""));
        return read;
    }

    private List<Path> specFiles() throws MojoExecutionException {
        if (specs != null && specs.length > 0) {
            List<Path> listed = Arrays.stream(specs).map(File::toPath).toList();
            for (Path p : listed) {
                if (!Files.isRegularFile(p)) {
                    throw new MojoExecutionException("aksnet: spec " + p + " does not exist");
                }
            }
            return listed;
        }
        if (specDirectory == null || !specDirectory.isDirectory()) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(specDirectory.toPath())) {
            return walk.filter(Files::isRegularFile)
                    .filter(dev.aksnet.yaml.SpecFiles::isSpecName)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new MojoExecutionException("aksnet: cannot list " + specDirectory + ": " + e.getMessage(), e);
        }
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Shared by generate and check: what to generate, and where. */
    abstract static class Output extends AksnetMojo {
        /** terraform, terraform-azapi, bicep; several may be given (comma-separated as a property). */
        @Parameter(property = "aksnet.targets", defaultValue = "terraform")
        List<String> targets;

        /** root (a deployable root) or module (a child module: no provider block, resource group and location as inputs). */
        @Parameter(property = "aksnet.layout", defaultValue = "root")
        String layout;

        /** Output goes to {@code <outputDirectory>/<spec name>/<target>/}, as the CLI's {@code out/}. */
        @Parameter(property = "aksnet.outputDirectory", defaultValue = "${project.basedir}/out")
        File outputDirectory;

        final List<Target> targets() throws MojoExecutionException {
            List<Target> parsed = new ArrayList<>();
            for (String name : targets) {
                parsed.add(Target.byCliName(name.trim()).orElseThrow(() -> new MojoExecutionException("aksnet: '" + name
                        + "' is not a target; use one of " + String.join(", ", Target.cliNames()))));
            }
            return parsed;
        }

        final Layout layout() throws MojoExecutionException {
            return Layout.byCliName(layout.trim())
                    .orElseThrow(() -> new MojoExecutionException("aksnet: '" + layout + "' is not a layout; use root or module"));
        }

        final Path folder(Spec spec, Target target) {
            return outputDirectory.toPath().resolve(dev.aksnet.generate.OutputWriter.specName(Path.of(spec.name()))).resolve(target.cliName());
        }
    }
}
