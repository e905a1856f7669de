package dev.aksnet.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TerraformFormatterTest {
    static final String RAW = """
            resource "x" "y" {
              name = "a"
              location_long = "b = c {"
              tags = {
                env = "prod"
                "cost center" = "p"
              }
              a = 1
              ids = [x.id]
              depends_on = [
                a.b,
              ]

              block {
                x = 1
                yyyy = 2
              }
            }
            """;

    static final String FORMATTED = """
            resource "x" "y" {
              name          = "a"
              location_long = "b = c {"
              tags = {
                env           = "prod"
                "cost center" = "p"
              }
              a   = 1
              ids = [x.id]
              depends_on = [
                a.b,
              ]

              block {
                x    = 1
                yyyy = 2
              }
            }
            """;

    @Test
    void alignsConsecutiveSingleLineAttributesOnly() {
        assertEquals(FORMATTED, TerraformFormatter.format(RAW));
    }

    @Test
    void isIdempotentAndNormalizesBlankLines() {
        assertEquals(FORMATTED, TerraformFormatter.format(FORMATTED));
        assertEquals("a = 1\n\nb = 2\n", TerraformFormatter.format("\n\na = 1   \n\n\n\nb = 2\n\n"));
    }

    @Test
    void agreesWithTerraformFmtWhereInstalled(@TempDir Path dir) throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("terraform", "version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0);
        } catch (java.io.IOException e) {
            assumeTrue(false, "terraform is not on PATH");
        }
        Path file = dir.resolve("main.tf");
        Files.writeString(file, RAW);
        Process fmt = new ProcessBuilder("terraform", "fmt", "-no-color", file.toString()).redirectErrorStream(true).start();
        fmt.getInputStream().readAllBytes();
        fmt.waitFor(30, TimeUnit.SECONDS);
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), TerraformFormatter.format(RAW));
    }
}
