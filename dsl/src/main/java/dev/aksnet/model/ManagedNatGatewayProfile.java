package dev.aksnet.model;

/**
 * The settings of the NAT gateway AKS creates and manages (outbound {@code managedNatGateway}).
 *
 * @param managedOutboundIps how many public IPs AKS gives it, or null (AKS's default, 1)
 * @param idleTimeoutMinutes its idle timeout, or null (AKS's default, 4)
 */
public record ManagedNatGatewayProfile(Integer managedOutboundIps, Integer idleTimeoutMinutes) {
    /** AKS gives its managed NAT gateway one public IP unless told otherwise. */
    public static final int DEFAULT_MANAGED_OUTBOUND_IPS = 1;

    /** No setting: AKS's defaults. */
    public static final ManagedNatGatewayProfile DEFAULTS = new ManagedNatGatewayProfile(null, null);

    public int effectiveManagedOutboundIps() {
        return managedOutboundIps != null ? managedOutboundIps : DEFAULT_MANAGED_OUTBOUND_IPS;
    }
}
