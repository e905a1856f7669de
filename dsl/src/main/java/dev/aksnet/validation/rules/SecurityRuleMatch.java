package dev.aksnet.validation.rules;

import dev.aksnet.model.NetworkSecurityGroup.Access;
import dev.aksnet.model.NetworkSecurityGroup.Direction;
import dev.aksnet.model.NetworkSecurityGroup.Protocol;
import dev.aksnet.model.NetworkSecurityGroup.SecurityRule;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How NSG rules meet a flow AKS needs: rules are evaluated by priority, lowest first; the first rule that allows the whole
 * flow lets it through, the first deny rule that touches any of it blocks (part of) it. Azure's default rules come after
 * the spec's; as the AKS docs have it ("if the subnet NSG contains deny rules that would affect…"), they do not block
 * cluster traffic, except where a flow says otherwise ({@link Flow#deniedByDefault}).
 */
final class SecurityRuleMatch {
    private SecurityRuleMatch() {
    }

    /** An endpoint of a flow or a rule: address blocks, every address, or a service tag that names no block here. */
    record Endpoint(boolean any, List<IPAddress> blocks, String tag) {
        static Endpoint of(List<IPAddress> blocks) {
            return new Endpoint(false, List.copyOf(blocks), null);
        }

        static Endpoint tag(String tag) {
            return new Endpoint(false, List.of(), tag);
        }
    }

    /** A port range, both ends included. */
    record PortRange(int from, int to) {
    }

    /** Every port. */
    static final List<PortRange> ALL_PORTS = List.of(new PortRange(0, 65535));

    /**
     * Traffic AKS needs through a subnet's NSG.
     *
     * @param purpose         what it is for, in words
     * @param deniedByDefault whether Azure's default rules deny it (GatewayManager to an application gateway): an allow
     *                        rule must then let it through
     */
    record Flow(String purpose, Direction direction, Endpoint source, Endpoint destination, Protocol protocol, List<PortRange> ports,
                boolean deniedByDefault) {
    }

    /** The service tags aksnet resolves, and the address AzureLoadBalancer stands for (the health probes' source). */
    static final String VIRTUAL_NETWORK = "VirtualNetwork";
    static final String AZURE_LOAD_BALANCER = "AzureLoadBalancer";
    static final String GATEWAY_MANAGER = "GatewayManager";
    static final IPAddress PROBE_SOURCE = new IPAddressString("168.63.129.16").getAddress();

    private static final Pattern TAG = Pattern.compile("[A-Za-z][A-Za-z0-9.]*");
    private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");

    /** A rule's source or destination: *, a CIDR or address, or a service tag; empty when none of these. */
    static Optional<Endpoint> endpoint(String text, List<IPAddress> virtualNetwork) {
        if (text.equals("*")) {
            return Optional.of(new Endpoint(true, List.of(), null));
        }
        if (text.equals(VIRTUAL_NETWORK)) {
            return Optional.of(Endpoint.of(virtualNetwork));
        }
        if (text.equals(AZURE_LOAD_BALANCER)) {
            return Optional.of(new Endpoint(false, List.of(PROBE_SOURCE), AZURE_LOAD_BALANCER));
        }
        if (Character.isDigit(text.isEmpty() ? 'x' : text.charAt(0)) || text.indexOf(':') >= 0) {
            try {
                // IPv4 or IPv6 (dual-stack clusters' rules), as a CIDR or a single address.
                String block = text.contains("/") ? text : text + (text.indexOf(':') >= 0 ? "/128" : "/32");
                IPAddress a = dev.aksnet.model.CidrSyntax.parseBlock(block);
                return Optional.of(Endpoint.of(List.of(a)));
            } catch (dev.aksnet.model.CidrSyntax.InvalidCidrException e) {
                return Optional.empty();
            }
        }
        return TAG.matcher(text).matches() ? Optional.of(Endpoint.tag(text)) : Optional.empty();
    }

    /** A rule's ports: *, N, N-M, several joined by commas; empty when malformed. */
    static Optional<List<PortRange>> ports(String text) {
        if (text.strip().equals("*")) {
            return Optional.of(ALL_PORTS);
        }
        List<PortRange> ranges = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Matcher m = PORT.matcher(part.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from > to || to > 65535) {
                return Optional.empty();
            }
            ranges.add(new PortRange(from, to));
        }
        return Optional.of(ranges);
    }

    private static boolean touches(Endpoint rule, Endpoint flow) {
        if (rule.any() || flow.any()) {
            return true;
        }
        if (rule.tag() != null && rule.tag().equals(flow.tag())) {
            return true;
        }
        return rule.blocks().stream().anyMatch(r -> flow.blocks().stream().anyMatch(f -> Cidrs.overlap(r, f)));
    }

    private static boolean covers(Endpoint rule, Endpoint flow) {
        if (rule.any()) {
            return true;
        }
        if (flow.any()) {
            return false;
        }
        if (flow.tag() != null && flow.blocks().isEmpty()) {
            return flow.tag().equals(rule.tag());
        }
        return flow.blocks().stream().allMatch(f -> rule.blocks().stream().anyMatch(r -> r.contains(f)));
    }

    private static boolean portsTouch(List<PortRange> rule, List<PortRange> flow) {
        return rule.stream().anyMatch(r -> flow.stream().anyMatch(f -> r.from() <= f.to() && f.from() <= r.to()));
    }

    private static boolean portsCover(List<PortRange> rule, List<PortRange> flow) {
        return flow.stream().allMatch(f -> rule.stream().anyMatch(r -> r.from() <= f.from() && f.to() <= r.to()));
    }

    /** What decides a flow: the blocking rule (deny, or none where the defaults deny), or empty when the flow passes. */
    record Verdict(Optional<Integer> blockingRule, boolean blockedByDefault) {
        boolean blocked() {
            return blockingRule.isPresent() || blockedByDefault;
        }
    }

    /** Evaluates the NSG's rules (index order kept for positions) on a flow, given the network the VirtualNetwork tag names. */
    static Verdict evaluate(List<SecurityRule> rules, Flow flow, List<IPAddress> virtualNetwork) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).direction() == flow.direction()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt(i -> rules.get(i).priority()));
        for (int i : order) {
            SecurityRule r = rules.get(i);
            Optional<Endpoint> source = endpoint(r.source(), virtualNetwork);
            Optional<Endpoint> destination = endpoint(r.destination(), virtualNetwork);
            Optional<List<PortRange>> ports = ports(r.ports());
            if (source.isEmpty() || destination.isEmpty() || ports.isEmpty()) {
                continue; // NSG_RULE_INVALID reports it
            }
            boolean protocolTouches = r.protocol() == Protocol.ANY || flow.protocol() == Protocol.ANY || r.protocol() == flow.protocol();
            boolean protocolCovers = r.protocol() == Protocol.ANY || r.protocol() == flow.protocol();
            if (r.access() == Access.ALLOW && protocolCovers && covers(source.get(), flow.source()) && covers(destination.get(), flow.destination())
                    && portsCover(ports.get(), flow.ports())) {
                return new Verdict(Optional.empty(), false);
            }
            if (r.access() == Access.DENY && protocolTouches && touches(source.get(), flow.source())
                    && touches(destination.get(), flow.destination()) && portsTouch(ports.get(), flow.ports())) {
                return new Verdict(Optional.of(i), false);
            }
        }
        return new Verdict(Optional.empty(), flow.deniedByDefault());
    }
}
