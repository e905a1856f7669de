package dev.aksnet.validation;

import java.util.List;

/** Reading and validating a spec text the way the rule fixtures do, for tests in other packages. */
public final class RuleFixturesTestAccess {
    private RuleFixturesTestAccess() {
    }

    public static List<Diagnostic> diagnosticsOf(String name, String text) {
        return RuleFixturesTest.diagnosticsOf(name, text);
    }
}
