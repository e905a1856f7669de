# yaml-language-server: $schema=aksnet.schema.json
# A starter aksnet spec: ${view.pluginName}, ${view.pluginSummary}
# Editor completion and checks: aksnet schema > aksnet.schema.json (the first line points editors at it).
#   validate:  aksnet validate ${view.fileName}
#   addresses: aksnet plan ${view.fileName}
#   generate:  aksnet generate --target terraform ${view.fileName}   (or --target bicep)
apiVersion: aksnet/v1
location: westeurope             # the Azure region of everything below
resourceGroup: rg-aks-dev        # Terraform creates it; Bicep deploys into it
tags: {env: dev, owner: platform}

# Ranges reached over peering, VPN or ExpressRoute: pod, service and VNet ranges must avoid them.
connectedNetworks:
  - name: onprem
    cidrs: [192.168.0.0/16]

virtualNetworks:
  - name: vnet-aks
    addressSpace: [10.10.0.0/16]
    subnets:
      - name: nodes
        cidr: 10.10.0.0/22       # ${view.nodeSubnetNote}
<#if view.podSubnet>
      - name: pods
        cidr: 10.10.64.0/18      # pod IPs, allocated ${view.podAllocationNote}
        delegation: aks          # pod subnets are delegated to AKS
</#if>

clusters:
  - name: aks-dev
    kubernetesVersion: "${view.kubernetesVersion}"    # quoted: unquoted, 1.30 would read as the number 1.3
    network:
      plugin: ${view.plugin}
<#if view.podSubnet>
      podIpAllocation: dynamic   # or static-block: /28 blocks per node, for very large clusters
</#if>
<#if view.podCidr>
<#if view.byoCni>
      podCidr: 10.244.0.0/16     # the range your CNI gives pods: AKS's control plane routes to it
<#else>
      podCidr: 10.244.0.0/16     # private pod range, one /24 per node
</#if>
</#if>
<#if view.byoCni>
<#elseif view.calicoPolicy>
      policy: calico             # kubenet supports calico or none
<#else>
      policy: calico             # none | calico | cilium (with dataplane: cilium, Linux pools only); azure (NPM) is retiring
</#if>
      serviceCidr: 10.0.0.0/16   # outside the VNet and the connected networks
      dnsServiceIp: 10.0.0.10
      outbound: loadBalancer     # loadBalancer | userAssignedNatGateway | userDefinedRouting | managedNatGateway
    nodePools:
      - name: system
        mode: system             # runs the cluster's own pods; Linux
        vmSize: Standard_D4s_v5
        count: 3
        subnet: vnet-aks/nodes
<#if view.podSubnet>
        podSubnet: vnet-aks/pods
</#if>
      - name: user
        vmSize: Standard_D4s_v5
        autoscale: {min: 1, max: 5}
        subnet: vnet-aks/nodes
<#if view.podSubnet>
        podSubnet: vnet-aks/pods
</#if>
<#if view.windows>
      - name: win1               # Windows pool names have at most 6 characters
        os: windows
        vmSize: Standard_D4s_v5
        count: 2
<#if view.windowsMaxPods??>
        maxPods: ${view.windowsMaxPods}             # Windows nodes take at most 110 pods
</#if>
        subnet: vnet-aks/nodes
<#if view.podSubnet>
        podSubnet: vnet-aks/pods
</#if>
</#if>
