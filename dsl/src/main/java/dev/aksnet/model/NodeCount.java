package dev.aksnet.model;

/** How many nodes a pool has: a fixed count, or an autoscaler range. */
public sealed interface NodeCount {
    /** Nodes at the smallest scale. */
    int min();

    /** Nodes at the largest scale. */
    int max();

    /** A fixed node count. */
    record Fixed(int count) implements NodeCount {
        @Override
        public int min() {
            return count;
        }

        @Override
        public int max() {
            return count;
        }
    }

    /** The cluster autoscaler keeps the pool between {@code min} and {@code max} nodes. */
    record Autoscale(int min, int max) implements NodeCount {
    }
}
