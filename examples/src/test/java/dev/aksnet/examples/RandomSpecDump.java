package dev.aksnet.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Writes random valid specs as YAML files for {@code .ci/run}, which generates them with the CLI and runs the
 * independent checkers over the output. Runs only when asked:
 * {@code ./mvnw -pl examples test -Dtest=RandomSpecDump -Daksnet.randomSpecs.dir=DIR [-Daksnet.randomSpecs.count=N]}.
 */
class RandomSpecDump {
    @Test
    void writeRandomSpecs() throws IOException {
        String dir = System.getProperty("aksnet.randomSpecs.dir");
        assumeTrue(dir != null, "set aksnet.randomSpecs.dir to write random specs");
        int count = Integer.getInteger("aksnet.randomSpecs.count", 300);
        long base = Long.getLong("aksnet.randomSpecs.seed", 20261130L);
        Path out = Files.createDirectories(Path.of(dir));
        // Spec seeds drawn from one seeded stream, as the property tests draw them: consecutive seeds would give
        // java.util.Random nearly the same first choices (all 300 specs once had the same few plugins).
        java.util.Random seeds = new java.util.Random(base);
        for (int i = 0; i < count; i++) {
            Files.writeString(out.resolve(String.format("random-%04d.yaml", i)), RandomSpecs.valid(seeds.nextLong()));
        }
    }
}
