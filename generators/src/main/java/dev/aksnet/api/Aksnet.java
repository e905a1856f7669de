package dev.aksnet.api;

import dev.aksnet.generate.Generators;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.Target;
import dev.aksnet.javaspec.JavaSpecCompiler;
import dev.aksnet.model.Deployment;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.Validator;
import dev.aksnet.yaml.SpecFiles;
import dev.aksnet.yaml.SpecReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The library's entry points; see the package documentation for an example. Thread-safe: every method is a pure
 * function of its arguments (and of the day, for Kubernetes version support), sharing nothing mutable.
 */
public final class Aksnet {
    /** Made on first use, not when the class loads: {@link #version()} and validation need no template engine. */
    private static final class Standard {
        static final Generators GENERATORS = Generators.standard();
    }

    private Aksnet() {
    }

    /** The library's version, e.g. {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = Aksnet.class.getResourceAsStream("/aksnet.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Reads a spec file: YAML, or a Java spec ({@code .java}: a class with {@code public static Deployment spec()},
     * compiled in memory). Bad input never throws: it gives a spec with {@link Spec#readDiagnostics()} and, when
     * nothing could be read, no deployment.
     */
    public static Spec read(Path file) {
        Objects.requireNonNull(file, "file");
        SpecReader.Result result = new SpecFiles().read(file);
        return new Spec(file.toString(), result.spec(), sorted(result.diagnostics()));
    }

    /**
     * A spec built by Java code in this process. Diagnostics point at {@code name} and the line of the builder call
     * that made the offending part ({@code NodePool.windows("win1")}, say); an exception {@code build} throws (a
     * malformed CIDR) becomes a diagnostic at its line.
     *
     * @param name  the file name diagnostics and generated headers print, e.g. {@code Payments.java}
     * @param build builds the deployment, e.g. {@code Payments::spec}
     */
    public static Spec of(String name, Supplier<Deployment> build) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(build, "build");
        SpecReader.Result result = JavaSpecCompiler.fromBuilder(name, build);
        return new Spec(name, result.spec(), sorted(result.diagnostics()));
    }

    /** Validates specs together: each one's rules, and those across specs (networks of two specs that overlap, …). */
    public static Validation validate(Spec... specs) {
        return validate(Arrays.asList(specs));
    }

    /** Validates specs together; see {@link #validate(Spec...)}. */
    public static Validation validate(List<Spec> specs) {
        List<Diagnostic> all = new ArrayList<>();
        List<LoadedSpec> readable = new ArrayList<>();
        for (Spec spec : specs) {
            all.addAll(spec.readDiagnostics());
            spec.loaded().ifPresent(readable::add);
        }
        all.addAll(Validator.standard().validate(readable));
        return new Validation(sorted(all));
    }

    /** The deployable root layout of one target; see {@link #generate(Spec, Target, Layout)}. */
    public static Generation generate(Spec spec, Target target) {
        return generate(spec, target, Layout.ROOT);
    }

    /**
     * Validates the spec, then generates one target in memory.
     *
     * @throws InvalidSpecException when the spec has errors (nothing is generated)
     */
    public static Generation generate(Spec spec, Target target, Layout layout) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(layout, "layout");
        Validation validation = validate(spec);
        if (validation.hasErrors() || spec.loaded().isEmpty()) {
            throw new InvalidSpecException(spec.name(), validation.diagnostics());
        }
        return new Generation(target, layout, Standard.GENERATORS.forTarget(target).generate(spec.loaded().orElseThrow(), layout));
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Diagnostic.BY_POSITION);
        return List.copyOf(copy);
    }
}
