import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OutboundType;
<#if view.podSubnet>
import dev.aksnet.model.PodIpAllocation;
</#if>
import dev.aksnet.model.VirtualNetwork;

/**
 * A starter aksnet spec in Java: ${view.pluginName}, ${view.pluginSummary}
 * Any aksnet command takes this file: aksnet validate ${view.fileName}; aksnet plan ${view.fileName};
 * aksnet generate --target terraform ${view.fileName} (or --target bicep).
 * IDE completion: add dev.aksnet:aksnet-dsl to the classpath (README, "Java specs"); the builders only offer what fits.
 */
public final class ${view.className} {
    private ${view.className}() {
    }

    public static Deployment spec() {
        return Deployment.builder()
                .location("westeurope").resourceGroup("rg-aks-dev")   // Terraform creates the group; Bicep deploys into it
                .tag("env", "dev").tag("owner", "platform")
                // Ranges reached over peering, VPN or ExpressRoute: pod, service and VNet ranges must avoid them.
                .connectedNetwork("onprem", "192.168.0.0/16")
                .virtualNetwork(VirtualNetwork.named("vnet-aks").addressSpace("10.10.0.0/16")
<#if view.podSubnet>
                        .subnet("nodes", "10.10.0.0/22")                      // ${view.nodeSubnetNote}
                        .delegatedSubnet("pods", "10.10.64.0/18"))            // pod IPs, allocated ${view.podAllocationNote}
<#else>
                        .subnet("nodes", "10.10.0.0/22"))                     // ${view.nodeSubnetNote}
</#if>
                .cluster(Cluster.named("aks-dev").kubernetesVersion("${view.kubernetesVersion}")
                        .network(Network.${view.javaNetworkFactory}()
<#if view.podSubnet>
                                .podIpAllocation(PodIpAllocation.DYNAMIC)     // or STATIC_BLOCK: /28 blocks per node
</#if>
<#if view.podCidr && view.byoCni>
                                .podCidr("10.244.0.0/16")                     // the range your CNI gives pods
<#elseif view.podCidr>
                                .podCidr("10.244.0.0/16")                     // private pod range, one /24 per node
</#if>
<#if !view.byoCni>
                                .policy(NetworkPolicy.CALICO)
</#if>
                                .serviceCidr("10.0.0.0/16").dnsServiceIp("10.0.0.10")   // outside the VNet and connected networks
                                .outbound(OutboundType.LOAD_BALANCER))
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3)
                                .subnet("vnet-aks/nodes")<#if view.podSubnet>.podSubnet("vnet-aks/pods")</#if>)
                        .nodePool(NodePool.linux("user").vmSize("Standard_D4s_v5").autoscale(1, 5)
                                .subnet("vnet-aks/nodes")<#if view.podSubnet>.podSubnet("vnet-aks/pods")</#if>)<#if view.windows>

                        // Windows pool names have at most 6 characters.
                        .nodePool(NodePool.windows("win1").vmSize("Standard_D4s_v5").count(2)<#if view.windowsMaxPods??>.maxPods(${view.windowsMaxPods})</#if>
                                .subnet("vnet-aks/nodes")<#if view.podSubnet>.podSubnet("vnet-aks/pods")</#if>)</#if>)
                .build();
    }
}
