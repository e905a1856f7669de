package dev.aksnet.validation.rules;

import dev.aksnet.validation.KubernetesVersions;
import dev.aksnet.validation.KubernetesVersions.Release;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** Kubernetes versions against AKS's release calendar ({@link KubernetesVersions}), on the day of the run. */
public final class VersionRules {
    private VersionRules() {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Where a cluster's version stands in its spec. */
    private static String path(ClusterAt c) {
        return c.path() + ".kubernetesVersion";
    }

    private static String supported(LocalDate today) {
        return String.join(", ", KubernetesVersions.supportedOn(today).stream().map(Release::name).toList());
    }

    /** K8S_VERSION_UNSUPPORTED (VER): AKS creates no cluster with a version past its end of life, or in another form. */
    public static final class KubernetesVersionUnsupported implements Rule {
        private final Clock clock;

        public KubernetesVersionUnsupported(Clock clock) {
            this.clock = clock;
        }

        @Override
        public RuleId id() {
            return RuleId.K8S_VERSION_UNSUPPORTED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            LocalDate today = LocalDate.now(clock);
            Release newest = KubernetesVersions.newestOn(today);
            for (ClusterAt c : spec.clusters()) {
                String version = c.cluster().kubernetesVersion();
                if (version == null) {
                    continue;
                }
                Optional<Integer> minor = KubernetesVersions.minorOf(version);
                if (minor.isEmpty()) {
                    report.at(path(c), "kubernetesVersion '" + version + "' of '" + c.cluster().name() + "' is not a version AKS accepts",
                            "write major.minor (AKS picks the patch) or major.minor.patch, e.g. \"" + newest.name() + "\"");
                    continue;
                }
                Release first = KubernetesVersions.RELEASES.get(0);
                Optional<Release> release = KubernetesVersions.release(minor.get());
                String ended = minor.get() < first.minor() ? "is older than every version AKS still supports"
                        : release.filter(r -> today.isAfter(r.endOfLife()))
                        .map(r -> "reached its end of life in AKS on " + DAY.format(r.endOfLife())).orElse(null);
                if (ended != null) {
                    String lts = release.filter(r -> !today.isAfter(r.ltsEndOfLife()))
                            .map(r -> "; long-term support (Premium tier) would keep it until " + DAY.format(r.ltsEndOfLife())
                                    + ", which aksnet does not configure").orElse("");
                    report.at(path(c), "Kubernetes " + version + " of '" + c.cluster().name() + "' " + ended,
                            "use a supported version (" + supported(today) + ")" + lts);
                }
            }
        }
    }

    /** K8S_VERSION_END_OF_SUPPORT (VER): a version whose end of life is near; upgrades take planning. */
    public static final class KubernetesVersionEndOfSupport implements Rule {
        private final Clock clock;

        public KubernetesVersionEndOfSupport(Clock clock) {
            this.clock = clock;
        }

        @Override
        public RuleId id() {
            return RuleId.K8S_VERSION_END_OF_SUPPORT;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            LocalDate today = LocalDate.now(clock);
            for (ClusterAt c : spec.clusters()) {
                Optional.ofNullable(c.cluster().kubernetesVersion()).flatMap(KubernetesVersions::minorOf).flatMap(KubernetesVersions::release)
                        .filter(r -> !today.isAfter(r.endOfLife()))
                        .filter(r -> ChronoUnit.DAYS.between(today, r.endOfLife()) < KubernetesVersions.WARN_DAYS_BEFORE_END)
                        .ifPresent(r -> report.at(path(c), "Kubernetes " + c.cluster().kubernetesVersion() + " of '" + c.cluster().name()
                                        + "' reaches its end of life in AKS on " + DAY.format(r.endOfLife()) + ", in "
                                        + ChronoUnit.DAYS.between(today, r.endOfLife()) + " days",
                                "plan the upgrade to " + KubernetesVersions.newestOn(today).name() + "; after that day AKS creates no "
                                        + "cluster with it"));
            }
        }
    }

    /** K8S_VERSION_UNKNOWN (VER): a version newer than aksnet's table, which aksnet cannot check. */
    public static final class KubernetesVersionUnknown implements Rule {
        @Override
        public RuleId id() {
            return RuleId.K8S_VERSION_UNKNOWN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            int newest = KubernetesVersions.RELEASES.get(KubernetesVersions.RELEASES.size() - 1).minor();
            for (ClusterAt c : spec.clusters()) {
                Optional.ofNullable(c.cluster().kubernetesVersion()).flatMap(KubernetesVersions::minorOf).filter(m -> m > newest)
                        .ifPresent(m -> report.at(path(c), "Kubernetes " + c.cluster().kubernetesVersion() + " of '" + c.cluster().name()
                                        + "' is newer than aksnet's table of AKS versions (" + KubernetesVersions.SOURCE + ")",
                                "check that AKS offers it in the region: az aks get-versions -l <region>"));
            }
        }
    }
}
