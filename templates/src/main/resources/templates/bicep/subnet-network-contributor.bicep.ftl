${view.header}
// Grants Network Contributor on one subnet. A module, so that the subnet may live in another resource group.

@description('Name of the virtual network that holds the subnet.')
param virtualNetworkName string

@description('Name of the subnet.')
param subnetName string

@description('Principal id of the cluster identity.')
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
    principalType: 'ServicePrincipal'
  }
}
