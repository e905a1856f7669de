<#import "arm-body.ftl" as arm>
${view.header}
${view.deployHint}
<#if view.redeployHint??>
${view.redeployHint}
</#if>

<#if view.location??>
var location = ${view.location}
<#else>
@description('Azure region of everything created; by default that of the resource group.')
param location string = resourceGroup().location
</#if>

<#if view.tags?has_content>
var tags = {
<#list view.tags as t>
  ${t.key}: ${t.value}
</#list>
}
<#else>
var tags = {}
</#if>
<#list view.params as p>

<#if p.secure>
@secure()
</#if>
@description(${p.description})
param ${p.name} ${p.type}<#if p.defaultValue??> = ${p.defaultValue}</#if>
</#list>
<#list view.routeTables as rt>
<#if rt.deployed??>

// The table as deployed, read on redeployments only: AKS writes its routes into it, and a PUT without them drops them.
resource ${rt.deployed.symbol} ${view.types.routeTables} existing = if (${rt.deployed.existsParam}) {
  name: ${rt.name}
}

var ${rt.deployed.routesVar} = ${rt.deployed.existsParam} ? map(<#if rt.deployed.keepFilter??>filter(${rt.deployed.symbol}.properties.routes, ${rt.deployed.keepFilter})<#else>${rt.deployed.symbol}.properties.routes</#if>, r => {
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
<#if rt.hasProperties>
  properties: {
<#if rt.disableBgpRoutePropagation??>
    disableBgpRoutePropagation: ${rt.disableBgpRoutePropagation}
</#if>
<#if rt.deployed?? && rt.hasRoutes>
    routes: concat(${rt.deployed.routesVar}, [
<#list rt.routes.items as r>
<@arm.value "" r "      "/>
</#list>
    ])
<#elseif rt.deployed??>
    routes: ${rt.deployed.routesVar}
<#elseif rt.hasRoutes>
<@arm.value "routes: " rt.routes "    "/>
</#if>
  }
</#if>
}
</#list>
<#list view.natGateways as ng>
<#list ng.publicIps as ip>

resource ${ip.symbol} ${view.types.publicIpAddresses} = {
  name: ${ip.name}
  location: location
  tags: tags
<@arm.entries ip.body.entries "  "/>
}
</#list>
<#if ng.publicIpPrefix??>

resource ${ng.publicIpPrefix.symbol} ${view.types.publicIpPrefixes} = {
  name: ${ng.publicIpPrefix.name}
  location: location
  tags: tags
<@arm.entries ng.publicIpPrefix.body.entries "  "/>
}
</#if>

resource ${ng.symbol} ${view.types.natGateways} = {
  name: ${ng.name}
  location: location
  tags: tags
<@arm.entries ng.body.entries "  "/>
}
</#list>
<#list view.networkSecurityGroups as nsg>

resource ${nsg.symbol} ${view.types.networkSecurityGroups} = {
  name: ${nsg.name}
  location: location
  tags: tags
<@arm.entries nsg.body.entries "  "/>
}
</#list>
<#list view.networks as n>
<#if n.created>

resource ${n.symbol} ${view.types.virtualNetworks} = {
  name: ${n.name}
  location: location
  tags: tags
<@arm.entries n.body.entries "  "/>
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
<#list view.privateDnsZones as z>

resource ${z.symbol} ${view.types.privateDnsZones} = {
  name: ${z.name}
  location: ${z.location}
  tags: tags
}
<#list z.links as l>

resource ${l.symbol} ${view.types.privateDnsZoneLinks} = {
  parent: ${z.symbol}
  name: ${l.name}
  location: ${z.location}
  tags: tags
<@arm.entries l.body.entries "  "/>
}
</#list>
</#list>
<#list view.subnetRefs as s>

resource ${s.symbol} ${view.types.subnets} existing = {
  parent: ${s.parent}
  name: ${s.name}
}
</#list>
<#list view.natGatewayAttachments as a>

module ${a.symbol} ${view.roleModule.natGatewayAttachmentPath} = {
  name: ${a.deploymentName}
<#if a.scope??>
  scope: ${a.scope}
</#if>
  params: {
    virtualNetworkName: ${a.vnetName}
    subnetName: ${a.subnetName}
    subnetProperties: ${a.subnetProperties}
    natGatewayId: ${a.natGatewayId}
  }
<#if a.after??>
  dependsOn: [
    ${a.after}
  ]
</#if>
}
</#list>
<#list view.peerings as p>

module ${p.symbol} ${view.roleModule.peeringPath} = {
  name: ${p.deploymentName}
<#if p.scope??>
  scope: ${p.scope}
</#if>
  params: {
    virtualNetworkName: ${p.vnetName}
    name: ${p.name}
    remoteVirtualNetworkId: ${p.remoteId}
    allowVirtualNetworkAccess: ${p.allowVirtualNetworkAccess}
    allowForwardedTraffic: ${p.allowForwardedTraffic}
    allowGatewayTransit: ${p.allowGatewayTransit}
    useRemoteGateways: ${p.useRemoteGateways}
  }
}
</#list>
<#list view.identities as i>

<#if i.existing>
resource ${i.symbol} ${view.types.identities} existing = {
  name: ${i.name}
  scope: ${i.existingScope}
}
<#else>
resource ${i.symbol} ${view.types.identities} = {
  name: ${i.name}
  location: location
  tags: tags
}
</#if>
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
<#list view.scopedRoleAssignments as r>

resource ${r.symbol} ${view.types.roleAssignments} = {
  name: guid(${r.nameSeed})
  scope: ${r.scopeSymbol}
<@arm.entries r.body.entries "  "/>
}
</#list>
<#list view.resourceRoleAssignments as r>

module ${r.symbol} ${r.modulePath} = {
  name: ${r.deploymentName}
  scope: ${r.scope}
  params: {
    ${r.nameParam}: ${r.resourceName}
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
    type: ${c.identityType}
<#if c.userAssigned>
    userAssignedIdentities: toObject([${c.identityRef}], id => id, id => {})
</#if>
  }
<@arm.value "properties: " c.properties "  "/>
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
<@arm.entries t.associationBody.entries "  "/>
}
</#list>
<#list view.outputs as o>

@description(${o.description})
output ${o.name} ${o.type} = ${o.value}
</#list>
