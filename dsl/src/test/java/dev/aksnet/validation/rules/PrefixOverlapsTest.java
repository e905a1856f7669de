package dev.aksnet.validation.rules;

import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.RuleFixturesTestAccess;
import dev.aksnet.validation.RuleId;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The O(n log n) overlap index agrees with a pairwise check on random nested, equal and disjoint blocks; and the overlap
 * rules report each range once with bounded text however many ranges overlap (issue 12 §8).
 */
class PrefixOverlapsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void countsAndFirstOverlapAgreeWithBruteForce(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(300);
        List<IPAddress> blocks = new ArrayList<>();
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            int prefix = 16 + random.nextInt(17);
            blocks.add(new IPAddressString("10.0." + random.nextInt(16) + "." + random.nextInt(256) + "/" + prefix).getAddress().toPrefixBlock());
            keys[i] = random.nextBoolean() ? i : random.nextInt(20); // input order, or a group key with ties
        }
        PrefixOverlaps.Overlap[] fast = PrefixOverlaps.of(blocks, keys);
        for (int i = 0; i < n; i++) {
            int count = 0;
            int first = -1;
            for (int j = 0; j < n; j++) {
                if (j != i && (blocks.get(i).contains(blocks.get(j)) || blocks.get(j).contains(blocks.get(i)))) {
                    count++;
                    if (first < 0 || keys[j] < keys[first] || (keys[j] == keys[first] && j < first)) {
                        first = j;
                    }
                }
            }
            assertEquals(count, fast[i].count(), "count of " + blocks.get(i) + " (seed " + seed + ")");
            assertEquals(first, fast[i].first(), "first overlap of " + blocks.get(i) + " (seed " + seed + ")");
        }
    }

    @Test
    void aThousandIdenticalSubnetsGiveOneShortDiagnosticEachButTheFirst() {
        StringBuilder spec = new StringBuilder("""
                apiVersion: aksnet/v1
                location: westeurope
                resourceGroup: rg
                virtualNetworks:
                  - name: vnet
                    addressSpace: [10.0.0.0/16, 10.0.0.0/16, 10.0.0.0/17]
                    subnets:
                """);
        for (int i = 0; i < 1000; i++) {
            spec.append("      - {name: s").append(i).append(", cidr: 10.0.0.0/24}\n");
        }
        spec.append("""
                clusters:
                  - name: k1
                    network: {plugin: azure-cni-overlay, serviceCidr: 10.0.0.0/16, dnsServiceIp: 10.0.0.10}
                    nodePools:
                      - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3, subnet: s0}
                """);
        List<Diagnostic> found = RuleFixturesTestAccess.diagnosticsOf("many.yaml", spec.toString());
        List<Diagnostic> subnet = found.stream().filter(d -> d.rule() == RuleId.SUBNET_OVERLAP).toList();
        assertEquals(999, subnet.size());
        assertEquals("subnet 'vnet/s1' (10.0.0.0/24) overlaps subnet 's0' (10.0.0.0/24) and 998 more subnets", subnet.get(0).message());
        assertTrue(subnet.stream().allMatch(d -> d.message().length() < 120), "bounded text");
        List<Diagnostic> space = found.stream().filter(d -> d.rule() == RuleId.VNET_SPACE_OVERLAP).toList();
        assertEquals(List.of("address prefix 10.0.0.0/16 of 'vnet' overlaps its prefix 10.0.0.0/16 and 1 more prefix",
                "address prefix 10.0.0.0/17 of 'vnet' overlaps its prefix 10.0.0.0/16 and 1 more prefix"),
                space.stream().map(Diagnostic::message).toList());
        List<Diagnostic> service = found.stream().filter(d -> d.rule() == RuleId.SERVICE_CIDR_OVERLAPS_SUBNET).toList();
        assertEquals(1, service.size(), "one per cluster, not one per subnet");
        assertTrue(service.get(0).message().endsWith("overlaps subnet 'vnet/s0' (10.0.0.0/24) and 999 more subnets"), service.get(0).message());
    }

    @Test
    void networksOverlappingEarlierNetworksAreReportedOncePerRange() {
        StringBuilder spec = new StringBuilder("apiVersion: aksnet/v1\nlocation: westeurope\nresourceGroup: rg\nvirtualNetworks:\n");
        for (int i = 0; i < 200; i++) {
            spec.append("  - {name: v").append(i).append(", addressSpace: [10.1.0.0/16]}\n");
        }
        spec.append("clusters:\n  - name: k1\n    network: {plugin: azure-cni-overlay}\n    nodePools:\n"
                + "      - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3}\n");
        List<Diagnostic> overlap = RuleFixturesTestAccess.diagnosticsOf("nets.yaml", spec.toString()).stream()
                .filter(d -> d.rule() == RuleId.VNET_OVERLAP).toList();
        assertEquals(199, overlap.size());
        assertEquals("address space 10.1.0.0/16 of 'v1' overlaps 10.1.0.0/16 of 'v0' and 198 more ranges of other networks: the two "
                + "networks can never be peered", overlap.get(0).message());
    }
}
