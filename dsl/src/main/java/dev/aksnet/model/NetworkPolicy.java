package dev.aksnet.model;

/** The Kubernetes network policy engine. */
public enum NetworkPolicy implements SpecEnum {
    NONE("none"), AZURE("azure"), CALICO("calico"), CILIUM("cilium");

    private final String specName;

    NetworkPolicy(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
