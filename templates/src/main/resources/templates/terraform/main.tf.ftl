<#import "azapi-block.ftl" as azapi>
<#-- A resource or data source of one-line attributes (TerraformView.Resource). -->
<#macro block kind r>

${kind} "${r.type}" "${r.local}" {
<#list r.attributes as a>
  ${a.key} = ${a.value}
</#list>
<#if r.windowsProfile?has_content>

  windows_profile {
<#list r.windowsProfile as a>
    ${a.key} = ${a.value}
</#list>
  }
</#if>
<#if r.hasUpgradeSettings>

  upgrade_settings {
    max_surge = ${r.maxSurge}
  }
</#if>
<#if r.dependsOn?has_content>

  depends_on = [
<#list r.dependsOn as d>
    ${d},
</#list>
  ]
</#if>
}
</#macro>
${view.header}

locals {
<#if view.moduleLocation??>
  location = ${view.moduleLocation}
</#if>
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
<@block "resource" r/>
</#list>
<#list view.networkSecurityGroups as nsg>

resource "azurerm_network_security_group" "${nsg.local}" {
<#list nsg.attributes as a>
  ${a.key} = ${a.value}
</#list>
<#list nsg.rules as rule>

  security_rule {
<#list rule as a>
    ${a.key} = ${a.value}
</#list>
  }
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
<#list view.dataSources as r>
<@block "data" r/>
</#list>
<#list view.attachments as r>
<@block "resource" r/>
</#list>
<#list view.access as r>
<@block "resource" r/>
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
<#if c.apiServerAccessProfile?has_content>

  api_server_access_profile {
<#list c.apiServerAccessProfile as a>
    ${a.key} = ${a.value}
</#list>
  }
</#if>
<#if c.kubeletIdentity?has_content>

  kubelet_identity {
<#list c.kubeletIdentity as a>
    ${a.key} = ${a.value}
</#list>
  }
</#if>
<#if c.bootstrapProfile?has_content>

  bootstrap_profile {
<#list c.bootstrapProfile as a>
    ${a.key} = ${a.value}
</#list>
  }
</#if>

  network_profile {
<#list c.networkProfile as a>
    ${a.key} = ${a.value}
</#list>
<#if c.loadBalancerProfile?has_content>

    load_balancer_profile {
<#list c.loadBalancerProfile as a>
      ${a.key} = ${a.value}
</#list>
    }
</#if>
<#if c.natGatewayProfile?has_content>

    nat_gateway_profile {
<#list c.natGatewayProfile as a>
      ${a.key} = ${a.value}
</#list>
    }
</#if>
<#if c.advancedNetworking?has_content>

    advanced_networking {
<#list c.advancedNetworking as a>
      ${a.key} = ${a.value}
</#list>
    }
</#if>
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
<#if c.webAppRouting?has_content>

  web_app_routing {
<#list c.webAppRouting as a>
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
<#list view.nodePools as r>
<@block "resource" r/>
</#list>
<#list view.ingress as r>
<@block "resource" r/>
</#list>
