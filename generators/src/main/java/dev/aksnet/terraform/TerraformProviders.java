package dev.aksnet.terraform;

/** The Terraform and provider versions generated code pins: azurerm 4.55, whose schema aksnet is checked against. */
final class TerraformProviders {
    private TerraformProviders() {
    }

    static final String REQUIRED_TERRAFORM = ">= 1.5.0";
    static final String AZURERM_SOURCE = "hashicorp/azurerm";
    static final String AZURERM_VERSION = "~> 4.55";
    /** azapi 2.x takes the request body as an HCL object and exposes responses as {@code output}. */
    static final String AZAPI_SOURCE = "azure/azapi";
    static final String AZAPI_VERSION = "~> 2.0";
    /** The managed cluster type azapi deploys, at the API version of the Bicep output. */
    static final String AZAPI_MANAGED_CLUSTER_TYPE = "Microsoft.ContainerService/managedClusters@2026-04-01";
}
