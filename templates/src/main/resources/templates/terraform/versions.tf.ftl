${view.header}

terraform {
  required_version = ${view.requiredTerraform}

  required_providers {
    azurerm = {
      source  = ${view.azurermSource}
      version = ${view.azurermVersion}
    }
  }
}

provider "azurerm" {
  features {}
  subscription_id = var.subscription_id
}
