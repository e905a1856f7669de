package dev.aksnet.model;

/** How cluster egress leaves the network (AKS "outbound types"). */
public enum OutboundType implements SpecEnum {
    LOAD_BALANCER("loadBalancer"),
    MANAGED_NAT_GATEWAY("managedNatGateway"),
    USER_ASSIGNED_NAT_GATEWAY("userAssignedNatGateway"),
    USER_DEFINED_ROUTING("userDefinedRouting"),
    /** AKS sets up no egress path (network isolated clusters): any egress is the user's own (NAT gateway, firewall route). */
    NONE("none");

    private final String specName;

    OutboundType(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
