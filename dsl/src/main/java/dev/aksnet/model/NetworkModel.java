package dev.aksnet.model;

/** AKS's two networking models: where pod IP addresses come from. */
public enum NetworkModel implements SpecEnum {
    /** Pods get addresses from a private CIDR separate from the VNet. */
    OVERLAY("overlay"),
    /** Pods get addresses from a subnet of the cluster's VNet. */
    FLAT("flat");

    private final String specName;

    NetworkModel(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
