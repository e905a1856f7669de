package dev.aksnet.dsl;

import dev.aksnet.model.CidrSyntax;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NodePool;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkBuildersTest {
    private static boolean has(Class<?> type, String method) {
        return Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(method::equals);
    }

    @Test
    void eachPluginBuilderOffersOnlyWhatItsPluginAccepts() {
        assertTrue(has(NetworkBuilders.Overlay.class, "podCidr"));
        assertFalse(has(NetworkBuilders.Overlay.class, "podIpAllocation"));
        assertFalse(has(NetworkBuilders.PodSubnet.class, "podCidr"));
        assertTrue(has(NetworkBuilders.PodSubnet.class, "podIpAllocation"));
        assertFalse(has(NetworkBuilders.NodeSubnet.class, "podCidr"));
        assertFalse(has(NetworkBuilders.NodeSubnet.class, "dataplane"));
        assertTrue(has(NetworkBuilders.Kubenet.class, "podCidr"));
        assertFalse(has(NetworkBuilders.Kubenet.class, "dataplane"));
    }

    @Test
    void builtModelIsImmutableAndCarriesDefaults() {
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .cluster(Cluster.named("k").network(Network.kubenet())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").autoscale(1, 3)))
                .build();
        Cluster c = d.clusters().get(0);
        assertEquals(NetworkPlugin.KUBENET, c.network().plugin());
        assertEquals("10.244.0.0/16", c.network().effectivePodCidr().toCanonicalString());
        assertEquals(110, c.nodePools().get(0).effectiveMaxPods(NetworkPlugin.KUBENET));
        assertThrows(UnsupportedOperationException.class, () -> d.clusters().add(c));
    }

    @Test
    void cidrWithHostBitsIsRefusedWithTheNetworkAddressAsHint() {
        var e = assertThrows(CidrSyntax.InvalidCidrException.class, () -> Network.azureCniOverlay().podCidr("10.244.3.0/16"));
        assertEquals("use the network address 10.244.0.0/16", e.hint());
    }

    @Test
    void egressSettingsChooseTheirOutboundTypeAndOneKindOfAddress() {
        var lb = Network.azureCniOverlay().loadBalancer(LoadBalancerBuilder.managedOutboundIps(2).allocatedOutboundPorts(8000)).build();
        assertEquals(dev.aksnet.model.OutboundType.LOAD_BALANCER, lb.outbound());
        assertEquals(new dev.aksnet.model.LoadBalancerProfile(2, java.util.List.of(), java.util.List.of(), 8000, null), lb.loadBalancer());
        // The address kind is chosen once, by a static factory: no builder method sets a second kind afterwards.
        for (String factory : new String[]{"managedOutboundIps", "outboundIps", "outboundIpPrefixes"}) {
            assertTrue(Arrays.stream(LoadBalancerBuilder.class.getMethods()).filter(m -> m.getName().equals(factory))
                    .allMatch(m -> java.lang.reflect.Modifier.isStatic(m.getModifiers())), factory);
        }
        assertEquals(null, LoadBalancerBuilder.outboundIpPrefixes("/p").build().managedOutboundIps());
        var nat = Network.azureCniOverlay().managedNatGateway(3, 10).build();
        assertEquals(dev.aksnet.model.OutboundType.MANAGED_NAT_GATEWAY, nat.outbound());
        assertEquals(new dev.aksnet.model.ManagedNatGatewayProfile(3, 10), nat.natGateway());
        var subnet = dev.aksnet.model.Subnet.named("nodes").cidr("10.0.0.0/24").natGateway("nat").privateSubnet().build();
        assertEquals("nat", subnet.natGateway());
        assertTrue(subnet.privateSubnet());
        assertThrows(IllegalStateException.class, () -> dev.aksnet.model.Subnet.named("nodes").build(), "a subnet needs its cidr");
        var pool = NodePool.linux("web").vmSize("v").count(1).zones(1, 3).nodePublicIp("/prefix").build();
        assertEquals(java.util.List.of(1, 3), pool.zones());
        assertTrue(pool.nodePublicIp());
        assertEquals("/prefix", pool.nodePublicIpPrefixId());
    }
}
