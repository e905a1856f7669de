package dev.aksnet.examples;

import dev.aksnet.capacity.CapacityPlan;
import dev.aksnet.capacity.CapacityPlan.SubnetRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code aksnet plan}'s figures for the examples, worked out by hand from AKS "IP address planning": usable = 2^(32 −
 * prefix) − 5; nodes at max scale = max + max(1, ⌈10% of max⌉); node subnet: 1 per node, or maxPods + 1 per node for
 * Azure CNI Node Subnet; dynamic pod subnet: 16 to max(16, maxPods) per node; overlay pod CIDR: one /24 per node.
 */
class CapacityPlanTest {

    private static SubnetRow subnet(CapacityPlan plan, String name) {
        return plan.subnets().stream().filter(s -> s.subnet().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void ingressSubnetsAreInUseThoughNoPoolDemandsAddresses() {
        CapacityPlan agc = CapacityPlan.of(List.of(ExampleFiles.load("application-gateway-for-containers")));
        assertEquals("ingress of storefront", subnet(agc, "vnet-storefront/alb").status());
        assertEquals(256 - 5, subnet(agc, "vnet-storefront/alb").usable());
        CapacityPlan agic = CapacityPlan.of(List.of(ExampleFiles.load("application-gateway-ingress")));
        assertEquals("ingress of web", subnet(agic, "vnet-edge/appgw").status());
        assertEquals("ok", subnet(agic, "vnet-edge/nodes").status());
    }

    @Test
    void anApiServerSubnetIsInUseByTheClustersIntegratedIntoIt() {
        CapacityPlan plan = CapacityPlan.of(List.of(ExampleFiles.load("hub-and-spoke")));
        assertEquals("API server of prod", subnet(plan, "vnet-spoke/apiserver").status());
        assertEquals("unused", subnet(plan, "vnet-spoke/private-endpoints").status());
    }

    @Test
    void nodeSubnetReservesMaxPodsPlusOnePerNode() {
        CapacityPlan plan = CapacityPlan.of(List.of(ExampleFiles.load("node-subnet")));
        SubnetRow aks = subnet(plan, "vnet-legacy/aks");
        assertEquals(4096 - 5, aks.usable());                     // /20
        // system: 3 + 1 surge = 4 nodes; win1: 2 + 1 = 3 nodes; maxPods defaults to 30 → 31 addresses per node
        assertEquals((4 + 3) * 31, aks.neededLower());            // 217
        assertEquals(aks.neededLower(), aks.neededUpper());
        assertEquals(4091 - 217, aks.headroom());                 // 3874
        assertEquals(4091 / 31, aks.maxNodes());                  // 131
        assertEquals("ok", aks.status());
    }

    @Test
    void dynamicPodSubnetNeedsABatchOfSixteenUpToTheBatchesMaxPodsFill() {
        CapacityPlan plan = CapacityPlan.of(List.of(ExampleFiles.load("pod-subnet-dynamic")));
        SubnetRow nodes = subnet(plan, "vnet-trading/nodes");
        assertEquals(256 - 5, nodes.usable());                    // /24
        // system: 3 + 1 = 4 nodes; win1: autoscale max 5 + 1 = 6 nodes; one address each
        assertEquals(10, nodes.neededLower());
        SubnetRow pods = subnet(plan, "vnet-trading/pods");
        assertEquals(16384 - 5, pods.usable());                   // /18
        assertEquals(10 * 16, pods.neededLower());                // one batch of 16 per node
        // maxPods 50: batches of 16 until fewer than 8 are free, 16 × ceil((50 + 8) / 16) = 64 per node at most
        assertEquals(10 * 64, pods.neededUpper());
        assertEquals(16379 - 640, pods.headroom());
        assertEquals(16379 / 64, pods.maxNodes());                // 255
    }

    @Test
    void staticBlockPodSubnetReservesWholeBlocksPerNode() {
        CapacityPlan plan = CapacityPlan.of(List.of(ExampleFiles.load("pod-subnet-static-block")));
        SubnetRow pods = subnet(plan, "vnet-batch/pods");
        // maxPods + 1 in blocks of 16: system: 3 + 1 = 4 nodes, maxPods 63 → 4 blocks = 64; jobs: 50 + 5 = 55 nodes,
        // maxPods 95 → 6 blocks = 96
        assertEquals(4 * 64 + 55 * 96, pods.neededLower());       // 5536
        assertEquals(pods.neededLower(), pods.neededUpper());
        assertEquals(32768 - 5, pods.usable());                   // /17
    }

    @Test
    void overlayPodCidrServesOneNodePerSlash24() {
        CapacityPlan plan = CapacityPlan.of(List.of(ExampleFiles.load("overlay-windows")));
        var shop = plan.clusters().get(0);
        // system 3 + 1, win1 2 + 1, apps autoscale max 10 + 1 → 18 nodes
        assertEquals(18, shop.nodesAtMaxScale());
        // pods: 4 × 250 + 3 × 110 + 11 × 250
        assertEquals(4 * 250 + 3 * 110 + 11 * 250, shop.podsAtMaxScale());
        assertEquals(256L, shop.podCidrNodes());                  // a /16 holds 256 /24s
        SubnetRow workloads = subnet(plan, "vnet-shop/workloads");
        assertEquals(3 + 11, workloads.neededLower());            // overlay: one address per node
    }

    @Test
    void subnetsSharedAcrossClustersCountEveryCluster() {
        CapacityPlan plan = CapacityPlan.of(List.of(ExampleFiles.load("shared-subnet")));
        // team-a: 3 + 1; team-b: system 3 + 1, apps 10 + 1
        assertEquals(4 + 4 + 11, subnet(plan, "vnet-teams/shared-nodes").neededLower());
    }

    @Test
    void connectivityFollowsTheFeatureMatrix() {
        var overlay = CapacityPlan.of(List.of(ExampleFiles.load("overlay-basic"))).clusters().get(0).connectivity();
        assertEquals("pod-initiated", overlay.podAndVm());
        assertEquals(false, overlay.podIpsSeen());
        var flat = CapacityPlan.of(List.of(ExampleFiles.load("pod-subnet-dynamic"))).clusters().get(0).connectivity();
        assertEquals("both ways", flat.onPremises());
        assertEquals(true, flat.podIpsSeen());
        var udr = CapacityPlan.of(List.of(ExampleFiles.load("user-defined-routing"))).clusters().get(0).connectivity();
        assertEquals("your firewall, by the subnet's default route", udr.internetEgress());
    }
}
