${view.header}
// Grants Network Contributor on one subnet. A module, so that the subnet may live in another resource group.

@description(${view.roleModule.vnetNameDescription})
param virtualNetworkName string

@description(${view.roleModule.subnetNameDescription})
param subnetName string

@description(${view.roleModule.principalIdDescription})
param principalId string

var roleDefinitionId = ${view.roleModule.roleDefinitionId}

resource vnet ${view.types.virtualNetworks} existing = {
  name: virtualNetworkName
}

resource subnet ${view.types.subnets} existing = {
  parent: vnet
  name: subnetName
}

resource networkContributor ${view.types.roleAssignments} = {
  name: guid(subnet.id, principalId, roleDefinitionId)
  scope: subnet
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
    principalId: principalId
    principalType: ${view.roleModule.principalType}
  }
}
