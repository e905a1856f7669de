package dev.aksnet.maven;

import dev.aksnet.api.Aksnet;
import dev.aksnet.api.Spec;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.OutputCheck;
import dev.aksnet.generate.Target;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code aksnet:check}, the drift gate: fails when the committed output differs from what the specs generate (a file
 * changed, missing, or generated earlier and no longer), printing the unified diff. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AksnetMojo.Output {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aksnet: skipped");
            return;
        }
        List<Target> targets = targets();
        Layout layout = layout();
        int stale = 0;
        for (Spec spec : validSpecs()) {
            for (Target target : targets) {
                Path folder = folder(spec, target);
                OutputCheck result;
                try {
                    result = Aksnet.generate(spec, target, layout).checkAgainst(folder);
                } catch (IOException e) {
                    throw new MojoExecutionException("aksnet: cannot read " + folder + ": " + e.getMessage(), e);
                }
                result.missing().forEach(f -> getLog().error("aksnet: missing: " + folder.resolve(f)));
                result.extra().forEach(f -> getLog().error("aksnet: extra: " + folder.resolve(f) + " (generated earlier; not generated now)"));
                for (OutputCheck.FileDiff d : result.changed()) {
                    getLog().error("aksnet: differs: " + folder.resolve(d.path()) + "\n" + String.join("\n", d.unifiedDiff()));
                }
                if (result.upToDate()) {
                    getLog().info("aksnet: up to date: " + folder);
                } else {
                    stale++;
                }
            }
        }
        if (stale > 0) {
            throw new MojoFailureException("aksnet: generated output is out of date in " + plural(stale, "folder")
                    + ": run mvn aksnet:generate (same configuration) and commit the result");
        }
    }
}
