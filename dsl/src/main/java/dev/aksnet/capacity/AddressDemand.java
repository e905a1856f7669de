package dev.aksnet.capacity;

/**
 * What one node pool needs from one subnet at maximum scale (AKS "IP address planning"): a lower bound (what is
 * certainly taken) and an upper bound (what may be taken). They differ only for dynamic pod IP allocation.
 *
 * @param cluster      the cluster's name
 * @param pool         the pool's name
 * @param use          whether the pool's nodes or its pods live in the subnet
 * @param nodes        nodes at max scale, upgrade surge included
 * @param maxPods      pods per node
 * @param perNodeLower addresses per node, at least
 * @param perNodeUpper addresses per node, at most
 */
public record AddressDemand(String cluster, String pool, Use use, int nodes, int maxPods, int perNodeLower, int perNodeUpper) {

    /** What the subnet holds for the pool. */
    public enum Use {
        NODES("nodes"), PODS("pods");

        private final String label;

        Use(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public long lower() {
        return (long) nodes * perNodeLower;
    }

    public long upper() {
        return (long) nodes * perNodeUpper;
    }

    /** {@code cluster/pool: 4 nodes × 31}, for messages. */
    public String describe() {
        String per = perNodeLower == perNodeUpper ? Integer.toString(perNodeLower) : perNodeLower + "-" + perNodeUpper;
        return cluster + "/" + pool + " " + use.label() + ": " + nodes + " nodes × " + per;
    }
}
