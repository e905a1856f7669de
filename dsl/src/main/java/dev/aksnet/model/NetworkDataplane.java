package dev.aksnet.model;

/** The network dataplane: Azure's own or Cilium's eBPF dataplane. */
public enum NetworkDataplane implements SpecEnum {
    AZURE("azure"), CILIUM("cilium");

    private final String specName;

    NetworkDataplane(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
