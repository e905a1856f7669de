package dev.aksnet.validation.rules;

import dev.aksnet.model.AzureResourceId;
import dev.aksnet.model.ClusterIdentities;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

/**
 * Existing identities a cluster uses. ID = AKS "Use a managed identity" (use-managed-identity.md: a user-assigned
 * control-plane identity; a kubelet identity of your own, which needs the control-plane identity to hold Managed Identity
 * Operator on it, and a user-assigned control-plane identity beside it); ARM = the resource id's form.
 */
public final class IdentityRules {
    private IdentityRules() {
    }

    /** IDENTITY_ID_INVALID (E; ID, ARM). */
    public static final class IdentityIdInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.IDENTITY_ID_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            AzureResourceId.Type type = AzureResourceId.Type.USER_ASSIGNED_IDENTITY;
            for (ClusterAt c : spec.clusters()) {
                ClusterIdentities ids = c.cluster().identitiesIfAny().orElse(null);
                if (ids == null) {
                    continue;
                }
                check(ids.controlPlane(), c.path() + ".identity.controlPlane", type, report);
                check(ids.kubelet(), c.path() + ".identity.kubelet", type, report);
                if (ids.controlPlane() != null && ids.controlPlane().equalsIgnoreCase(ids.kubelet())) {
                    report.at(c.path() + ".identity.kubelet", "cluster '" + c.cluster().name() + "' uses one identity for its control "
                                    + "plane and its kubelet: the control plane must be granted Managed Identity Operator on the kubelet "
                                    + "identity, which it cannot be on itself", "give the kubelet an identity of its own");
                }
            }
        }

        private static void check(String id, String path, AzureResourceId.Type type, Report report) {
            if (id != null && AzureResourceId.parse(id, type).isEmpty()) {
                report.at(path, "'" + id + "' is not the resource id of a " + type.description(), "write " + type.form());
            }
        }
    }
}
