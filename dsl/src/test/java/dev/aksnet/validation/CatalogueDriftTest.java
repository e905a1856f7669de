package dev.aksnet.validation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule catalogue ({@code docs/network-rules.md}) and the code cannot drift: every catalogued id has an
 * implementation with the catalogued severity, and the code reports no id the catalogue lacks.
 */
class CatalogueDriftTest {
    /** A table row: {@code | ID | E or W | ...}. */
    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z][A-Z0-9_]+) \\| ([EW—-]) \\|");

    static Map<String, String> catalogue() throws IOException {
        // Surefire runs in the module folder; the catalogue lives at the repository's top.
        Path file = Path.of("..", "docs", "network-rules.md");
        assertTrue(Files.exists(file), "docs/network-rules.md is missing");
        Map<String, String> ids = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = ROW.matcher(line);
            if (m.find() && !m.group(2).equals("—") && !m.group(2).equals("-")) {
                ids.put(m.group(1), m.group(2));
            }
        }
        return ids;
    }

    @Test
    void everyCataloguedRuleIsImplementedAndNothingElse() throws IOException {
        Set<String> catalogued = catalogue().keySet();
        Set<String> implemented = EnumSet.allOf(RuleId.class).stream().map(Enum::name).collect(Collectors.toSet());
        assertEquals(Set.of(), catalogued.stream().filter(id -> !implemented.contains(id)).collect(Collectors.toSet()),
                "catalogued ids without an implementation");
        assertEquals(Set.of(), implemented.stream().filter(id -> !catalogued.contains(id)).collect(Collectors.toSet()),
                "ids the code reports that the catalogue lacks");
    }

    @Test
    void sourcesAgreeWithTheCatalogue() throws IOException {
        Path file = Path.of("..", "docs", "network-rules.md");
        Pattern row = Pattern.compile("^\\| ([A-Z][A-Z0-9_]+) \\| ([EW]) \\|(.*)\\|\\s*$");
        for (String line : Files.readAllLines(file)) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                String[] cells = m.group(3).split("\\|");
                String source = cells.length >= 2 ? cells[cells.length - 1].strip() : "contract";
                assertEquals(source, RuleId.valueOf(m.group(1)).source(), m.group(1));
            }
        }
    }

    @Test
    void severitiesAgreeWithTheCatalogue() throws IOException {
        for (Map.Entry<String, String> row : catalogue().entrySet()) {
            Severity expected = row.getValue().equals("E") ? Severity.ERROR : Severity.WARNING;
            assertEquals(expected, RuleId.valueOf(row.getKey()).severity(), row.getKey());
        }
    }
}
