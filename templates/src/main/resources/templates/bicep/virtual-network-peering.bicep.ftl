${view.header}
// One direction of a virtual network peering, a child of the network it belongs to. A module, so that the network may
// live in another resource group.

@description(${view.vnetNameDescription})
param virtualNetworkName string

@description(${view.nameDescription})
param name string

@description(${view.remoteIdDescription})
param remoteVirtualNetworkId string

param allowVirtualNetworkAccess bool
param allowForwardedTraffic bool
param allowGatewayTransit bool
param useRemoteGateways bool

resource vnet ${view.virtualNetworks} existing = {
  name: virtualNetworkName
}

resource peering ${view.peerings} = {
  parent: vnet
  name: name
  properties: {
    allowVirtualNetworkAccess: allowVirtualNetworkAccess
    allowForwardedTraffic: allowForwardedTraffic
    allowGatewayTransit: allowGatewayTransit
    useRemoteGateways: useRemoteGateways
    remoteVirtualNetwork: {
      id: remoteVirtualNetworkId
    }
  }
}
