package dev.aksnet.model;

/** System pools run the cluster's critical pods; user pools run workloads. */
public enum PoolMode implements SpecEnum {
    SYSTEM("system"), USER("user");

    private final String specName;

    PoolMode(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
