package dev.aksnet.validation;

import dev.aksnet.yaml.SpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One minimal bad spec per rule under {@code src/test/resources/rules/}, each starting with
 * {@code # expect: RULE_ID at LINE:COL}: the spec must yield that rule's diagnostic at that position, with the
 * rule's severity. A rule id without a fixture fails {@link #everyRuleHasAFixture()}.
 */
class RuleFixturesTest {
    private static final Pattern EXPECT = Pattern.compile("# expect: ([A-Z_]+) at (\\d+):(\\d+)");

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(RuleFixturesTest.class.getResource("/rules").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void badSpecYieldsItsRuleAtItsPosition(Path fixture) throws IOException {
        String text = Files.readString(fixture);
        Matcher m = EXPECT.matcher(text.lines().findFirst().orElse(""));
        assertTrue(m.matches(), fixture + " lacks its '# expect: RULE at LINE:COL' header");
        RuleId rule = RuleId.valueOf(m.group(1));
        int line = Integer.parseInt(m.group(2));
        int column = Integer.parseInt(m.group(3));

        List<Diagnostic> diagnostics = diagnosticsOf(fixture.getFileName().toString(), text);
        List<Diagnostic> ofRule = diagnostics.stream().filter(d -> d.rule() == rule).toList();
        assertEquals(1, ofRule.size(), () -> "expected one " + rule + " in " + render(diagnostics));
        Diagnostic d = ofRule.get(0);
        assertEquals(rule.severity(), d.severity());
        assertEquals(line + ":" + column, d.position().line() + ":" + d.position().column(), () -> render(diagnostics));
        assertEquals(fixture.getFileName().toString(), d.position().file());
        assertTrue(d.hint() != null && !d.hint().isBlank(), "every diagnostic says what to do");
    }

    @Test
    void everyRuleHasAFixture() throws Exception {
        Set<RuleId> covered = EnumSet.noneOf(RuleId.class);
        try (Stream<Path> files = fixtures()) {
            for (Path p : files.toList()) {
                Matcher m = EXPECT.matcher(Files.readString(p).lines().findFirst().orElse(""));
                if (m.matches()) {
                    covered.add(RuleId.valueOf(m.group(1)));
                }
            }
        }
        Set<RuleId> missing = EnumSet.complementOf(EnumSet.copyOf(covered));
        assertEquals(Set.of(), missing, "rules without a fixture under src/test/resources/rules");
    }

    @Test
    void everyImplementedRuleIsRegisteredOnce() {
        List<RuleId> registered = Rules.all().stream().map(Rule::id).toList();
        assertEquals(registered.size(), Set.copyOf(registered).size(), "a rule registered twice");
        // Rules the reader reports itself (the spec's shape, CIDR syntax) have no Rule class.
        Set<RuleId> readerRules = EnumSet.of(RuleId.SPEC_UNKNOWN_KEY, RuleId.SPEC_MISSING_KEY, RuleId.SPEC_BAD_VALUE,
                RuleId.SPEC_UNREADABLE, RuleId.CIDR_INVALID);
        Set<RuleId> all = EnumSet.copyOf(registered);
        all.addAll(readerRules);
        assertEquals(EnumSet.allOf(RuleId.class), all);
    }

    static List<Diagnostic> diagnosticsOf(String name, String text) {
        SpecReader.Result read = new SpecReader().read(name, text);
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        read.spec().ifPresent(s -> all.addAll(Validator.standard().validate(s)));
        return all;
    }

    private static String render(List<Diagnostic> diagnostics) {
        return String.join("\n", diagnostics.stream().map(Diagnostic::format).toList());
    }
}
