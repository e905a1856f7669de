package dev.aksnet.cli;

import org.junit.jupiter.api.Test;

import static dev.aksnet.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code aksnet explain RULE}: the rule, its condition and source, the spec that breaks it and the fix. */
class ExplainCommandTest {
    @Test
    void explainsARuleWithItsFixtureAndItsFix() {
        CliTest.Run r = run("explain", "kubenet_no_windows");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("KUBENET_NO_WINDOWS (error; source: CNI)\n  a Windows pool on kubenet\n  condition: "), r.out());
        assertTrue(r.out().contains("A spec that breaks it (reported at 24:13):\n  apiVersion: aksnet/v1\n"), r.out());
        assertTrue(r.out().contains("The nearest valid spec: replace\n  - plugin: kubenet\nwith\n  + plugin: azure-cni-overlay\n"), r.out());
    }

    @Test
    void fleetRulesShowTheSpecGivenBesideIt() {
        CliTest.Run r = run("explain", "FLEET_SUBNET_CONFLICT");
        assertTrue(r.out().contains("Given together with this spec:\n"), r.out());
    }

    @Test
    void anUnknownRuleIsAUsageErrorThatSuggestsTheClosest() {
        CliTest.Run r = run("explain", "ROUTE_TABLE_UNKNWN");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean ROUTE_TABLE_UNKNOWN?"), r.err());
    }
}
