package dev.aksnet.generate;

import dev.aksnet.spec.LoadedSpec;

import java.util.List;

/** Turns a valid spec into the files of one target. Called only on specs with no error diagnostics. */
public interface Generator {
    Target target();

    List<GeneratedFile> generate(LoadedSpec spec, Layout layout);

    /** The deployable root layout. */
    default List<GeneratedFile> generate(LoadedSpec spec) {
        return generate(spec, Layout.ROOT);
    }
}
