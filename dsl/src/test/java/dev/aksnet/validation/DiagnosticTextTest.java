package dev.aksnet.validation;

import dev.aksnet.spec.Position;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A diagnostic prints as the CLI prints it, also when a Java spec's author prints one: never as a record dump. */
class DiagnosticTextTest {
    @Test
    void printsAsFileLineColumnSeverityRuleMessageAndHint() {
        Diagnostic d = new Diagnostic(Severity.ERROR, RuleId.SUBNET_OVERLAP, "subnets 'a' and 'b' overlap", "move one",
                new Position("cluster.yaml", 12, 15));
        assertEquals("cluster.yaml:12:15: error[SUBNET_OVERLAP]: subnets 'a' and 'b' overlap\n  hint: move one", d.toString());
        assertEquals(d.format(), String.valueOf(d));
    }
}
