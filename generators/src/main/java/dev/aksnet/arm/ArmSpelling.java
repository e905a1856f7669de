package dev.aksnet.arm;

import dev.aksnet.plan.ResourcePlan;

/** How one target that writes ARM request bodies (Bicep, azapi) spells literals and references to planned resources. */
public interface ArmSpelling {
    /** A string literal. */
    String text(String value);

    default String number(int value) {
        return Integer.toString(value);
    }

    default String bool(boolean value) {
        return Boolean.toString(value);
    }

    /** The deployment's tags. */
    String tags();

    /** A value the deployment asks for. */
    String input(ResourcePlan.Input input);

    String subnetId(ResourcePlan.Subnet subnet);

    String networkId(ResourcePlan.Network network);

    String routeTableId(ResourcePlan.RouteTable routeTable);

    String networkSecurityGroupId(ResourcePlan.NetworkSecurityGroup nsg);

    String privateDnsZoneId(ResourcePlan.PrivateDnsZone zone);

    String natGatewayId(ResourcePlan.NatGateway natGateway);

    String publicIpId(ResourcePlan.PublicIp publicIp);

    /** The id of a created resource an output names, through the reference of its kind above: one place for all targets. */
    default String resourceId(ResourcePlan.CreatedResourceId id) {
        if (id instanceof ResourcePlan.NetworkId n) {
            return networkId(n.network());
        }
        if (id instanceof ResourcePlan.SubnetId s) {
            return subnetId(s.subnet());
        }
        if (id instanceof ResourcePlan.NetworkSecurityGroupId g) {
            return networkSecurityGroupId(g.networkSecurityGroup());
        }
        if (id instanceof ResourcePlan.RouteTableId t) {
            return routeTableId(t.routeTable());
        }
        if (id instanceof ResourcePlan.NatGatewayId g) {
            return natGatewayId(g.natGateway());
        }
        return privateDnsZoneId(((ResourcePlan.PrivateDnsZoneId) id).privateDnsZone());
    }

    String publicIpPrefixId(ResourcePlan.PublicIpPrefix prefix);

    /** A built-in role's definition id. */
    String roleDefinitionId(ResourcePlan.Role role);

    /** A grantee's principal id. */
    String principalId(ResourcePlan.Principal principal);

    /** A user-assigned identity's resource id (created or the user's). */
    String identityId(ResourcePlan.Identity identity);

    /** A user-assigned identity's client id (created or the user's). */
    String identityClientId(ResourcePlan.Identity identity);

    /**
     * An autoscaled pool's {@code count}: {@code min} at creation; on a redeployment, the count the autoscaler chose
     * (AKS refuses another), however the target learns it.
     */
    String autoscaledCount(ResourcePlan.ManagedCluster cluster, ResourcePlan.AgentPool pool, int min);
}
