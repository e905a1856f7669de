package dev.aksnet.azapi;

import dev.aksnet.plan.ResourcePlan;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Terraform output names: unique per module, valid identifiers, case kept. */
class OutputNameTest {
    private static ResourcePlan.Output output(String... words) {
        return new ResourcePlan.Output(List.of(words), "d", null);
    }

    @Test
    void namesThatJoinToTheSameIdentifierGetNumbers() {
        Set<String> taken = new HashSet<>();
        assertEquals("a_b_c_id", AzapiViewBuilder.outputName(output("a-b", "c", "id"), taken));
        assertEquals("a_b_c_id_2", AzapiViewBuilder.outputName(output("a", "b-c", "id"), taken));
        assertEquals("a_b_c_id_3", AzapiViewBuilder.outputName(output("a.b", "c", "id"), taken));
    }

    @Test
    void aNameStartingWithADigitIsPrefixedAndCaseIsKept() {
        Set<String> taken = new HashSet<>();
        assertEquals("o_1st_id", AzapiViewBuilder.outputName(output("1st", "id"), taken));
        assertEquals("Payments_id", AzapiViewBuilder.outputName(output("Payments", "id"), taken));
    }
}
