package dev.aksnet.diff;

import dev.aksnet.model.SpecEnum;

/** What a change does to a running cluster, in order of severity (the fixed vocabulary of {@code aksnet diff}). */
public enum Impact implements SpecEnum {
    /** Nothing changes in Azure. */
    NONE("none"),
    /** Changed in place, without disruption. */
    IN_PLACE("in-place"),
    /** Nodes are re-imaged or surged. */
    ROLLING("rolling"),
    /** A node pool is deleted (and created again, when it stays in the spec). */
    POOL_REPLACE("pool-replace"),
    /** The cluster is deleted (and created again, when it stays in the spec). */
    CLUSTER_REPLACE("cluster-replace"),
    /** AKS or Azure rejects the change. */
    REFUSED("refused");

    private final String specName;

    Impact(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }

    public boolean atLeast(Impact other) {
        return compareTo(other) >= 0;
    }
}
