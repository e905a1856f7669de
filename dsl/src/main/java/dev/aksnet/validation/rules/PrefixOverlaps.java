package dev.aksnet.validation.rules;

import inet.ipaddr.IPAddress;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Which prefix blocks of a list overlap which, in O(n log n): for each block, how many others it overlaps and the
 * overlapping one with the smallest order key. Rules report each block once with that one and a count, so that n
 * mutually overlapping blocks give n short diagnostics, not n² (issue 12 §8: 1,000 identical subnets took 28 s and
 * printed 133 MB).
 *
 * <p>Prefix blocks either nest or are disjoint. Sorted by first address, larger blocks first, the blocks a block
 * contains follow it in one run (found by binary search on the first addresses), and the blocks containing it are the
 * chain still open in a sweep; the smallest order key of the run comes from a sparse table, that of the chain from a
 * running minimum along it.
 */
final class PrefixOverlaps {
    /** What block {@code i} overlaps: how many other blocks, and which has the smallest key (-1 when none). */
    record Overlap(int count, int first) {
    }

    /** 2^128, above every IPv4 value (and IPv6's own). */
    private static final BigInteger IPV6_OFFSET = BigInteger.ONE.shiftLeft(128);

    private PrefixOverlaps() {
    }

    /**
     * @param blocks the prefix blocks
     * @param keys   an order key per block (the block's index, or its network's); ties go to the block given first
     * @return one entry per block, in the order given
     */
    static Overlap[] of(List<IPAddress> blocks, int[] keys) {
        int n = blocks.size();
        BigInteger[] start = new BigInteger[n];
        BigInteger[] end = new BigInteger[n];
        int[] prefix = new int[n];
        for (int i = 0; i < n; i++) {
            IPAddress b = blocks.get(i);
            // IPv6 values are moved past every IPv4 value: the two families never overlap.
            BigInteger family = b.isIPv6() ? IPV6_OFFSET : BigInteger.ZERO;
            start[i] = b.getLower().getValue().add(family);
            end[i] = b.getUpper().getValue().add(family);
            prefix[i] = b.getNetworkPrefixLength() == null ? b.getBitCount() : b.getNetworkPrefixLength();
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(i -> start[i]).thenComparingInt(i -> prefix[i]).thenComparingInt(i -> i));
        // The block (input index) with the smallest key among sorted positions [from, to]: a sparse table.
        int levels = 32 - Integer.numberOfLeadingZeros(Math.max(1, n));
        int[][] best = new int[levels][];
        best[0] = new int[n];
        for (int k = 0; k < n; k++) {
            best[0][k] = order[k];
        }
        for (int l = 1; l < levels; l++) {
            int width = 1 << l;
            best[l] = new int[Math.max(0, n - width + 1)];
            for (int k = 0; k + width <= n; k++) {
                best[l][k] = smaller(best[l - 1][k], best[l - 1][k + width / 2], keys);
            }
        }
        Overlap[] result = new Overlap[n];
        // The chain of blocks containing the current one, each with the smallest-key block of the chain up to it.
        Deque<int[]> chain = new ArrayDeque<>();
        for (int k = 0; k < n; k++) {
            int i = order[k];
            while (!chain.isEmpty() && end[chain.peek()[0]].compareTo(start[i]) < 0) {
                chain.pop();
            }
            int last = lastStartingBy(order, start, end[i], k, n);
            int count = chain.size() + (last - k);
            int first = chain.isEmpty() ? -1 : chain.peek()[1];
            if (last > k) {
                int inside = rangeBest(best, k + 1, last, keys);
                first = first < 0 ? inside : smaller(first, inside, keys);
            }
            result[i] = new Overlap(count, first);
            int chainBest = chain.isEmpty() ? i : smaller(chain.peek()[1], i, keys);
            chain.push(new int[]{i, chainBest});
        }
        return result;
    }

    /** The last sorted position from {@code k} whose block starts at or before {@code limit}. */
    private static int lastStartingBy(Integer[] order, BigInteger[] start, BigInteger limit, int k, int n) {
        int lo = k;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (start[order[mid]].compareTo(limit) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static int rangeBest(int[][] best, int from, int to, int[] keys) {
        int level = 31 - Integer.numberOfLeadingZeros(to - from + 1);
        return smaller(best[level][from], best[level][to - (1 << level) + 1], keys);
    }

    private static int smaller(int a, int b, int[] keys) {
        return keys[a] < keys[b] || (keys[a] == keys[b] && a < b) ? a : b;
    }
}
