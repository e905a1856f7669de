package dev.aksnet.validation.rules;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.KubernetesVersions;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kubernetes version rules on chosen days: the boundaries of support, the warning window, and AKS's version form. */
class VersionRulesTest {

    private static List<RuleId> versionFindings(String version, String day) {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .cluster(Cluster.named("k").kubernetesVersion(version).network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3)))
                .build();
        Clock clock = Clock.fixed(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return Validator.standard(clock).validate(LoadedSpec.ofJava("k.java", d)).stream().map(Diagnostic::rule)
                .filter(r -> r.name().startsWith("K8S_")).toList();
    }

    @Test
    void supportEndsAfterTheLastDayOfTheEndOfLifeMonth() {
        assertEquals(List.of(RuleId.K8S_VERSION_END_OF_SUPPORT), versionFindings("1.33", "2026-07-31"));
        assertEquals(List.of(RuleId.K8S_VERSION_UNSUPPORTED), versionFindings("1.33", "2026-08-01"));
        assertEquals(List.of(RuleId.K8S_VERSION_UNSUPPORTED), versionFindings("1.33.4", "2026-08-01"));
        // An end of life given as a day (1.30: 22 August 2025).
        assertEquals(List.of(RuleId.K8S_VERSION_END_OF_SUPPORT), versionFindings("1.30", "2025-08-22"));
        assertEquals(List.of(RuleId.K8S_VERSION_UNSUPPORTED), versionFindings("1.30", "2025-08-23"));
    }

    @Test
    void theWarningStartsNinetyDaysBeforeTheEnd() {
        LocalDate end = KubernetesVersions.release(35).orElseThrow().endOfLife();
        assertEquals(List.of(), versionFindings("1.35", end.minusDays(KubernetesVersions.WARN_DAYS_BEFORE_END).toString()));
        assertEquals(List.of(RuleId.K8S_VERSION_END_OF_SUPPORT),
                versionFindings("1.35", end.minusDays(KubernetesVersions.WARN_DAYS_BEFORE_END - 1).toString()));
        assertEquals(List.of(), versionFindings("1.36", "2026-12-02"));
    }

    @Test
    void versionsOutsideTheTable() {
        assertEquals(List.of(RuleId.K8S_VERSION_UNSUPPORTED), versionFindings("1.27", "2026-12-02"));
        assertEquals(List.of(RuleId.K8S_VERSION_UNKNOWN), versionFindings("1.38", "2026-12-02"));
        assertEquals(List.of(), versionFindings("1.37", "2026-12-02"));
    }

    @Test
    void onlyAksFormsAreAccepted() {
        for (String bad : List.of("v1.36", "latest", "1.36.x", "01.36", "1", "2.1", "1.36.2.1", "1.36 ", "")) {
            assertEquals(List.of(RuleId.K8S_VERSION_UNSUPPORTED), versionFindings(bad, "2026-12-02"), "'" + bad + "'");
        }
    }

    @Test
    void theHintNamesTheSupportedVersionsAndLongTermSupport() {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .cluster(Cluster.named("k").kubernetesVersion("1.33").network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3)))
                .build();
        Clock clock = Clock.fixed(LocalDate.parse("2026-12-02").atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        Diagnostic found = Validator.standard(clock).validate(LoadedSpec.ofJava("k.java", d)).stream()
                .filter(x -> x.rule() == RuleId.K8S_VERSION_UNSUPPORTED).findFirst().orElseThrow();
        assertEquals("Kubernetes 1.33 of 'k' reached its end of life in AKS on 31 July 2026", found.message());
        assertTrue(found.hint().startsWith("use a supported version (1.35, 1.36, 1.37); long-term support (Premium tier) would keep it "
                + "until 31 July 2027"), found.hint());
    }
}
