package dev.aksnet.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** AKS's maxSurge: a count or a percentage, rounded up, never more than the pool (upgrade-aks-node-pools-rolling.md). */
class MaxSurgeTest {
    @Test
    void readsCountsAndPercentagesAndRefusesTheRest() {
        assertEquals(Optional.of(MaxSurge.count(5)), MaxSurge.parse("5"));
        assertEquals(Optional.of(MaxSurge.percent(33)), MaxSurge.parse("33%"));
        assertEquals(Optional.of(MaxSurge.percent(100)), MaxSurge.parse("100%"));
        for (String bad : new String[]{"0", "0%", "101%", "-1", "1.5", "33 %", "%", "", "ten", "33%%"}) {
            assertEquals(Optional.empty(), MaxSurge.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> MaxSurge.percent(150));
        assertThrows(IllegalArgumentException.class, () -> MaxSurge.count(0));
    }

    @Test
    void surgeNodesRoundUpAndStayWithinThePool() {
        assertEquals(7, MaxSurge.percent(33).surgeNodes(20));    // 6.6 rounds up
        assertEquals(1, MaxSurge.DEFAULT.surgeNodes(3));         // 10% of 3, rounded up
        assertEquals(2, MaxSurge.DEFAULT.surgeNodes(11));
        assertEquals(3, MaxSurge.count(5).surgeNodes(3));        // never more than the pool
        assertEquals(1, MaxSurge.count(5).surgeNodes(0));        // a pool scaled to zero still surges one node
        assertEquals("33%", MaxSurge.percent(33).text());
        assertEquals("5", MaxSurge.count(5).text());
    }

    @Test
    void aPoolsUpgradeSurgeUsesItsMaxSurge() {
        NodePool pool = NodePool.linux("user").vmSize("Standard_D4s_v5").autoscale(2, 20).maxSurge(MaxSurge.percent(33)).build();
        assertEquals(7, pool.upgradeSurge());
        assertEquals(2, NodePool.linux("user").vmSize("Standard_D4s_v5").autoscale(2, 20).build().upgradeSurge());
    }
}
