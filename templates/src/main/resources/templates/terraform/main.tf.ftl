${view.header}

locals {
<#if view.tags?has_content>
  tags = {
<#list view.tags as t>
    ${t.key} = ${t.value}
</#list>
  }
<#else>
  tags = {}
</#if>
}

resource "azurerm_resource_group" "${view.resourceGroup.local}" {
<#list view.resourceGroup.attributes as a>
  ${a.key} = ${a.value}
</#list>
}
<#list view.virtualNetworks as n>

resource "azurerm_virtual_network" "${n.local}" {
<#list n.attributes as a>
  ${a.key} = ${a.value}
</#list>
}
</#list>
<#list view.subnets as s>

resource "azurerm_subnet" "${s.local}" {
<#list s.attributes as a>
  ${a.key} = ${a.value}
</#list>
<#if s.delegated>

  delegation {
    name = ${s.delegationName}

    service_delegation {
      name    = ${s.delegationService}
      actions = ${s.delegationActions}
    }
  }
</#if>
}
</#list>
<#list view.existingSubnets as s>

data "azurerm_subnet" "${s.local}" {
<#list s.attributes as a>
  ${a.key} = ${a.value}
</#list>
}
</#list>
<#list view.identities as i>

resource "azurerm_user_assigned_identity" "${i.local}" {
<#list i.attributes as a>
  ${a.key} = ${a.value}
</#list>
}
</#list>
<#list view.roleAssignments as r>

resource "azurerm_role_assignment" "${r.local}" {
<#list r.attributes as a>
  ${a.key} = ${a.value}
</#list>
}
</#list>
<#list view.clusters as c>

resource "azurerm_kubernetes_cluster" "${c.local}" {
<#list c.attributes as a>
  ${a.key} = ${a.value}
</#list>

  default_node_pool {
<#list c.defaultPool.attributes as a>
    ${a.key} = ${a.value}
</#list>

    upgrade_settings {
      max_surge = ${c.defaultPool.maxSurge}
    }
  }

  identity {
<#list c.identity as a>
    ${a.key} = ${a.value}
</#list>
  }

  network_profile {
<#list c.networkProfile as a>
    ${a.key} = ${a.value}
</#list>
  }
<#if c.windowsProfile>

  windows_profile {
    admin_username = var.windows_admin_username
    admin_password = var.windows_admin_password
  }
</#if>
<#if c.dependsOn?has_content>

  depends_on = [
<#list c.dependsOn as d>
    ${d},
</#list>
  ]
</#if>
}
</#list>
<#list view.nodePools as p>

resource "azurerm_kubernetes_cluster_node_pool" "${p.local}" {
<#list p.attributes as a>
  ${a.key} = ${a.value}
</#list>

  upgrade_settings {
    max_surge = ${p.maxSurge}
  }
}
</#list>
