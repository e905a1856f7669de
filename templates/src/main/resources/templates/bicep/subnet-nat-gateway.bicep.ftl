${view.header}
// Attaches a NAT gateway to a subnet of an existing network. A subnet is one resource: it is put back with every
// property it has (read by the caller, in the subnet's own resource group) and the NAT gateway added.

@description(${view.vnetNameDescription})
param virtualNetworkName string

@description(${view.subnetNameDescription})
param subnetName string

@description(${view.subnetPropertiesDescription})
param subnetProperties object

@description(${view.natGatewayIdDescription})
param natGatewayId string

resource vnet ${view.virtualNetworks} existing = {
  name: virtualNetworkName
}

resource subnet ${view.subnets} = {
  parent: vnet
  name: subnetName
  properties: {
    ...subnetProperties
    natGateway: {
      id: natGatewayId
    }
  }
}
