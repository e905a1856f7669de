package dev.aksnet.validation.rules;

import dev.aksnet.model.NetworkSecurityGroup.Access;
import dev.aksnet.model.NetworkSecurityGroup.Direction;
import dev.aksnet.model.NetworkSecurityGroup.Protocol;
import dev.aksnet.model.NetworkSecurityGroup.SecurityRule;
import dev.aksnet.validation.rules.SecurityRuleMatch.Endpoint;
import dev.aksnet.validation.rules.SecurityRuleMatch.Flow;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How NSG rules meet the flows AKS needs: priority order, whole cover for allow, any touch for deny, service tags. */
class SecurityRuleMatchTest {
    private static final IPAddress NODES = block("10.0.0.0/22");
    private static final List<IPAddress> VNET = List.of(block("10.0.0.0/16"));
    private static final Flow NODE_TO_NODE = new Flow("node-to-node", Direction.INBOUND, Endpoint.of(List.of(NODES)), Endpoint.of(List.of(NODES)),
            Protocol.ANY, SecurityRuleMatch.ALL_PORTS, false);

    private static IPAddress block(String cidr) {
        return new IPAddressString(cidr).getAddress();
    }

    private static SecurityRule rule(String name, int priority, Access access, Protocol protocol, String source, String destination, String ports) {
        return new SecurityRule(name, priority, Direction.INBOUND, access, protocol, source, destination, ports);
    }

    @Test
    void anAllowWithALowerPriorityNumberShieldsTheFlowFromALaterDeny() {
        List<SecurityRule> rules = List.of(
                rule("deny-all", 4000, Access.DENY, Protocol.ANY, "*", "*", "*"),
                rule("allow-vnet", 3000, Access.ALLOW, Protocol.ANY, "VirtualNetwork", "VirtualNetwork", "*"));
        assertFalse(SecurityRuleMatch.evaluate(rules, NODE_TO_NODE, VNET).blocked());
    }

    @Test
    void anAllowThatCoversOnlyPartOfTheFlowDoesNotShieldIt() {
        List<SecurityRule> rules = List.of(
                rule("allow-https", 100, Access.ALLOW, Protocol.TCP, "10.0.0.0/22", "*", "443"),
                rule("deny-tcp-from-half", 200, Access.DENY, Protocol.TCP, "10.0.0.0/23", "*", "1000-2000,8080"));
        assertEquals(Optional.of(1), SecurityRuleMatch.evaluate(rules, NODE_TO_NODE, VNET).blockingRule(),
                "tcp 443 is allowed, but the deny still touches other ports of half the node range");
    }

    @Test
    void denyRulesThatMissTheFlowAndAzureDefaultsLeaveItAlone() {
        List<SecurityRule> rules = List.of(
                rule("deny-internet", 100, Access.DENY, Protocol.ANY, "Internet", "*", "*"),
                rule("deny-other-net", 110, Access.DENY, Protocol.ANY, "192.168.0.0/16", "*", "*"));
        assertFalse(SecurityRuleMatch.evaluate(rules, NODE_TO_NODE, VNET).blocked());
        Flow probes = new Flow("probes", Direction.INBOUND, new Endpoint(false, List.of(SecurityRuleMatch.PROBE_SOURCE),
                SecurityRuleMatch.AZURE_LOAD_BALANCER), Endpoint.of(List.of(NODES)), Protocol.ANY, SecurityRuleMatch.ALL_PORTS, false);
        assertTrue(SecurityRuleMatch.evaluate(List.of(rule("deny-all", 4000, Access.DENY, Protocol.ANY, "*", "*", "*")), probes, VNET).blocked());
        assertFalse(SecurityRuleMatch.evaluate(rules, probes, VNET).blocked(), "Internet is not the load balancer's probes");
    }

    @Test
    void trafficTheDefaultsDenyNeedsAnAllow() {
        Flow gatewayManager = new Flow("GatewayManager", Direction.INBOUND, Endpoint.tag(SecurityRuleMatch.GATEWAY_MANAGER),
                new Endpoint(true, List.of(), null), Protocol.TCP, NsgRules.GATEWAY_MANAGER_PORTS, true);
        assertTrue(SecurityRuleMatch.evaluate(List.of(), gatewayManager, VNET).blockedByDefault());
        assertFalse(SecurityRuleMatch.evaluate(List.of(rule("allow-gm", 100, Access.ALLOW, Protocol.TCP, "GatewayManager", "*", "65200-65535")),
                gatewayManager, VNET).blocked());
        assertTrue(SecurityRuleMatch.evaluate(List.of(rule("allow-gm-part", 100, Access.ALLOW, Protocol.TCP, "GatewayManager", "*", "65200-65300")),
                gatewayManager, VNET).blocked(), "half the ports is not enough");
    }

    @Test
    void malformedPortsAndAddressesAreRefusedNotGuessed() {
        assertTrue(SecurityRuleMatch.ports("80-").isEmpty());
        assertTrue(SecurityRuleMatch.ports("70000").isEmpty());
        assertTrue(SecurityRuleMatch.ports("200-100").isEmpty());
        assertEquals(2, SecurityRuleMatch.ports("80, 443").orElseThrow().size());
        assertTrue(SecurityRuleMatch.endpoint("10.0.0.1/24", VNET).isEmpty(), "host bits set");
        assertTrue(SecurityRuleMatch.endpoint("Storage.WestEurope", VNET).isPresent(), "a regional service tag");
        assertTrue(SecurityRuleMatch.endpoint("10.0.0.0/8,", VNET).isEmpty());
    }
}
