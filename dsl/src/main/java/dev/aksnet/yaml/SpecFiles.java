package dev.aksnet.yaml;

import dev.aksnet.javaspec.JavaSpecCompiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a spec file of either kind: a Java spec ({@code .java}) is compiled and run, anything else is read as YAML. */
public final class SpecFiles {
    private final SpecReader yaml = new SpecReader();
    private final JavaSpecCompiler java = new JavaSpecCompiler();

    /** A YAML spec names aksnet's format (any version: a wrong one is SPEC_VERSION's to report, not a reason to skip the file). */
    private static final Pattern YAML_SPEC = Pattern.compile("(?m)^apiVersion:\\s*[\"']?aksnet/");
    /** A Java spec has the method the CLI runs. */
    private static final Pattern JAVA_SPEC = Pattern.compile("\\bDeployment\\s+spec\\s*\\(\\s*\\)");

    public SpecReader.Result read(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".java") ? java.compile(file) : yaml.read(file);
    }

    /** Whether the file's name is a spec's: YAML or Java. */
    public static boolean isSpecName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".java");
    }

    /** Whether a file of that name with that text is an aksnet spec (other YAML, a workflow say, is not). */
    public static boolean isSpecText(String name, String text) {
        return (name.endsWith(".java") ? JAVA_SPEC : YAML_SPEC).matcher(text).find();
    }

    /** The aksnet specs anywhere under a folder, sorted; an unreadable file counts, for the loader to report where it is. */
    public static List<Path> specsUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && isSpecName(f)).filter(f -> {
                try {
                    return isSpecText(f.getFileName().toString(), Files.readString(f));
                } catch (IOException e) {
                    return true;
                }
            }).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
