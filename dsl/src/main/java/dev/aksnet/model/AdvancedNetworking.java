package dev.aksnet.model;

/**
 * Advanced Container Networking Services (AKS "Advanced Container Networking Services"): container network
 * observability (flow logs and metrics, on any data plane) and container network security (FQDN filtering and L7
 * policies, Cilium only).
 *
 * @param observability whether container network observability is on
 * @param security      whether container network security is on
 */
public record AdvancedNetworking(boolean observability, boolean security) {
    /** Whether it turns anything on. */
    public boolean enablesAnything() {
        return observability || security;
    }
}
