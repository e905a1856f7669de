package dev.aksnet.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** aksnet explain's material ships with the rules: every rule has its catalogue condition and its fixture. */
class RuleExplanationTest {
    @Test
    void everyRuleHasAConditionAFixtureAndAFix() {
        for (RuleId id : RuleId.values()) {
            RuleExplanation x = RuleExplanation.of(id);
            assertTrue(x.condition().filter(c -> !c.isBlank()).isPresent(), id + " has no condition in the shipped catalogue");
            assertTrue(x.invalid().isPresent() && x.where().isPresent() && x.fix().isPresent(), id + " has no shipped fixture");
        }
    }

    @Test
    void theConditionIsTheCatalogueCellBeforeTheSource() {
        RuleExplanation x = RuleExplanation.of(RuleId.ROUTE_TABLE_UNKNOWN);
        assertEquals("a subnet's `routeTable` names no table under `routeTables`", x.condition().orElseThrow());
        assertEquals("10:21", x.where().orElseThrow(), "the position in the spec as printed, without the two header lines");
        assertTrue(x.invalid().orElseThrow().startsWith("apiVersion: aksnet/v1\n"));
    }
}
