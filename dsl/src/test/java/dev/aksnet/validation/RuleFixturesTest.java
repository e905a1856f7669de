package dev.aksnet.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aksnet.spec.LoadedSpec;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One minimal bad spec per rule under {@code src/main/resources/dev/aksnet/validation/fixtures/} (shipped: aksnet explain prints them) (a folder of specs under {@code fixtures/fleet/}
 * for the rules between specs; a {@code .java} file for Java specs, with {@code //} for {@code #}). The spec that breaks the
 * rule starts with
 * <pre>
 * # expect: RULE_ID at LINE:COL
 * # fix: ["text to replace everywhere", "replacement"]
 * </pre>
 * and, for rules that depend on the date, optionally {@code # today: YYYY-MM-DD} on the third line (else the day the
 * build pins, SOURCE_DATE_EPOCH). It must yield exactly one diagnostic of that rule, with the rule's severity, at that position; and with the fix
 * applied — the nearest valid spec — it must yield none of that rule and no error at all. A rule id without a fixture
 * fails {@link #everyRuleHasAFixture()}.
 */
class RuleFixturesTest {
    private static final Pattern EXPECT = Pattern.compile("(?:#|//) expect: ([A-Z][A-Z0-9_]*) at (\\d+):(\\d+)");
    private static final Pattern FIX = Pattern.compile("(?:#|//) fix: (\\[.*])");
    private static final Pattern TODAY = Pattern.compile("(?m)^(?:#|//) today: (\\d{4}-\\d{2}-\\d{2})$");

    /** A fixture: one spec file, or a fleet folder of several. */
    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(RuleFixturesTest.class.getResource("/dev/aksnet/validation/fixtures").toURI());
        List<Path> all = new ArrayList<>(Files.list(dir).filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".java"))
                .sorted().toList());
        all.addAll(Files.list(dir.resolve("fleet")).filter(Files::isDirectory).sorted().toList());
        return all.stream();
    }

    /** The spec texts of a fixture, by file name. */
    static Map<String, String> texts(Path fixture) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        List<Path> files = Files.isDirectory(fixture)
                ? Files.list(fixture).filter(p -> p.toString().endsWith(".yaml")).sorted().toList() : List.of(fixture);
        for (Path f : files) {
            texts.put(f.getFileName().toString(), Files.readString(f));
        }
        return texts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void badSpecYieldsItsRuleAtItsPositionAndItsFixYieldsNone(Path fixture) throws IOException {
        Map<String, String> texts = texts(fixture);
        String file = texts.entrySet().stream().filter(e -> EXPECT.matcher(e.getValue().lines().findFirst().orElse("")).matches())
                .map(Map.Entry::getKey).findFirst().orElse(null);
        assertNotNull(file, fixture + " lacks its '# expect: RULE at LINE:COL' header");
        List<String> header = texts.get(file).lines().limit(2).toList();
        Matcher m = EXPECT.matcher(header.get(0));
        assertTrue(m.matches());
        RuleId rule = RuleId.valueOf(m.group(1));

        Validator validator = validatorFor(texts.get(file));
        List<Diagnostic> diagnostics = diagnosticsOf(texts, validator);
        List<Diagnostic> ofRule = diagnostics.stream().filter(d -> d.rule() == rule).toList();
        assertEquals(1, ofRule.size(), () -> "expected one " + rule + " in " + render(diagnostics));
        Diagnostic d = ofRule.get(0);
        assertEquals(rule.severity(), d.severity());
        assertEquals(file, d.position().file());
        assertEquals(m.group(2) + ":" + m.group(3), d.position().line() + ":" + d.position().column(), () -> render(diagnostics));
        assertTrue(d.hint() != null && !d.hint().isBlank(), "every diagnostic says what to do");

        Matcher fix = FIX.matcher(header.get(1));
        assertTrue(fix.matches(), fixture + " lacks its '# fix: [old, new]' line");
        String[] pair = new ObjectMapper().readValue(fix.group(1), String[].class);
        // The fix replaces every occurrence in the spec below the two header lines (the header quotes the text).
        String text = texts.get(file);
        int bodyStart = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        String body = text.substring(bodyStart);
        assertTrue(body.contains(pair[0]), "the fix's text is not in " + file);
        texts.put(file, text.substring(0, bodyStart) + body.replace(pair[0], pair[1]));
        List<Diagnostic> fixed = diagnosticsOf(texts, validator);
        assertEquals(List.of(), fixed.stream().filter(x -> x.rule() == rule || x.isError()).toList(),
                "the nearest valid spec (" + fixture.getFileName() + " with its fix) must not trigger " + rule + " nor any error");
    }

    @Test
    void everyRuleHasAFixture() throws Exception {
        Set<RuleId> covered = EnumSet.noneOf(RuleId.class);
        try (Stream<Path> fixtures = fixtures()) {
            for (Path p : fixtures.toList()) {
                for (String text : texts(p).values()) {
                    Matcher m = EXPECT.matcher(text.lines().findFirst().orElse(""));
                    if (m.matches()) {
                        covered.add(RuleId.valueOf(m.group(1)));
                    }
                }
            }
        }
        Set<RuleId> missing = EnumSet.complementOf(EnumSet.copyOf(covered));
        assertEquals(Set.of(), missing, "rules without a fixture under dsl/src/main/resources/dev/aksnet/validation/fixtures");
    }

    @Test
    void everyImplementedRuleIsRegisteredOnce() {
        List<RuleId> registered = new ArrayList<>(Rules.all().stream().map(Rule::id).toList());
        registered.addAll(Rules.fleet().stream().map(FleetRule::id).toList());
        assertEquals(registered.size(), Set.copyOf(registered).size(), "a rule registered twice");
        // Rules the YAML reader and the Java spec compiler report themselves (shape, CIDR syntax, Java) have no Rule class.
        Set<RuleId> readerRules = EnumSet.noneOf(RuleId.class);
        java.util.Arrays.stream(RuleId.values()).filter(id -> id.reportedOutsideRules().isPresent()).forEach(readerRules::add);
        Set<RuleId> all = EnumSet.copyOf(registered);
        assertEquals(Set.of(), readerRules.stream().filter(all::contains).collect(java.util.stream.Collectors.toSet()),
                "an id both a rule and the reader report");
        all.addAll(readerRules);
        assertEquals(EnumSet.allOf(RuleId.class), all);
    }

    /** The standard validator, on the fixture's own day when it names one. */
    static Validator validatorFor(String text) {
        Matcher today = TODAY.matcher(text.lines().limit(3).reduce("", (a, b) -> a + b + "\n"));
        return today.find() ? Validator.standard(java.time.Clock.fixed(java.time.LocalDate.parse(today.group(1))
                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC)) : Validator.standard();
    }

    /** Reads the specs and validates those that read as one fleet; reader diagnostics included. */
    static List<Diagnostic> diagnosticsOf(Map<String, String> texts) {
        return diagnosticsOf(texts, Validator.standard());
    }

    static List<Diagnostic> diagnosticsOf(Map<String, String> texts, Validator validator) {
        List<Diagnostic> all = new ArrayList<>();
        List<LoadedSpec> specs = new ArrayList<>();
        for (var e : texts.entrySet()) {
            SpecReader.Result read = e.getKey().endsWith(".java") ? compileJava(e.getKey(), e.getValue()) : new SpecReader().read(e.getKey(), e.getValue());
            all.addAll(read.diagnostics());
            read.spec().ifPresent(specs::add);
        }
        all.addAll(validator.validate(specs));
        return all;
    }

    /** Java specs compile from a file: written to a temporary folder under the fixture's name, reported under that name. */
    static SpecReader.Result compileJava(String name, String text) {
        try {
            Path file = Files.writeString(Files.createTempDirectory("aksnet-java-spec").resolve(name), text);
            return new dev.aksnet.javaspec.JavaSpecCompiler().compile(file, name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Diagnostic> diagnosticsOf(String name, String text) {
        return diagnosticsOf(Map.of(name, text));
    }

    private static String render(List<Diagnostic> diagnostics) {
        return String.join("\n", diagnostics.stream().map(Diagnostic::format).toList());
    }
}
