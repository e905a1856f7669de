${view.header}

terraform {
  required_version = ${view.requiredTerraform}

  required_providers {
<#list view.providers as p>
    ${p.name} = {
      source  = ${p.source}
      version = ${p.version}
    }
</#list>
  }
}
<#if view.configuresProviders>

provider "azapi" {
  subscription_id = var.subscription_id
}
</#if>
