package dev.aksnet.maven;

import dev.aksnet.api.Aksnet;
import dev.aksnet.api.Generation;
import dev.aksnet.api.Spec;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.Target;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code aksnet:generate}: validates, then writes each target of each spec to
 * {@code <outputDirectory>/<spec name>/<target>/}. Everything is generated before anything is written, and each folder
 * is written atomically: with any error, nothing changes on disk.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AksnetMojo.Output {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aksnet: skipped");
            return;
        }
        List<Target> targets = targets();
        Layout layout = layout();
        Map<Path, Generation> outputs = new LinkedHashMap<>();
        for (Spec spec : validSpecs()) {
            for (Target target : targets) {
                outputs.put(folder(spec, target), Aksnet.generate(spec, target, layout));
            }
        }
        for (Map.Entry<Path, Generation> o : outputs.entrySet()) {
            try {
                o.getValue().writeTo(o.getKey());
            } catch (IOException e) {
                throw new MojoExecutionException("aksnet: " + e.getMessage(), e);
            }
            getLog().info("aksnet: wrote " + plural(o.getValue().files().size(), o.getValue().target().cliName() + " file") + " in " + o.getKey());
        }
    }
}
