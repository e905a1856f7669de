${view.header}
${view.deployHint}
<#if view.redeployHint??>
${view.redeployHint}
</#if>

var location = ${view.location}

<#if view.tags?has_content>
var tags = {
<#list view.tags as t>
  ${t.key}: ${t.value}
</#list>
}
<#else>
var tags = {}
</#if>
<#if view.windows>

@description('Administrator user name of the Windows nodes.')
param windowsAdminUsername string = 'azureuser'

@secure()
@description('Administrator password of the Windows nodes (14 to 123 characters, complex). Never commit it.')
param windowsAdminPassword string
</#if>
<#list view.existsParams as p>

@description(${p.description})
param ${p.name} bool = false
</#list>
<#list view.routeTables as rt>
<#if rt.deployed??>

// The table as deployed, read on redeployments only: AKS writes its routes into it, and a PUT without them drops them.
resource ${rt.deployed.symbol} ${view.types.routeTables} existing = if (${rt.deployed.existsParam}) {
  name: ${rt.name}
}

var ${rt.deployed.routesVar} = ${rt.deployed.existsParam} ? map(filter(${rt.deployed.symbol}.properties.routes, r => r.name != ${rt.deployed.defaultRouteName}), r => {
  name: r.name
  properties: {
    addressPrefix: r.properties.addressPrefix
    nextHopType: r.properties.nextHopType
    nextHopIpAddress: r.properties.?nextHopIpAddress
  }
}) : []
</#if>

resource ${rt.symbol} ${view.types.routeTables} = {
  name: ${rt.name}
  location: location
  tags: tags
<#if rt.deployed?? && rt.routes?has_content>
  properties: {
    routes: concat(${rt.deployed.routesVar}, [
<#list rt.routes as r>
      {
        name: ${r.name}
        properties: {
          addressPrefix: ${r.addressPrefix}
          nextHopType: ${r.nextHopType}
          nextHopIpAddress: ${r.nextHopIpAddress}
        }
      }
</#list>
    ])
  }
<#elseif rt.deployed??>
  properties: {
    routes: ${rt.deployed.routesVar}
  }
<#elseif rt.routes?has_content>
  properties: {
    routes: [
<#list rt.routes as r>
      {
        name: ${r.name}
        properties: {
          addressPrefix: ${r.addressPrefix}
          nextHopType: ${r.nextHopType}
          nextHopIpAddress: ${r.nextHopIpAddress}
        }
      }
</#list>
    ]
  }
</#if>
}
</#list>
<#list view.natGateways as ng>

resource ${ng.publicIpSymbol} ${view.types.publicIpAddresses} = {
  name: ${ng.publicIpName}
  location: location
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

resource ${ng.symbol} ${view.types.natGateways} = {
  name: ${ng.name}
  location: location
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIpAddresses: [
      {
        id: ${ng.publicIpSymbol}.id
      }
    ]
  }
}
</#list>
<#list view.networks as n>
<#if n.created>

resource ${n.symbol} ${view.types.virtualNetworks} = {
  name: ${n.name}
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
<#list n.addressPrefixes as p>
        ${p}
</#list>
      ]
    }
    subnets: [
<#list n.subnets as s>
      {
        name: ${s.name}
        properties: {
          addressPrefix: ${s.addressPrefix}
<#if s.hasRouteTable()>
          routeTable: {
            id: ${s.routeTableId}
          }
</#if>
<#if s.hasNatGateway()>
          natGateway: {
            id: ${s.natGatewayId}
          }
</#if>
<#if s.serviceEndpoints?has_content>
          serviceEndpoints: [
<#list s.serviceEndpoints as e>
            {
              service: ${e}
            }
</#list>
          ]
</#if>
<#if s.delegated>
          delegations: [
            {
              name: ${s.delegationName}
              properties: {
                serviceName: ${s.delegationService}
              }
            }
          ]
</#if>
        }
      }
</#list>
    ]
  }
}
<#else>

resource ${n.symbol} ${view.types.virtualNetworks} existing = {
  name: ${n.name}
<#if n.scope??>
  scope: ${n.scope}
</#if>
}
</#if>
</#list>
<#list view.subnetRefs as s>

resource ${s.symbol} ${view.types.subnets} existing = {
  parent: ${s.parent}
  name: ${s.name}
}
</#list>
<#list view.identities as i>

resource ${i.symbol} ${view.types.identities} = {
  name: ${i.name}
  location: location
  tags: tags
}
</#list>
<#list view.subnetRoleAssignments as r>

module ${r.symbol} ${view.roleModule.path} = {
  name: ${r.deploymentName}
<#if r.scope??>
  scope: ${r.scope}
</#if>
  params: {
    virtualNetworkName: ${r.vnetName}
    subnetName: ${r.subnetName}
    principalId: ${r.principalId}
  }
}
</#list>
<#list view.routeTableRoleAssignments as r>

resource ${r.symbol} ${view.types.roleAssignments} = {
  name: guid(${r.scopeSymbol}.id, ${r.identitySymbol}.id, ${view.roleModule.roleDefinitionId})
  scope: ${r.scopeSymbol}
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ${view.roleModule.roleDefinitionId})
    principalId: ${r.identitySymbol}.properties.principalId
    principalType: 'ServicePrincipal'
  }
}
</#list>
<#list view.zoneRoleAssignments as r>

module ${r.symbol} ${view.roleModule.zonePath} = {
  name: ${r.deploymentName}
  scope: ${r.scope}
  params: {
    zoneName: ${r.zoneName}
    principalId: ${r.principalId}
  }
}
</#list>
<#list view.clusters as c>
<#if c.deployed??>

// The cluster as deployed, read on redeployments only: AKS refuses a node count the autoscaler did not choose.
resource ${c.deployed.symbol} ${view.types.managedClusters} existing = if (${c.deployed.existsParam}) {
  name: ${c.name}
}

var ${c.deployed.countsVar} = ${c.deployed.existsParam} ? toObject(${c.deployed.symbol}.properties.agentPoolProfiles, p => p.name, p => p.count) : {}
</#if>

resource ${c.symbol} ${view.types.managedClusters} = {
  name: ${c.name}
  location: location
  tags: tags
  identity: {
<#if c.userAssigned>
    type: 'UserAssigned'
    userAssignedIdentities: toObject([${c.identityRef}], id => id, id => {})
<#else>
    type: 'SystemAssigned'
</#if>
  }
  properties: {
<#list c.properties as p>
    ${p.key}: ${p.value}
</#list>
    agentPoolProfiles: [
<#list c.pools as pool>
      {
<#list pool.properties as p>
        ${p.key}: ${p.value}
</#list>
        upgradeSettings: {
          maxSurge: ${pool.maxSurge}
        }
      }
</#list>
    ]
    networkProfile: {
<#list c.networkProfile as p>
      ${p.key}: ${p.value}
</#list>
    }
<#if c.apiServerAccess?has_content>
    apiServerAccessProfile: {
<#list c.apiServerAccess as p>
      ${p.key}: ${p.value}
</#list>
    }
</#if>
<#if c.windowsProfile>
    windowsProfile: {
      adminUsername: windowsAdminUsername
      adminPassword: windowsAdminPassword
    }
</#if>
<#if c.ingressAddonConfig?has_content>
    addonProfiles: {
      ${c.ingressAddonKey}: {
        enabled: true
        config: {
<#list c.ingressAddonConfig as p>
          ${p.key}: ${p.value}
</#list>
        }
      }
    }
</#if>
  }
<#if c.dependsOn?has_content>
  dependsOn: [
<#list c.dependsOn as d>
    ${d}
</#list>
  ]
</#if>
}
</#list>
<#list view.addonRoleAssignments as r>

module ${r.symbol} ${view.roleModule.path} = {
  name: ${r.deploymentName}
<#if r.scope??>
  scope: ${r.scope}
</#if>
  params: {
    virtualNetworkName: ${r.vnetName}
    subnetName: ${r.subnetName}
    principalId: ${r.principalId}
  }
}
</#list>
<#list view.trafficControllers as t>

resource ${t.symbol} ${view.types.trafficControllers} = {
  name: ${t.name}
  location: location
  tags: tags
}

resource ${t.frontendSymbol} ${view.types.trafficControllerFrontends} = {
  parent: ${t.symbol}
  name: ${t.frontendName}
  location: location
  tags: tags
}

resource ${t.associationSymbol} ${view.types.trafficControllerAssociations} = {
  parent: ${t.symbol}
  name: ${t.associationName}
  location: location
  tags: tags
  properties: {
    associationType: 'subnets'
    subnet: {
      id: ${t.subnetId}
    }
  }
}
</#list>
<#list view.outputs as o>

output ${o.name} ${o.type} = ${o.value}
</#list>
