${view.header}
<#list view.purpose as line>
// ${line}
</#list>

@description(${view.nameDescription})
param ${view.nameParam} string

@description(${view.principalIdDescription})
param principalId string

var roleDefinitionId = ${view.roleDefinitionId}

resource ${view.resourceSymbol} ${view.resourceType} existing = {
  name: ${view.nameParam}
}

resource ${view.assignmentSymbol} ${view.roleAssignmentType} = {
  name: guid(${view.resourceSymbol}.id, principalId, roleDefinitionId)
  scope: ${view.resourceSymbol}
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
    principalId: principalId
    principalType: ${view.principalType}
  }
}
