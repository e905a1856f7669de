package dev.aksnet.terraform;

/** The Terraform and provider versions generated code pins: azurerm 4.55, whose schema aksnet is checked against. */
final class TerraformProviders {
    private TerraformProviders() {
    }

    static final String REQUIRED_TERRAFORM = ">= 1.5.0";
    static final String AZURERM_SOURCE = "hashicorp/azurerm";
    static final String AZURERM_VERSION = "~> 4.55";
}
