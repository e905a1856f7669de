<#import "azapi-block.ftl" as azapi>
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
<#if c.windowsProfile?has_content>

  windows_profile {
<#list c.windowsProfile as a>
    ${a.key} = ${a.value}
</#list>
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
<@azapi.block c/>
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
