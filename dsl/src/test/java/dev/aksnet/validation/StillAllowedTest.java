package dev.aksnet.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Specs just on the allowed side of a rule: what AKS accepts, where peers (or an earlier aksnet) refused it. A guard
 * against rules outliving the platform. Each file starts with {@code # allowed: RULE, RULE} and {@code # why: …};
 * it must validate without an error and without a diagnostic of the rules it names. (Each rule's fixture under
 * {@code rules/} carries its nearest valid spec too; these are the boundaries worth stating on their own.)
 */
class StillAllowedTest {
    private static final Pattern ALLOWED = Pattern.compile("# allowed: ([A-Z0-9_, ]+)");
    private static final Pattern WHY = Pattern.compile("# why: .{10,}");

    static Stream<Path> specs() throws IOException, URISyntaxException {
        Path dir = Path.of(StillAllowedTest.class.getResource("/allowed").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void staysAllowed(Path spec) throws IOException {
        String text = Files.readString(spec);
        List<String> header = text.lines().limit(2).toList();
        Matcher m = ALLOWED.matcher(header.get(0));
        assertTrue(m.matches(), spec + " lacks its '# allowed: RULE, …' line");
        assertTrue(WHY.matcher(header.get(1)).matches(), spec + " lacks its '# why: …' line (the source that allows it)");
        List<RuleId> rules = Arrays.stream(m.group(1).split(",")).map(String::strip).map(RuleId::valueOf).toList();
        List<Diagnostic> diagnostics = RuleFixturesTest.diagnosticsOf(Map.of(spec.getFileName().toString(), text));
        assertEquals(List.of(), diagnostics.stream().filter(d -> d.isError() || rules.contains(d.rule())).toList(),
                spec.getFileName() + " must stay allowed");
    }
}
