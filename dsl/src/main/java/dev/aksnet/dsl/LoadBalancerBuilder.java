package dev.aksnet.dsl;

import dev.aksnet.model.LoadBalancerProfile;

import java.util.List;

/**
 * Builds a cluster's {@link LoadBalancerProfile}. Its egress addresses are one choice, made by the factory that starts
 * it: {@link #managedOutboundIps}, {@link #outboundIps} or {@link #outboundIpPrefixes} (AKS takes one of them only).
 */
public final class LoadBalancerBuilder {
    private final Integer managedOutboundIps;
    private final List<String> outboundIpIds;
    private final List<String> outboundIpPrefixIds;
    private Integer allocatedOutboundPorts;
    private Integer idleTimeoutMinutes;
    private Integer managedOutboundIpv6Ips;

    private LoadBalancerBuilder(Integer managedOutboundIps, List<String> outboundIpIds, List<String> outboundIpPrefixIds) {
        this.managedOutboundIps = managedOutboundIps;
        this.outboundIpIds = outboundIpIds;
        this.outboundIpPrefixIds = outboundIpPrefixIds;
    }

    /** AKS creates this many public IPs for egress. */
    public static LoadBalancerBuilder managedOutboundIps(int count) {
        return new LoadBalancerBuilder(count, List.of(), List.of());
    }

    /** Egress through existing public IPs, by resource id. */
    public static LoadBalancerBuilder outboundIps(String... ids) {
        return new LoadBalancerBuilder(null, List.of(ids), List.of());
    }

    /** Egress through existing public IP prefixes, by resource id. */
    public static LoadBalancerBuilder outboundIpPrefixes(String... ids) {
        return new LoadBalancerBuilder(null, List.of(), List.of(ids));
    }

    /** SNAT ports per node, a multiple of 8 (0: Azure's allocation by pool size). */
    public LoadBalancerBuilder allocatedOutboundPorts(int ports) {
        this.allocatedOutboundPorts = ports;
        return this;
    }

    /** A dual-stack cluster's managed IPv6 egress IPs (AKS's default: one). */
    public LoadBalancerBuilder managedOutboundIpv6Ips(int count) {
        this.managedOutboundIpv6Ips = count;
        return this;
    }

    public LoadBalancerBuilder idleTimeoutMinutes(int minutes) {
        this.idleTimeoutMinutes = minutes;
        return this;
    }

    public LoadBalancerProfile build() {
        return new LoadBalancerProfile(managedOutboundIps, outboundIpIds, outboundIpPrefixIds, allocatedOutboundPorts, idleTimeoutMinutes,
                managedOutboundIpv6Ips);
    }
}
