package dev.aksnet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.Severity;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints diagnostics as data: a JSON array, or SARIF 2.1.0 (the text form is {@link OutputOptions#diagnostics}). */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void json(List<Diagnostic> diagnostics, PrintWriter out) {
        List<Map<String, Object>> items = diagnostics.stream().map(d -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", d.position().file());
            item.put("line", d.position().line());
            item.put("column", d.position().column());
            item.put("severity", d.severity().label());
            item.put("rule", d.rule().name());
            item.put("message", d.message());
            item.put("hint", d.hint());
            return item;
        }).toList();
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(items));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("diagnostics are plain data and always serialize", e);
        }
    }

    /**
     * SARIF 2.1.0, for code-scanning annotations: one run, every rule with its metadata (id, descriptions, help, default
     * level), one result per diagnostic with its file, line and column.
     */
    static void sarif(List<Diagnostic> diagnostics, String version, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper();
        var log = mapper.createObjectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        var run = log.putArray("runs").addObject();
        var driver = run.putObject("tool").putObject("driver");
        driver.put("name", "aksnet");
        driver.put("version", version);
        var rules = driver.putArray("rules");
        for (RuleId rule : RuleId.values()) {
            var r = rules.addObject();
            r.put("id", rule.name());
            r.putObject("shortDescription").put("text", capitalize(rule.summary()) + ".");
            r.putObject("fullDescription").put("text", capitalize(rule.summary()) + " (source: " + rule.source() + ").");
            r.putObject("help").put("text", "aksnet rule " + rule.name() + ": " + rule.summary() + ". Source: " + rule.source()
                    + ". Each result's message ends with what to do; the rule catalogue is docs/network-rules.md.");
            r.putObject("defaultConfiguration").put("level", level(rule.severity()));
        }
        var results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            var result = results.addObject();
            result.put("ruleId", d.rule().name());
            result.put("ruleIndex", d.rule().ordinal());
            result.put("level", level(d.severity()));
            result.putObject("message").put("text", d.hint() == null ? d.message() : d.message() + ". Hint: " + d.hint());
            var location = result.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", d.position().file().replace('\\', '/'));
            if (d.position().line() > 0) {
                var region = location.putObject("region");
                region.put("startLine", d.position().line());
                region.put("startColumn", d.position().column());
            }
        }
        run.put("columnKind", "unicodeCodePoints");
        try {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(log));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a SARIF log is plain data and always serializes", e);
        }
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
