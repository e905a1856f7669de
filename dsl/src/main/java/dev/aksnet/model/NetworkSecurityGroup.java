package dev.aksnet.model;

import java.util.List;
import java.util.Objects;

/**
 * A network security group aksnet creates, associated with the created subnets that name it. Azure's default rules
 * (allow within VirtualNetwork and from AzureLoadBalancer, deny the rest inbound; allow VirtualNetwork and Internet
 * outbound) apply after the spec's.
 *
 * @param name  the NSG's Azure name
 * @param rules its security rules, in spec order
 */
public record NetworkSecurityGroup(String name, List<SecurityRule> rules) {
    public NetworkSecurityGroup {
        Objects.requireNonNull(name, "name");
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** Starts the Java DSL for an NSG of that name. */
    public static dev.aksnet.dsl.NetworkSecurityGroupBuilder named(String name) {
        return new dev.aksnet.dsl.NetworkSecurityGroupBuilder(name);
    }

    /**
     * The API's spelling of a rule's direction, access or protocol: the spec's word capitalised ({@code inbound} →
     * {@code Inbound}, {@code tcp} → {@code Tcp}, {@code *} → {@code *}).
     */
    public static String apiName(SpecEnum value) {
        String word = value.specName();
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Inbound or outbound. */
    public enum Direction implements SpecEnum {
        INBOUND("inbound"), OUTBOUND("outbound");

        private final String specName;

        Direction(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }
    }

    /** Allow or deny. */
    public enum Access implements SpecEnum {
        ALLOW("allow"), DENY("deny");

        private final String specName;

        Access(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }
    }

    /** The protocol a rule matches. */
    public enum Protocol implements SpecEnum {
        ANY("*"), TCP("tcp"), UDP("udp"), ICMP("icmp");

        private final String specName;

        Protocol(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }
    }

    /**
     * A security rule.
     *
     * @param source      a CIDR or address, {@code *}, or a service tag ({@code VirtualNetwork}, {@code Internet}, …)
     * @param destination likewise
     * @param ports       destination ports: {@code *}, {@code 443}, {@code 1000-2000}, or several joined by commas
     */
    public record SecurityRule(String name, int priority, Direction direction, Access access, Protocol protocol, String source,
                               String destination, String ports) {
        public SecurityRule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(destination, "destination");
            Objects.requireNonNull(ports, "ports");
        }
    }
}
