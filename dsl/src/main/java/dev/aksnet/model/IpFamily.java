package dev.aksnet.model;

/** An IP family a cluster's nodes, pods and services use: IPv4 alone, or IPv4 and IPv6 (dual-stack). */
public enum IpFamily implements SpecEnum {
    IPV4("IPv4"), IPV6("IPv6");

    private final String specName;

    IpFamily(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }

    /** The family of a range or address. */
    public static IpFamily of(inet.ipaddr.IPAddress address) {
        return address.isIPv6() ? IPV6 : IPV4;
    }
}
