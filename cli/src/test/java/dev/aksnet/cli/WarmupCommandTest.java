package dev.aksnet.cli;

import dev.aksnet.generate.Target;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's training runs: every profile it names runs clean, and a profile it does not know is a usage error. */
class WarmupCommandTest {
    private static int run(StringWriter err, String... args) {
        return Aksnet.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void everyProfileOfTheLauncherTrainsClean() {
        for (String profile : WarmupCommand.PROFILES) {
            StringWriter err = new StringWriter();
            assertEquals(ExitCodes.OK, run(err, "warmup", "--for", profile), profile + ": " + err);
        }
    }

    @Test
    void anUnknownProfileIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.USAGE, run(err, "warmup", "--for", "generate-pulumi"));
        assertTrue(err.toString().contains("generate-terraform, generate-bicep, generate-terraform-azapi, validate"), err.toString());
    }

    /** The launchers name the profiles in shell; they must be the targets' and warmup's. */
    @Test
    void theLaunchersGuessTheProfilesWarmupTrains() throws IOException {
        List<String> expected = new ArrayList<>();
        Target.cliNames().forEach(t -> expected.add("generate-" + t));
        expected.add("validate");
        assertEquals(expected, WarmupCommand.PROFILES);
        String guess = "case \"$target\" in " + String.join("|", Target.cliNames()) + ") profile=\"generate-$target\"";
        for (Path launcher : List.of(Path.of("..", "aksnet"), Path.of("..", "dist", "aksnet"))) {
            String text = Files.readString(launcher);
            assertTrue(text.contains(guess) && text.contains("profile=validate") && text.contains("warmup --for"), launcher.toString());
        }
    }
}
