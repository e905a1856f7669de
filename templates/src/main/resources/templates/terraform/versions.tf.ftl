${view.header}

terraform {
  required_version = ${view.requiredTerraform}

  required_providers {
<#list view.providers as p>
    ${p.name} = {
      source  = ${p.source}
      version = ${p.version}
<#if p.configurationAliases??>
      configuration_aliases = ${p.configurationAliases}
</#if>
    }
</#list>
  }
}
<#if view.configuresProviders>

provider "azurerm" {
  features {}
  subscription_id = var.subscription_id
}
<#list view.subscriptions as s>

# Existing networks of the spec in another subscription, and identities named by resource id, are read (networks peered) through this configuration.
provider "azurerm" {
  alias = ${s.alias}
  features {}
  subscription_id = ${s.subscriptionId}
}
</#list>
</#if>
