package dev.aksnet.examples;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.OutputWriter;
import dev.aksnet.generate.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** terraform fmt is the formatting authority: where the CLI is installed, it must find nothing to change in either Terraform target. */
class TerraformFmtTest {

    @Test
    void generatedTerraformOfEveryExampleIsTerraformFmtClean(@TempDir Path dir) throws Exception {
        assumeTrue(terraformAvailable(), "terraform is not on PATH");
        for (String example : ExampleFiles.names()) {
            for (Target target : List.of(Target.TERRAFORM, Target.TERRAFORM_AZAPI)) {
                List<GeneratedFile> files = ExampleFiles.generate(ExampleFiles.load(example), target);
                OutputWriter.write(dir.resolve(example).resolve(target.cliName()), files);
            }
        }
        Process fmt = new ProcessBuilder("terraform", "fmt", "-check", "-diff", "-recursive", "-no-color", dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(fmt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        fmt.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, fmt.exitValue(), "terraform fmt would change the generated files:\n" + output);
    }

    static boolean terraformAvailable() {
        try {
            Process p = new ProcessBuilder("terraform", "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
