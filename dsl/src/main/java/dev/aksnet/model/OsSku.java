package dev.aksnet.model;

/**
 * A pool's operating system image family (the API's osSKU), as AKS names it. Each belongs to one OS type; Windows2019
 * and Windows2022 carry their retirement (the catalogue's WINDOWS_SERVER_2019, WINDOWS_SERVER_2022).
 */
public enum OsSku implements SpecEnum {
    UBUNTU("Ubuntu", OsType.LINUX),
    UBUNTU_2204("Ubuntu2204", OsType.LINUX),
    UBUNTU_2404("Ubuntu2404", OsType.LINUX),
    AZURE_LINUX("AzureLinux", OsType.LINUX),
    AZURE_LINUX_3("AzureLinux3", OsType.LINUX),
    WINDOWS_2019("Windows2019", OsType.WINDOWS),
    WINDOWS_2022("Windows2022", OsType.WINDOWS),
    WINDOWS_2025("Windows2025", OsType.WINDOWS);

    private final String specName;
    private final OsType os;

    OsSku(String specName, OsType os) {
        this.specName = specName;
        this.os = os;
    }

    /** The spec's and the API's spelling (they are one). */
    @Override
    public String specName() {
        return specName;
    }

    /** The OS type its images run. */
    public OsType os() {
        return os;
    }
}
