package dev.aksnet.dsl;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where in a Java spec each part of the model was built, so that diagnostics on a Java spec point at the builder call
 * ("the builder call site if known", spec-format.md §4). Recording happens only inside {@link #recording}, on the
 * calling thread, and costs nothing otherwise.
 */
public final class CallSites {
    private static final ThreadLocal<Map<Object, StackTraceElement>> RECORDING = new ThreadLocal<>();

    private CallSites() {
    }

    /** A built model object and the user code line that asked for it. */
    public record Recorded<T>(T value, Map<Object, StackTraceElement> sites) {
    }

    /** Runs {@code spec} (a Java spec's {@code spec()} method) and returns what it built with where it was built. */
    public static <T> Recorded<T> recording(Supplier<T> spec) {
        Map<Object, StackTraceElement> sites = new IdentityHashMap<>();
        RECORDING.set(sites);
        try {
            return new Recorded<>(spec.get(), sites);
        } finally {
            RECORDING.remove();
        }
    }

    /** The first caller outside aksnet's DSL and model, when recording; else null. */
    static StackTraceElement caller() {
        if (RECORDING.get() == null) {
            return null;
        }
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith("dev.aksnet.dsl.") && !f.getClassName().startsWith("dev.aksnet.model."))
                .findFirst()
                .map(StackWalker.StackFrame::toStackTraceElement)
                .orElse(null));
    }

    /** Remembers where {@code built} was asked for, when recording. */
    static <T> T remember(T built, StackTraceElement site) {
        Map<Object, StackTraceElement> sites = RECORDING.get();
        if (sites != null && site != null) {
            sites.put(built, site);
        }
        return built;
    }
}
