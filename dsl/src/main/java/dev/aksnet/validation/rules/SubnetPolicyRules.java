package dev.aksnet.validation.rules;

import dev.aksnet.model.PrivateEndpointNetworkPolicies;
import dev.aksnet.model.Subnet;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

/**
 * A subnet's network policies for private endpoints and private link services. PE = Azure Private Link "Manage network
 * policies for private endpoints" and "Disable network policies for Private Link service source IP".
 */
public final class SubnetPolicyRules {
    private SubnetPolicyRules() {
    }

    /** SUBNET_POLICIES_EXISTING_SUBNET (W; PE, aksnet): aksnet changes only the subnets it creates. */
    public static final class SubnetPoliciesExistingSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SUBNET_POLICIES_EXISTING_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                Subnet sub = s.subnet();
                if (!s.vnet().vnet().existing()) {
                    continue;
                }
                String key = sub.privateEndpointNetworkPolicies() != null ? "privateEndpointNetworkPolicies"
                        : sub.privateLinkServiceNetworkPolicies() != null ? "privateLinkServiceNetworkPolicies" : null;
                if (key != null) {
                    report.at(s.path() + "." + key, "subnet '" + s.qualifiedName() + "' exists already: aksnet does not change its "
                                    + key, "make sure the subnet has this setting before deploying, or let aksnet create the network");
                }
            }
        }
    }

    /** PRIVATE_ENDPOINT_POLICIES_NOTHING_TO_APPLY (W; PE): the enabled policies have no NSG or route table to apply. */
    public static final class PrivateEndpointPoliciesNothingToApply implements Rule {
        @Override
        public RuleId id() {
            return RuleId.PRIVATE_ENDPOINT_POLICIES_NOTHING_TO_APPLY;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                PrivateEndpointNetworkPolicies p = s.subnet().privateEndpointNetworkPolicies();
                if (p == null || p == PrivateEndpointNetworkPolicies.DISABLED || s.vnet().vnet().existing()) {
                    continue;
                }
                boolean nsg = p.networkSecurityGroup() && s.subnet().networkSecurityGroup() != null;
                boolean routes = p.routeTable() && s.subnet().routeTable() != null;
                if (!nsg && !routes) {
                    String missing = p == PrivateEndpointNetworkPolicies.ENABLED ? "network security group or route table"
                            : p.networkSecurityGroup() ? "network security group" : "route table";
                    String key = p == PrivateEndpointNetworkPolicies.ENABLED ? "networkSecurityGroup or routeTable"
                            : p.networkSecurityGroup() ? "networkSecurityGroup" : "routeTable";
                    report.at(s.path() + ".privateEndpointNetworkPolicies", "subnet '" + s.qualifiedName() + "' applies " + p.specName()
                                    + " to its private endpoints but has no " + missing + " of the spec: nothing applies",
                            "give the subnet a " + key + " of the spec, or leave the policies disabled");
                }
            }
        }
    }
}
