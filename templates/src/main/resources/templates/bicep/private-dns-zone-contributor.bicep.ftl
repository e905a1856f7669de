${view.header}
// Grants Private DNS Zone Contributor on a private cluster's own DNS zone. A module, so that the zone may live in
// another resource group or subscription.

@description(${view.roleModule.zoneNameDescription})
param zoneName string

@description(${view.roleModule.principalIdDescription})
param principalId string

var roleDefinitionId = ${view.roleModule.zoneRoleDefinitionId}

resource zone ${view.types.privateDnsZones} existing = {
  name: zoneName
}

resource zoneContributor ${view.types.roleAssignments} = {
  name: guid(zone.id, principalId, roleDefinitionId)
  scope: zone
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
    principalId: principalId
    principalType: ${view.roleModule.principalType}
  }
}
