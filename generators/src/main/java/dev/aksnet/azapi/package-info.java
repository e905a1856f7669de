/**
 * The terraform-azapi target: a resource plan spelt as Terraform that uses only the azapi provider, every resource an
 * {@code azapi_resource} with its ARM type, API version and request body ({@link dev.aksnet.azapi.AzapiViewBuilder}).
 * The azurerm target borrows its cluster block for what azurerm cannot express.
 */
package dev.aksnet.azapi;
