package dev.aksnet.spec;

import dev.aksnet.model.Deployment;

import java.util.Objects;

/**
 * A deployment together with where it came from: the file name diagnostics and generated headers print, and the
 * positions of its nodes.
 */
public record LoadedSpec(String fileName, Deployment deployment, SourceMap sourceMap) {
    public LoadedSpec {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(sourceMap, "sourceMap");
    }

    /** A deployment built in Java: diagnostics point at the spec file as a whole. */
    public static LoadedSpec ofJava(String fileName, Deployment deployment) {
        return new LoadedSpec(fileName, deployment, new SourceMap(fileName));
    }
}
