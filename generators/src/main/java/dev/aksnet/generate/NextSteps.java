package dev.aksnet.generate;

import dev.aksnet.model.Cluster;
import dev.aksnet.plan.DerivedNames;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Ingress;

import java.util.ArrayList;
import java.util.List;

/**
 * What a deployment still needs after Terraform or Bicep ran, printed by {@code aksnet generate}: the parts that are
 * not Azure resources (a Helm install into the cluster) or that reach outside the spec (a gateway someone else owns).
 * Names in these lines come from validated spec fields only.
 */
public final class NextSteps {
    private NextSteps() {
    }

    /** Where the ALB controller's Helm chart is published (Application Gateway for Containers quickstart). */
    public static final String ALB_CONTROLLER_CHART = "oci://mcr.microsoft.com/application-lb/charts/alb-controller";
    /** The namespace the chart's documentation installs into, and the service account its identity is federated with. */
    public static final String ALB_CONTROLLER_NAMESPACE = "azure-alb-system";

    public static List<String> of(Deployment d) {
        List<String> lines = new ArrayList<>();
        for (Cluster c : d.clusters()) {
            var bootstrap = c.network().bootstrap();
            if (bootstrap != null && bootstrap.containerRegistryId() != null) {
                // The BYO registry is the user's (AKS "Network isolated clusters", bring your own ACR): aksnet does not own it.
                lines.add("next: cluster '" + c.name() + "' bootstraps from your registry " + bootstrap.containerRegistryId()
                        + "; before the cluster is created it needs (outside aksnet, AKS docs network-isolated.md):");
                lines.add("  the cache rule: az acr cache create -n aks-managed-mcr -r <registry name> -g <its group> --source-repo "
                        + "\"mcr.microsoft.com/*\" --target-repo \"aks-managed-repository/*\"");
                // With a kubelet identity of the user's, the plan grants AcrPull itself (before the cluster).
                boolean grantsPull = c.ownKubeletIdentity().isPresent();
                lines.add("  a private endpoint (group id registry) and DNS zone privatelink.azurecr.io the nodes' network resolves"
                        + (grantsPull ? " (AcrPull for its kubelet identity is in the generated code)"
                        : ", and AcrPull on the registry for the cluster's kubelet identity (BOOTSTRAP_REGISTRY_KUBELET_IDENTITY)"));
            }
            Ingress ingress = c.ingress();
            if (ingress == null) {
                continue;
            }
            if (ingress.isApplicationGatewayForContainers()) {
                lines.add("next: cluster '" + c.name() + "' uses Application Gateway for Containers: install its ALB controller with Helm "
                        + "(outside IaC; README \"Ingress\" has the identity and roles it needs):");
                lines.add("  helm install alb-controller " + ALB_CONTROLLER_CHART + " --namespace " + ALB_CONTROLLER_NAMESPACE
                        + " --create-namespace --set albController.namespace=" + ALB_CONTROLLER_NAMESPACE
                        + " --set albController.podIdentity.clientID=<client id of the ALB controller's identity>");
                lines.add("  then point Gateways at alb-id /subscriptions/<subscription id>/resourceGroups/" + d.resourceGroup()
                        + "/providers/Microsoft.ServiceNetworking/trafficControllers/" + DerivedNames.trafficController(c.name())
                        + " and frontend '" + DerivedNames.TRAFFIC_CONTROLLER_FRONTEND + "'");
            } else if (ingress.gatewayId() != null) {
                String group = ingress.gatewayId().replaceFirst("(?i)/providers/Microsoft\\.Network/applicationGateways/.*$", "");
                lines.add("next: cluster '" + c.name() + "' drives an existing application gateway: grant the add-on's identity (the "
                        + "ingress identity object id output) access to it:");
                lines.add("  az role assignment create --assignee-object-id <ingress identity object id> --assignee-principal-type "
                        + "ServicePrincipal --role Contributor --scope " + ingress.gatewayId());
                lines.add("  az role assignment create --assignee-object-id <ingress identity object id> --assignee-principal-type "
                        + "ServicePrincipal --role Reader --scope " + group);
            }
        }
        return lines;
    }
}
