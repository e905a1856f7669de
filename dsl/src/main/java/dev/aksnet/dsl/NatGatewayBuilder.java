package dev.aksnet.dsl;

import dev.aksnet.model.NatGateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link NatGateway} ({@code NatGateway.named("nat-egress").zone(1).publicIps(2)}); subnets attach it by name
 * ({@code Subnet.named("nodes").natGateway("nat-egress")}).
 */
public final class NatGatewayBuilder {
    private final String name;
    private final List<Integer> zones = new ArrayList<>();
    private Integer publicIps;
    private Integer publicIpPrefixLength;
    private final List<String> publicIpIds = new ArrayList<>();
    private Integer idleTimeoutMinutes;

    private final StackTraceElement site = CallSites.caller();

    public NatGatewayBuilder(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The availability zone the gateway lives in (a Standard NAT gateway is zonal or regional, never in two zones). */
    public NatGatewayBuilder zone(int zone) {
        zones.add(zone);
        return this;
    }

    /** Public IPs aksnet creates for it. */
    public NatGatewayBuilder publicIps(int count) {
        this.publicIps = count;
        return this;
    }

    /** A public IP prefix aksnet creates for it, e.g. 30 for four addresses. */
    public NatGatewayBuilder publicIpPrefixLength(int length) {
        this.publicIpPrefixLength = length;
        return this;
    }

    /** Existing public IPs, by resource id. */
    public NatGatewayBuilder publicIpIds(String... ids) {
        publicIpIds.addAll(List.of(ids));
        return this;
    }

    public NatGatewayBuilder idleTimeoutMinutes(int minutes) {
        this.idleTimeoutMinutes = minutes;
        return this;
    }

    public NatGateway build() {
        return CallSites.remember(new NatGateway(name, zones, publicIps, publicIpPrefixLength, publicIpIds, idleTimeoutMinutes), site);
    }
}
