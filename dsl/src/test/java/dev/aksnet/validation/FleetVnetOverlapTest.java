package dev.aksnet.validation;

import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.rules.FleetRules;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sorted sweep of FLEET_VNET_OVERLAP flags exactly the ranges a brute-force pairwise check flags. */
class FleetVnetOverlapTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sweepAgreesWithBruteForce(long seed) {
        Random random = new Random(seed);
        List<LoadedSpec> specs = new ArrayList<>();
        List<List<IPAddress>> spaces = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<IPAddress> space = new ArrayList<>();
            var vnet = VirtualNetwork.named("vnet");
            int prefixes = 1 + random.nextInt(2);
            for (int k = 0; k < prefixes; k++) {
                int prefix = 12 + random.nextInt(13);
                IPAddress block = new IPAddressString("10." + random.nextInt(8) + "." + random.nextInt(256) + ".0/" + prefix)
                        .getAddress().toPrefixBlock();
                if (space.stream().anyMatch(b -> b.contains(block) || block.contains(b))) {
                    continue; // one network's own prefixes do not overlap (VNET_SPACE_OVERLAP's business)
                }
                space.add(block);
                vnet.addressSpace(block.toCanonicalString());
            }
            spaces.add(space);
            Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg-" + i).virtualNetwork(vnet)
                    .cluster(Cluster.named("c").network(Network.azureCniOverlay())
                            .nodePool(NodePool.linux("system").system().vmSize("v").count(3)))
                    .build();
            specs.add(LoadedSpec.ofJava("s" + i + ".java", d));
        }

        List<Diagnostic> diagnostics = new ArrayList<>();
        var fleet = new FleetContext(specs.stream().map(ValidationContext::new).toList());
        new FleetRules.FleetVnetOverlap().check(fleet, new FleetReport(RuleId.FLEET_VNET_OVERLAP, diagnostics));
        Set<String> flagged = new TreeSet<>();
        for (Diagnostic d : diagnostics) {
            String range = d.message().substring("address space ".length(), d.message().indexOf(' ', "address space ".length()));
            flagged.add(d.position().file() + " " + range);
        }

        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < spaces.size(); i++) {
            for (IPAddress a : spaces.get(i)) {
                boolean overlapsAnotherSpec = false;
                for (int j = 0; j < spaces.size(); j++) {
                    for (IPAddress b : spaces.get(j)) {
                        overlapsAnotherSpec |= j != i && (a.contains(b) || b.contains(a));
                    }
                }
                if (overlapsAnotherSpec && !firstOfItsGroup(a, i, spaces)) {
                    expected.add("s" + i + ".java " + a.toCanonicalString());
                }
            }
        }
        assertEquals(expected, flagged);
    }

    /**
     * The sweep reports a range when an earlier range (in start order, larger first on ties) of another spec reaches it;
     * the earliest range of an overlapping group is not reported itself, its partners are.
     * (Specs are added in index order and a range's own spec never overlaps itself, so spec order breaks ties.)
     */
    private static boolean firstOfItsGroup(IPAddress a, int spec, List<List<IPAddress>> spaces) {
        for (int j = 0; j < spaces.size(); j++) {
            for (IPAddress b : spaces.get(j)) {
                if (j != spec && (a.contains(b) || b.contains(a)) && comesBefore(b, j, a, spec)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The sweep's order: by first address, larger range first, then (a stable sort) the order specs were given. */
    private static boolean comesBefore(IPAddress b, int bSpec, IPAddress a, int aSpec) {
        int byStart = b.getLower().getValue().compareTo(a.getLower().getValue());
        if (byStart != 0) {
            return byStart < 0;
        }
        int byEnd = b.getUpper().getValue().compareTo(a.getUpper().getValue());
        return byEnd != 0 ? byEnd > 0 : bSpec < aSpec;
    }
}
