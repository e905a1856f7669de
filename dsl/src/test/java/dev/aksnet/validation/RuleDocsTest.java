package dev.aksnet.validation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleDocsTest {
    @Test
    void docsRulesMdIsWhatTheRulesSayOfThemselves() throws IOException {
        // Regenerate with: ./aksnet rules > docs/rules.md
        assertEquals(RuleDocs.markdown(), Files.readString(Path.of("..", "docs", "rules.md")));
    }

    @Test
    void everyRuleNamesWhereItIsChecked() {
        RuleDocs.checkedBy().forEach((id, by) -> assertTrue(!by.isEmpty(), id + " names no checker"));
    }
}
