package dev.aksnet.model;

import inet.ipaddr.IPAddress;

import java.util.List;
import java.util.Objects;

/**
 * A route table aksnet creates, associated with the created subnets that name it (several may share one). On a kubenet
 * cluster's subnets AKS writes its pod routes into it too, beside these.
 *
 * @param name                the route table's Azure name
 * @param routes              its routes, in spec order
 * @param bgpRoutePropagation false to keep routes learned over BGP (a VPN or ExpressRoute gateway) out of the subnets,
 *                            so that the table's own routes win; null when not said (Azure's default: propagated)
 */
public record RouteTable(String name, List<Route> routes, Boolean bgpRoutePropagation) {
    /** The most routes one route table holds (Azure networking limits), AKS's kubenet pod routes included. */
    public static final int MAX_ROUTES = 400;

    public RouteTable {
        Objects.requireNonNull(name, "name");
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    /** Starts the Java DSL for a route table of that name. */
    public static dev.aksnet.dsl.RouteTableBuilder named(String name) {
        return new dev.aksnet.dsl.RouteTableBuilder(name);
    }

    /** Where a route sends its traffic, with the API's spelling of each kind. */
    public enum NextHop implements SpecEnum {
        VIRTUAL_APPLIANCE("virtualAppliance", "VirtualAppliance"),
        VIRTUAL_NETWORK_GATEWAY("virtualNetworkGateway", "VirtualNetworkGateway"),
        VNET_LOCAL("vnetLocal", "VnetLocal"),
        INTERNET("internet", "Internet"),
        NONE("none", "None");

        private final String specName;
        private final String apiName;

        NextHop(String specName, String apiName) {
            this.specName = specName;
            this.apiName = apiName;
        }

        @Override
        public String specName() {
            return specName;
        }

        /** The API's nextHopType. */
        public String apiName() {
            return apiName;
        }
    }

    /**
     * A route.
     *
     * @param prefix    the destination, a prefix block (IPv6 for the IPv6 traffic of dual-stack subnets)
     * @param nextHopIp the appliance's private address: required with {@code virtualAppliance}, refused otherwise
     *                  (ROUTE_INVALID); null when absent
     */
    public record Route(String name, IPAddress prefix, NextHop nextHop, IPAddress nextHopIp) {
        public Route {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(nextHop, "nextHop");
        }

        /** Whether it is the IPv4 default route (0.0.0.0/0). */
        public boolean isDefault() {
            return prefix.isIPv4() && prefix.getNetworkPrefixLength() != null && prefix.getNetworkPrefixLength() == 0;
        }

        /** Whether it is the IPv6 default route (::/0). */
        public boolean isIpv6Default() {
            return prefix.isIPv6() && prefix.getNetworkPrefixLength() != null && prefix.getNetworkPrefixLength() == 0;
        }
    }
}
