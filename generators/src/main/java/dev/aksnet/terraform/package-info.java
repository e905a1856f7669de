/**
 * The terraform target: a resource plan spelt for the azurerm provider (4.x), mapping the API's properties to provider
 * arguments and resources ({@link dev.aksnet.terraform.TerraformViewBuilder}).
 */
package dev.aksnet.terraform;
