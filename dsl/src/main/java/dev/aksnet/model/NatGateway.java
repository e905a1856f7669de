package dev.aksnet.model;

import java.util.List;
import java.util.Objects;

/**
 * A NAT gateway aksnet creates, attached to the subnets that name it ({@code natGateway: name}), created or existing.
 * Its public addresses: public IPs aksnet creates, a public IP prefix aksnet creates, and/or existing public IPs.
 *
 * @param name                 the NAT gateway's Azure name
 * @param zones                the one availability zone it lives in, or empty for a regional (no-zone) gateway
 * @param publicIps            how many public IPs aksnet creates for it, or null
 * @param publicIpPrefixLength the length of a public IP prefix aksnet creates for it (28 to 31), or null
 * @param publicIpIds          existing public IPs, by resource id
 * @param idleTimeoutMinutes   its idle timeout, or null (Azure's default, 4)
 */
public record NatGateway(String name, List<Integer> zones, Integer publicIps, Integer publicIpPrefixLength, List<String> publicIpIds,
                         Integer idleTimeoutMinutes) {
    /** The IPv4 public IP prefix lengths Azure offers: /28 (16 addresses) to /31 (2). */
    public static final int MIN_PREFIX_LENGTH = 28;
    public static final int MAX_PREFIX_LENGTH = 31;

    public NatGateway {
        Objects.requireNonNull(name, "name");
        zones = zones == null ? List.of() : List.copyOf(zones);
        publicIpIds = publicIpIds == null ? List.of() : List.copyOf(publicIpIds);
    }

    /** Starts the Java DSL for a NAT gateway of that name. */
    public static dev.aksnet.dsl.NatGatewayBuilder named(String name) {
        return new dev.aksnet.dsl.NatGatewayBuilder(name);
    }

    /** Public addresses it has: the IPs aksnet creates, the prefix's addresses and the existing IPs. */
    public int addressCount() {
        return (publicIps != null ? publicIps : 0) + (publicIpPrefixLength != null && publicIpPrefixLength >= MIN_PREFIX_LENGTH
                && publicIpPrefixLength <= MAX_PREFIX_LENGTH ? 1 << (32 - publicIpPrefixLength) : 0) + publicIpIds.size();
    }
}
