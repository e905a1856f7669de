package dev.aksnet.validation.rules;

import dev.aksnet.model.AzureResourceId;
import dev.aksnet.model.BootstrapProfile;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.OsType;
import dev.aksnet.model.OutboundType;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.validation.KubernetesVersions;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

/**
 * Outbound type none and the bootstrap artifact source: network isolated clusters. ISO = AKS "Network isolated
 * clusters" (concepts-network-isolated.md: limitations; network-isolated.md: Kubernetes 1.30, the private API server)
 * and egress-outboundtype.md ("outbound type: none").
 */
public final class NetworkIsolationRules {
    private NetworkIsolationRules() {
    }

    /** The first Kubernetes minor version of network isolated clusters (ISO). */
    static final int ISOLATED_MINOR = 30;

    private static boolean none(ClusterAt c) {
        return c.cluster().network().effectiveOutbound() == OutboundType.NONE;
    }

    private static String outboundPath(ClusterAt c) {
        return c.networkPath() + ".outbound";
    }

    /** OUTBOUND_NONE_KUBENET (E; ISO). */
    public static final class OutboundNoneKubenet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OUTBOUND_NONE_KUBENET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (none(c) && c.cluster().network().plugin() == NetworkPlugin.KUBENET) {
                    report.at(outboundPath(c), "cluster '" + c.cluster().name() + "' has outbound none on kubenet, which network "
                            + "isolated clusters do not support", "use plugin azure-cni-overlay (pods stay off the network the same way)");
                }
            }
        }
    }

    /** OUTBOUND_NONE_WINDOWS (E; ISO). */
    public static final class OutboundNoneWindows implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OUTBOUND_NONE_WINDOWS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (none(p.cluster()) && p.pool().os() == OsType.WINDOWS) {
                    report.at(p.path() + ".os", "Windows pool '" + p.pool().name() + "' is in cluster '" + p.cluster().cluster().name()
                                    + "', which has outbound none: network isolated clusters do not support Windows pools yet",
                            "move the Windows pool to a cluster with another outbound type, or drop outbound none");
                }
            }
        }
    }

    /** OUTBOUND_NONE_K8S_VERSION (E; ISO): network isolated clusters start at Kubernetes 1.30. */
    public static final class OutboundNoneK8sVersion implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OUTBOUND_NONE_K8S_VERSION;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                String version = c.cluster().kubernetesVersion();
                if (none(c) && version != null && KubernetesVersions.minorOf(version).filter(m -> m < ISOLATED_MINOR).isPresent()) {
                    report.at(c.path() + ".kubernetesVersion", "cluster '" + c.cluster().name() + "' has outbound none, which needs "
                            + "Kubernetes 1." + ISOLATED_MINOR + " or later, not " + version, "use kubernetesVersion 1." + ISOLATED_MINOR + " or later");
                }
            }
        }
    }

    /** OUTBOUND_NONE_PUBLIC_API (W; ISO): nodes must reach the API server privately. */
    public static final class OutboundNonePublicApi implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OUTBOUND_NONE_PUBLIC_API;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                boolean integrated = c.cluster().apiServer() != null && c.cluster().apiServer().vnetIntegrationSubnet() != null;
                if (none(c) && !c.cluster().isPrivate() && !integrated) {
                    report.at(outboundPath(c), "cluster '" + c.cluster().name() + "' has outbound none but a public API server: its "
                                    + "nodes reach it only over an egress path of yours",
                            "set privateCluster: true, or apiServer.vnetIntegration, as network isolated clusters do");
                }
            }
        }
    }

    /**
     * OUTBOUND_NONE_NEEDS_CACHE (E; ISO, TF): outbound none is for network isolated clusters, which bootstrap from the
     * cache; azurerm refuses it otherwise at plan time.
     */
    public static final class OutboundNoneNeedsCache implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OUTBOUND_NONE_NEEDS_CACHE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                BootstrapProfile b = c.cluster().network().bootstrap();
                if (none(c) && (b == null || b.artifactSource() == BootstrapProfile.ArtifactSource.DIRECT)) {
                    report.at(b == null ? outboundPath(c) : c.networkPath() + ".bootstrap.artifactSource", "cluster '" + c.cluster().name()
                                    + "' has outbound none but pulls AKS's images directly from Microsoft Artifact Registry: outbound "
                                    + "none is for network isolated clusters, which bootstrap from a private registry (azurerm refuses it "
                                    + "otherwise)", "set bootstrap: {artifactSource: cache}");
                }
            }
        }
    }

    /** BOOTSTRAP_REGISTRY_KUBELET_IDENTITY (W; ISO): the kubelet identity must hold AcrPull before the nodes pull. */
    public static final class BootstrapRegistryKubeletIdentity implements Rule {
        @Override
        public RuleId id() {
            return RuleId.BOOTSTRAP_REGISTRY_KUBELET_IDENTITY;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                BootstrapProfile b = c.cluster().network().bootstrap();
                // With a kubelet identity of the user's, aksnet grants it AcrPull on the registry before the cluster exists.
                boolean ownKubelet = c.cluster().ownKubeletIdentity().isPresent();
                if (b != null && b.containerRegistryId() != null && b.artifactSource() == BootstrapProfile.ArtifactSource.CACHE && !ownKubelet) {
                    report.at(c.networkPath() + ".bootstrap.containerRegistryId", "cluster '" + c.cluster().name() + "' bootstraps "
                                    + "from your registry, but its kubelet identity is created by AKS with the cluster: it cannot hold "
                                    + "AcrPull on the registry before the nodes first pull from it",
                            "give the cluster identity: {kubelet: <an identity of yours>} (aksnet grants it AcrPull on the registry first), "
                                    + "or use AKS's own registry (omit containerRegistryId)");
                }
            }
        }
    }

    /** BOOTSTRAP_REGISTRY_INVALID (E; ISO, ARM). */
    public static final class BootstrapRegistryInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.BOOTSTRAP_REGISTRY_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                BootstrapProfile b = c.cluster().network().bootstrap();
                if (b == null || b.containerRegistryId() == null) {
                    continue;
                }
                String path = c.networkPath() + ".bootstrap.containerRegistryId";
                AzureResourceId.Type registry = AzureResourceId.Type.CONTAINER_REGISTRY;
                if (AzureResourceId.parse(b.containerRegistryId(), registry).isEmpty()) {
                    report.at(path, "'" + b.containerRegistryId() + "' is not the resource id of a " + registry.description(),
                            "write " + registry.form());
                } else if (b.artifactSource() != BootstrapProfile.ArtifactSource.CACHE) {
                    report.at(path, "cluster '" + c.cluster().name() + "' names a registry but pulls directly (artifactSource direct)",
                            "set artifactSource: cache, or remove containerRegistryId");
                }
            }
        }
    }
}
