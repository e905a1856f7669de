package dev.aksnet.dsl;

import dev.aksnet.model.NetworkSecurityGroup;
import dev.aksnet.model.NetworkSecurityGroup.Access;
import dev.aksnet.model.NetworkSecurityGroup.Direction;
import dev.aksnet.model.NetworkSecurityGroup.Protocol;
import dev.aksnet.model.NetworkSecurityGroup.SecurityRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link NetworkSecurityGroup} ({@code NetworkSecurityGroup.named("nsg-nodes").rule(…)}); subnets attach it by
 * name ({@code Subnet.named("nodes").networkSecurityGroup("nsg-nodes")}).
 */
public final class NetworkSecurityGroupBuilder {
    private final String name;
    private final List<SecurityRule> rules = new ArrayList<>();
    private final StackTraceElement site = CallSites.caller();

    public NetworkSecurityGroupBuilder(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A security rule, e.g. {@code rule("deny-internet-in", 4000, INBOUND, DENY, ANY, "Internet", "*", "*")}. */
    public NetworkSecurityGroupBuilder rule(String ruleName, int priority, Direction direction, Access access, Protocol protocol,
                                            String source, String destination, String ports) {
        rules.add(CallSites.remember(new SecurityRule(ruleName, priority, direction, access, protocol, source, destination, ports),
                CallSites.caller()));
        return this;
    }

    public NetworkSecurityGroup build() {
        return CallSites.remember(new NetworkSecurityGroup(name, rules), site);
    }
}
