package dev.aksnet.validation.rules;

import dev.aksnet.model.AdvancedNetworking;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkDataplane;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.validation.KubernetesVersions;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

/**
 * Advanced Container Networking Services. ACNS = AKS "Advanced Container Networking Services" overview ("Container
 * Network Security is available only on clusters with Azure CNI Powered by Cilium") and use-advanced-container-networking-
 * services.md (Cilium clusters from Kubernetes 1.29); TF = azurerm's advanced_networking (at least one of its two
 * settings; security_enabled needs network_data_plane cilium and network_plugin azure).
 */
public final class AdvancedNetworkingRules {
    private AdvancedNetworkingRules() {
    }

    /** Cilium clusters get ACNS from this Kubernetes minor version on (ACNS). */
    static final int CILIUM_ACNS_MINOR = 29;

    private static String path(ClusterAt c) {
        return c.networkPath() + ".advancedNetworking";
    }

    /** ACNS_SECURITY_CILIUM (E; ACNS, TF). */
    public static final class SecurityCilium implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ACNS_SECURITY_CILIUM;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Network n = c.cluster().network();
                AdvancedNetworking a = n.advancedNetworking();
                boolean azureCni = n.plugin() != NetworkPlugin.KUBENET && n.plugin() != NetworkPlugin.BYO_CNI;
                if (a != null && a.security() && (n.effectiveDataplane() != NetworkDataplane.CILIUM || !azureCni)) {
                    report.at(path(c) + ".security", "cluster '" + c.cluster().name() + "' turns on container network security, "
                                    + "which runs only on Azure CNI with the Cilium data plane", azureCni
                                    ? "set dataplane: cilium (Linux pools only), or turn security off"
                                    : "use plugin azure-cni-overlay with dataplane: cilium, or turn security off");
                }
            }
        }
    }

    /** ACNS_K8S_VERSION (E; ACNS): with the Cilium data plane, Kubernetes 1.29 or later. */
    public static final class K8sVersion implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ACNS_K8S_VERSION;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Network n = c.cluster().network();
                String version = c.cluster().kubernetesVersion();
                if (n.advancedNetworking() != null && n.advancedNetworking().enablesAnything()
                        && n.effectiveDataplane() == NetworkDataplane.CILIUM && version != null
                        && KubernetesVersions.minorOf(version).filter(m -> m < CILIUM_ACNS_MINOR).isPresent()) {
                    report.at(c.path() + ".kubernetesVersion", "cluster '" + c.cluster().name() + "' uses Advanced Container "
                            + "Networking Services with Cilium, which needs Kubernetes 1." + CILIUM_ACNS_MINOR + " or later, not " + version,
                            "use kubernetesVersion 1." + CILIUM_ACNS_MINOR + " or later");
                }
            }
        }
    }

    /** ACNS_NOTHING_ENABLED (W; TF): an advancedNetworking block that turns nothing on. */
    public static final class NothingEnabled implements Rule {
        @Override
        public RuleId id() {
            return RuleId.ACNS_NOTHING_ENABLED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                AdvancedNetworking a = c.cluster().network().advancedNetworking();
                if (a != null && !a.enablesAnything()) {
                    report.at(path(c), "cluster '" + c.cluster().name() + "' declares advancedNetworking with neither observability "
                            + "nor security: nothing is turned on", "set observability: true and/or security: true, or remove "
                            + "advancedNetworking");
                }
            }
        }
    }
}
