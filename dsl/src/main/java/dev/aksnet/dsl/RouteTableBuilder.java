package dev.aksnet.dsl;

import dev.aksnet.model.CidrSyntax;
import dev.aksnet.model.RouteTable;
import dev.aksnet.model.RouteTable.NextHop;
import dev.aksnet.model.RouteTable.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link RouteTable} ({@code RouteTable.named("rt-egress").toAppliance("default", "0.0.0.0/0", "10.200.0.4")});
 * subnets associate it by name ({@code Subnet.named("nodes").routeTable("rt-egress")}).
 */
public final class RouteTableBuilder {
    private final String name;
    private final List<Route> routes = new ArrayList<>();
    private Boolean bgpRoutePropagation;
    private final StackTraceElement site = CallSites.caller();

    public RouteTableBuilder(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A route to a firewall or other virtual appliance at its private address. */
    public RouteTableBuilder toAppliance(String routeName, String prefix, String applianceIp) {
        routes.add(CallSites.remember(new Route(routeName, CidrSyntax.parseIpv4Block(prefix), NextHop.VIRTUAL_APPLIANCE,
                CidrSyntax.parseIpv4Address(applianceIp)), CallSites.caller()));
        return this;
    }

    /** A route whose next hop has no address: virtualNetworkGateway, vnetLocal, internet or none. */
    public RouteTableBuilder route(String routeName, String prefix, NextHop nextHop) {
        routes.add(CallSites.remember(new Route(routeName, CidrSyntax.parseIpv4Block(prefix), nextHop, null), CallSites.caller()));
        return this;
    }

    /** Keeps routes learned over BGP (VPN or ExpressRoute gateways) away from the subnets. */
    public RouteTableBuilder withoutBgpRoutePropagation() {
        this.bgpRoutePropagation = false;
        return this;
    }

    public RouteTable build() {
        return CallSites.remember(new RouteTable(name, routes, bgpRoutePropagation), site);
    }
}
