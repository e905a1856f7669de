package dev.aksnet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aksnet.validation.Diagnostic;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints diagnostics in the contract's forms: compiler-style text, or a JSON array. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void text(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            out.println(d.format());
        }
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

    static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
