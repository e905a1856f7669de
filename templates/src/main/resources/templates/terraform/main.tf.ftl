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
<#list view.foundation as r>

resource "${r.type}" "${r.local}" {
<#list r.attributes as a>
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
<#list view.dataSources as ds>

data "${ds.type}" "${ds.local}" {
<#list ds.attributes as a>
  ${a.key} = ${a.value}
</#list>
}
</#list>
<#list view.attachments as at>

resource "${at.type}" "${at.local}" {
<#list at.attributes as a>
  ${a.key} = ${a.value}
</#list>
}
</#list>
<#list view.access as r>

resource "${r.type}" "${r.local}" {
<#list r.attributes as a>
  ${a.key} = ${a.value}
</#list>
}
</#list>
<#list view.clusters as c>

resource "azurerm_kubernetes_cluster" "${c.local}" {
<#list c.comments as line>
  ${line}
</#list>
<#list c.attributes as a>
  ${a.key} = ${a.value}
</#list>

  default_node_pool {
<#list c.defaultPool as a>
    ${a.key} = ${a.value}
</#list>

    upgrade_settings {
      max_surge = ${c.maxSurge}
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
<#if c.ingressApplicationGateway?has_content>

  ingress_application_gateway {
<#list c.ingressApplicationGateway as a>
    ${a.key} = ${a.value}
</#list>
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
<#list view.azapiClusters as c>

resource "azapi_resource" "${c.local}" {
<#list c.comments as line>
  ${line}
</#list>
<#list c.attributes as a>
  ${a.key} = ${a.value}
</#list>

  identity {
<#list c.identity as a>
    ${a.key} = ${a.value}
</#list>
  }

  body = {
    properties = {
<#list c.properties as p>
      ${p.key} = ${p.value}
</#list>
      agentPoolProfiles = [
<#list c.pools as pool>
        {
<#list pool.properties as p>
          ${p.key} = ${p.value}
</#list>
          upgradeSettings = {
            maxSurge = ${pool.maxSurge}
          }
        },
</#list>
      ]
      networkProfile = {
<#list c.networkProfile as p>
        ${p.key} = ${p.value}
</#list>
      }
<#if c.apiServerAccess?has_content>
      apiServerAccessProfile = {
<#list c.apiServerAccess as p>
        ${p.key} = ${p.value}
</#list>
      }
</#if>
<#if c.windowsProfile>
      windowsProfile = {
        adminUsername = var.windows_admin_username
        adminPassword = var.windows_admin_password
      }
</#if>
<#if c.ingressAddonConfig?has_content>
      addonProfiles = {
        ${c.ingressAddonKey} = {
          enabled = true
          config = {
<#list c.ingressAddonConfig as p>
            ${p.key} = ${p.value}
</#list>
          }
        }
      }
</#if>
    }
  }

  response_export_values = ${c.exportValues}
<#if c.ignoreChanges?has_content>

  lifecycle {
    ignore_changes = [
<#list c.ignoreChanges as path>
      ${path},
</#list>
    ]
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

resource "${p.type}" "${p.local}" {
<#list p.attributes as a>
  ${a.key} = ${a.value}
</#list>
<#if p.hasUpgradeSettings()>

  upgrade_settings {
    max_surge = ${p.maxSurge}
  }
</#if>
}
</#list>
<#list view.ingress as r>

resource "${r.type}" "${r.local}" {
<#list r.attributes as a>
  ${a.key} = ${a.value}
</#list>
}
</#list>
