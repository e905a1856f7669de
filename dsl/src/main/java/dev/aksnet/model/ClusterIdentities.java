package dev.aksnet.model;

import java.util.Optional;

/**
 * Existing user-assigned managed identities a cluster uses instead of the one aksnet creates (AKS "Use a managed
 * identity": {@code --assign-identity}, {@code --assign-kubelet-identity}), by resource id. aksnet grants them the roles it
 * grants its own identity; the control-plane identity also gets Managed Identity Operator on the kubelet identity, which
 * AKS needs to assign it to the nodes.
 *
 * @param controlPlane the cluster's control-plane identity, or null (aksnet creates one where it needs grants)
 * @param kubelet      the kubelet identity of the nodes, or null (AKS creates one)
 */
public record ClusterIdentities(String controlPlane, String kubelet) {
    public Optional<String> controlPlaneIfAny() {
        return Optional.ofNullable(controlPlane);
    }

    public Optional<String> kubeletIfAny() {
        return Optional.ofNullable(kubelet);
    }
}
