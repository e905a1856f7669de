package dev.aksnet.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code aksnet explain RULE} prints: the rule's summary, severity and source, its condition as the catalogue
 * (shipped beside the rules) states it, and its fixture: a minimal spec that breaks it, where, and the edit that makes
 * the nearest valid spec.
 *
 * @param condition the catalogue row's condition, when the catalogue has one
 * @param invalid   the fixture spec without its header lines, and the line:column where the rule reports
 * @param fix       the fixture's edit: the text to replace, and its replacement
 * @param beside    for a rule across specs (FLEET_*), the other spec validated with it
 */
public record RuleExplanation(RuleId rule, Optional<String> condition, Optional<String> invalid, Optional<String> where,
                             Optional<String[]> fix, Optional<String> beside) {
    private static final String BASE = "/dev/aksnet/validation/";
    private static final Pattern EXPECT = Pattern.compile("(?:#|//) expect: [A-Z0-9_]+ at (\\d+):(\\d+)");
    private static final Pattern FIX = Pattern.compile("(?:#|//) fix: (\\[.*])");

    public static RuleExplanation of(RuleId rule) {
        return new RuleExplanation(rule, condition(rule), fixture(rule).map(RuleExplanation::body),
                fixture(rule).flatMap(RuleExplanation::where), fixture(rule).flatMap(RuleExplanation::fix),
                resource("fixtures/fleet/" + rule.name() + "/a.yaml"));
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = RuleExplanation.class.getResourceAsStream(BASE + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The condition cell of the rule's row in the catalogue (rows are {@code | ID | sev | [plugins |] condition | source |}). */
    static Optional<String> condition(RuleId rule) {
        return resource("network-rules.md").flatMap(md -> md.lines().filter(l -> l.startsWith("| " + rule.name() + " |")).findFirst())
                .map(row -> {
                    String[] cells = row.split("(?<!\\\\)\\|");
                    List<String> after = new ArrayList<>();
                    // Cells after the id and the severity: [plugins,] condition[, source]; the fleet's rows have no source.
                    for (int i = 3; i < cells.length; i++) {
                        if (!cells[i].isBlank()) {
                            after.add(cells[i].strip());
                        }
                    }
                    return after.size() == 1 ? after.get(0) : after.get(after.size() - 2);
                });
    }

    private static Optional<String> fixture(RuleId rule) {
        // A fleet fixture is a folder of two specs: b.yaml carries the header, a.yaml is validated beside it.
        return resource("fixtures/" + rule.name() + ".yaml").or(() -> resource("fixtures/" + rule.name() + ".java"))
                .or(() -> resource("fixtures/fleet/" + rule.name() + "/b.yaml"));
    }

    private static String body(String text) {
        int start = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        return text.substring(start);
    }

    /** line:column in the spec as printed (the two header lines removed). */
    private static Optional<String> where(String text) {
        Matcher m = EXPECT.matcher(text.lines().findFirst().orElse(""));
        return m.find() ? Optional.of((Integer.parseInt(m.group(1)) - 2) + ":" + m.group(2)) : Optional.empty();
    }

    private static Optional<String[]> fix(String text) {
        Matcher m = FIX.matcher(text.lines().skip(1).findFirst().orElse(""));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new com.fasterxml.jackson.databind.ObjectMapper().readValue(m.group(1), String[].class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
