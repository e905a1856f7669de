package dev.aksnet.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes minor versions AKS supports, and until when: the one place aksnet knows them. From the "AKS Kubernetes
 * release calendar" (MicrosoftDocs/azure-aks-docs {@code articles/aks/supported-kubernetes-versions.md} at commit
 * fb060abe, 2026-08-21). An end of life given as a month is the last day of that month, as the page says. Long-term
 * support (Premium tier, support plan AKSLongTermSupport) extends a version by a year; aksnet does not configure it.
 * Update this table with each AKS release; {@link #AS_OF} says how fresh it is.
 */
public final class KubernetesVersions {
    private KubernetesVersions() {
    }

    /** The date of the release calendar the table copies. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 8, 21);
    /** Where the table comes from. */
    public static final String SOURCE = "AKS release calendar, learn.microsoft.com/azure/aks/supported-kubernetes-versions (as of " + AS_OF + ")";
    /** How early before the end of life aksnet starts to warn: time to plan and test an upgrade. */
    public static final int WARN_DAYS_BEFORE_END = 90;

    /** One minor version: when AKS made it generally available, and the last day of its (and of its LTS) support. */
    public record Release(int minor, YearMonth generallyAvailable, LocalDate endOfLife, LocalDate ltsEndOfLife) {
        public String name() {
            return "1." + minor;
        }

        public boolean supportedOn(LocalDate day) {
            return !day.isBefore(generallyAvailable.atDay(1)) && !day.isAfter(endOfLife);
        }
    }

    /** Oldest first. Versions before the first are out of support, LTS included. */
    public static final List<Release> RELEASES = List.of(
            release(29, "2024-03", monthEnd("2025-03"), monthEnd("2026-04")),
            release(30, "2024-07", LocalDate.of(2025, 8, 22), monthEnd("2026-07")),
            release(31, "2024-11", LocalDate.of(2025, 11, 1), monthEnd("2026-11")),
            release(32, "2025-04", monthEnd("2026-03"), monthEnd("2027-03")),
            release(33, "2025-06", monthEnd("2026-07"), monthEnd("2027-07")),
            release(34, "2025-11", monthEnd("2026-11"), monthEnd("2027-11")),
            release(35, "2026-03", monthEnd("2027-03"), monthEnd("2028-03")),
            release(36, "2026-06", monthEnd("2027-06"), monthEnd("2028-06")),
            release(37, "2026-10", monthEnd("2027-10"), monthEnd("2028-10")));

    /** What {@code kubernetesVersion} accepts: {@code 1.35} (AKS picks the patch) or {@code 1.35.2}. */
    private static final Pattern VERSION = Pattern.compile("([0-9]|[1-9][0-9]*)\\.([0-9]|[1-9][0-9]*)(?:\\.([0-9]|[1-9][0-9]*))?");

    /** The minor version of {@code text} when it is major 1 in AKS's form, else empty. */
    public static Optional<Integer> minorOf(String text) {
        Matcher m = VERSION.matcher(text);
        if (!m.matches() || !m.group(1).equals("1") || m.group(2).length() > 4) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(m.group(2)));
    }

    public static Optional<Release> release(int minor) {
        return RELEASES.stream().filter(r -> r.minor() == minor).findFirst();
    }

    /** The versions AKS supports on {@code day} without LTS, oldest first. */
    public static List<Release> supportedOn(LocalDate day) {
        return RELEASES.stream().filter(r -> r.supportedOn(day)).toList();
    }

    /** The newest version generally available on {@code day} (the one a new spec should start from). */
    public static Release newestOn(LocalDate day) {
        return RELEASES.stream().filter(r -> !day.isBefore(r.generallyAvailable().atDay(1))).reduce((a, b) -> b)
                .orElse(RELEASES.get(0));
    }

    private static Release release(int minor, String ga, LocalDate end, LocalDate ltsEnd) {
        return new Release(minor, YearMonth.parse(ga), end, ltsEnd);
    }

    private static LocalDate monthEnd(String month) {
        return YearMonth.parse(month).atEndOfMonth();
    }
}
