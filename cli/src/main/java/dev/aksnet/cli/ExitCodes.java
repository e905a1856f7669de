package dev.aksnet.cli;

/** The exit codes of the contract (spec-format.md §3). */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Success; warnings allowed. */
    public static final int OK = 0;
    /** A spec is invalid (any error diagnostic, including unreadable YAML). */
    public static final int INVALID_SPEC = 1;
    /** Command-line usage error. */
    public static final int USAGE = 2;
    /** {@code generate --check} found the output out of date. */
    public static final int OUT_OF_DATE = 3;
    /** {@code diff --fail-on} found a change at or above the class. */
    public static final int CHANGE_AT_OR_ABOVE = 4;
    /** A bug in aksnet (EX_SOFTWARE of sysexits.h): reported in one line, never as a stack trace. */
    public static final int INTERNAL_ERROR = 70;
}
