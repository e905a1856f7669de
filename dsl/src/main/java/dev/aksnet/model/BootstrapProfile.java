package dev.aksnet.model;

/**
 * Where a cluster's nodes pull AKS's own images and binaries from while it bootstraps (the API's
 * {@code bootstrapProfile}): Microsoft Artifact Registry directly, or a private Azure Container Registry (AKS's own, or
 * yours by id) that caches them, which a network isolated cluster needs (AKS "Network isolated clusters").
 *
 * @param artifactSource      direct (Azure's default) or cache
 * @param containerRegistryId with cache: your registry's resource id, or null for the registry AKS creates
 */
public record BootstrapProfile(ArtifactSource artifactSource, String containerRegistryId) {
    public BootstrapProfile {
        java.util.Objects.requireNonNull(artifactSource, "artifactSource");
    }

    /** The private registry AKS creates and manages. */
    public static BootstrapProfile cache() {
        return new BootstrapProfile(ArtifactSource.CACHE, null);
    }

    /** Your private registry, by resource id. */
    public static BootstrapProfile cache(String containerRegistryId) {
        return new BootstrapProfile(ArtifactSource.CACHE, java.util.Objects.requireNonNull(containerRegistryId, "containerRegistryId"));
    }

    /** The bootstrap artifact sources, as the spec and the API write them. */
    public enum ArtifactSource implements SpecEnum {
        DIRECT("direct", "Direct"),
        CACHE("cache", "Cache");

        private final String specName;
        private final String apiValue;

        ArtifactSource(String specName, String apiValue) {
            this.specName = specName;
            this.apiValue = apiValue;
        }

        @Override
        public String specName() {
            return specName;
        }

        public String apiValue() {
            return apiValue;
        }
    }
}
