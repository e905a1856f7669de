package dev.aksnet.model;

/** The operating system of a node pool. */
public enum OsType implements SpecEnum {
    LINUX("linux"), WINDOWS("windows");

    private final String specName;

    OsType(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
