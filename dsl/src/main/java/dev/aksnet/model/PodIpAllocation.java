package dev.aksnet.model;

/** How Azure CNI Pod Subnet hands out pod IPs from the pod subnet. */
public enum PodIpAllocation implements SpecEnum {
    /** Addresses allocated to nodes in batches of 16 as pods need them. */
    DYNAMIC("dynamic"),
    /** Blocks of 16 addresses reserved per node up front, sized by maxPods. */
    STATIC_BLOCK("static-block");

    private final String specName;

    PodIpAllocation(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
