package dev.aksnet.terraform;

/** The Terraform and provider versions generated code pins: azurerm 4.55, whose schema aksnet is checked against. */
public final class TerraformProviders {
    private TerraformProviders() {
    }

    public static final String REQUIRED_TERRAFORM = ">= 1.5.0";
    public static final String AZURERM_SOURCE = "hashicorp/azurerm";
    public static final String AZURERM_VERSION = "~> 4.55";
    /** azapi 2.x takes the request body as an HCL object and exposes responses as {@code output}. */
    public static final String AZAPI_SOURCE = "azure/azapi";
    public static final String AZAPI_VERSION = "~> 2.0";
}
