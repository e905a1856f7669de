package dev.aksnet.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The day rules that depend on the date (Kubernetes version support) judge by. The system clock, unless
 * {@code SOURCE_DATE_EPOCH} (the reproducible-builds convention: seconds since 1970) pins it, so that CI runs and tests
 * give the same verdict on every day.
 */
public final class ValidationClock {
    private ValidationClock() {
    }

    /** The variable that pins the date. */
    public static final String PIN = "SOURCE_DATE_EPOCH";

    public static Clock fromEnvironment() {
        String pinned = System.getenv(PIN);
        if (pinned != null && pinned.matches("[0-9]{1,12}")) {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(pinned)), ZoneOffset.UTC);
        }
        return Clock.systemUTC();
    }
}
