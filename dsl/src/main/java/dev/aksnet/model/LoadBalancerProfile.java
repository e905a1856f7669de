package dev.aksnet.model;

import java.util.List;

/**
 * The outbound settings of a cluster's Standard load balancer (outbound {@code loadBalancer}). Fields a spec left out
 * are null; AKS's defaults are written here once.
 *
 * @param managedOutboundIps     how many public IPs AKS creates for egress, or null (AKS's default, 1)
 * @param outboundIpIds          existing public IPs for egress, by resource id, instead of managed ones
 * @param outboundIpPrefixIds    existing public IP prefixes for egress, by resource id, instead of managed IPs
 * @param allocatedOutboundPorts SNAT ports per node, a multiple of 8; 0 or null for Azure's default allocation by pool size
 * @param idleTimeoutMinutes     the outbound flows' idle timeout, or null (AKS's default, 30)
 * @param managedOutboundIpv6Ips a dual-stack cluster's managed IPv6 egress IPs (countIPv6), or null (AKS's default: 1 for
 *                               dual-stack, 0 otherwise)
 */
public record LoadBalancerProfile(Integer managedOutboundIps, List<String> outboundIpIds, List<String> outboundIpPrefixIds,
                                  Integer allocatedOutboundPorts, Integer idleTimeoutMinutes, Integer managedOutboundIpv6Ips) {
    /** IPv4 settings only. */
    public LoadBalancerProfile(Integer managedOutboundIps, List<String> outboundIpIds, List<String> outboundIpPrefixIds,
                               Integer allocatedOutboundPorts, Integer idleTimeoutMinutes) {
        this(managedOutboundIps, outboundIpIds, outboundIpPrefixIds, allocatedOutboundPorts, idleTimeoutMinutes, null);
    }

    /** AKS creates one managed outbound IP unless told otherwise. */
    public static final int DEFAULT_MANAGED_OUTBOUND_IPS = 1;

    public LoadBalancerProfile {
        outboundIpIds = outboundIpIds == null ? List.of() : List.copyOf(outboundIpIds);
        outboundIpPrefixIds = outboundIpPrefixIds == null ? List.of() : List.copyOf(outboundIpPrefixIds);
    }

    /** No setting: AKS's defaults. */
    public static final LoadBalancerProfile DEFAULTS = new LoadBalancerProfile(null, List.of(), List.of(), null, null);

    /** Whether the ports per node are fixed (not Azure's allocation by pool size). */
    public boolean fixedPorts() {
        return allocatedOutboundPorts != null && allocatedOutboundPorts > 0;
    }

    /** Whether the egress addresses are the user's own (ids) rather than IPs AKS manages. */
    public boolean ownAddresses() {
        return !outboundIpIds.isEmpty() || !outboundIpPrefixIds.isEmpty();
    }

    /** Managed IPs in force when no own addresses are given. */
    public int effectiveManagedOutboundIps() {
        return managedOutboundIps != null ? managedOutboundIps : DEFAULT_MANAGED_OUTBOUND_IPS;
    }
}
