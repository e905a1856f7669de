package dev.aksnet.yaml;

import dev.aksnet.javaspec.JavaSpecCompiler;

import java.nio.file.Path;

/** Reads a spec file of either kind: a Java spec ({@code .java}) is compiled and run, anything else is read as YAML. */
public final class SpecFiles {
    private final SpecReader yaml = new SpecReader();
    private final JavaSpecCompiler java = new JavaSpecCompiler();

    public SpecReader.Result read(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".java") ? java.compile(file) : yaml.read(file);
    }
}
