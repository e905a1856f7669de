package dev.aksnet.validation.rules;

import dev.aksnet.model.AksManagedNetwork;
import dev.aksnet.model.Delegation;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.OutboundType;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Azure-managed ingress: Application Gateway for Containers (AGC: "Application Gateway for Containers components" and
 * the bring-your-own deployment quickstart) and the Application Gateway ingress controller add-on (AGIC: "Enable the
 * ingress controller add-on").
 */
public final class IngressRules {
    private IngressRules() {
    }

    /** The smallest association subnet AGC accepts, and the size Application Gateway v2 recommends for its subnet. */
    static final int MIN_INGRESS_PREFIX = 24;

    /** The subnets that an ingress of the kind names and that are smaller than /24, each once however many clusters name it. */
    private static List<SubnetAt> smallIngressSubnets(ValidationContext spec, Predicate<Ingress> kind) {
        return spec.clusters().stream()
                .filter(c -> c.cluster().ingressIfAny().filter(kind).isPresent())
                .flatMap(c -> spec.ingressSubnet(c).stream())
                .filter(s -> s.subnet().cidr().getNetworkPrefixLength() > MIN_INGRESS_PREFIX)
                .distinct()
                .toList();
    }

    private static String what(Ingress ingress) {
        return ingress.isApplicationGatewayForContainers() ? "Application Gateway for Containers" : "the application gateway";
    }

    /** INGRESS_AGC_KUBENET (CNI feature matrix: Application Gateway for Containers is not supported on kubenet). */
    public static final class AgcKubenet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.INGRESS_AGC_KUBENET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (c.cluster().network().plugin() == NetworkPlugin.KUBENET
                        && c.cluster().ingressIfAny().filter(Ingress::isApplicationGatewayForContainers).isPresent()) {
                    report.at(c.ingressPath() + ".type", "cluster '" + c.cluster().name()
                                    + "' uses kubenet, and Application Gateway for Containers does not support kubenet",
                            "move the cluster to azure-cni-overlay (recommended), or use type: applicationGatewayIngressController");
                }
            }
        }
    }

    /** INGRESS_GATEWAY_SOURCE: AGC needs its association subnet and nothing else; AGIC exactly one source. */
    public static final class GatewaySource implements Rule {
        @Override
        public RuleId id() {
            return RuleId.INGRESS_GATEWAY_SOURCE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Optional<Ingress> declared = c.cluster().ingressIfAny();
                if (declared.isEmpty()) {
                    continue;
                }
                Ingress i = declared.get();
                String path = c.ingressPath();
                if (i.isApplicationGatewayForContainers()) {
                    if (i.subnetCidr() != null || i.gatewayId() != null) {
                        report.at(path + (i.subnetCidr() != null ? ".subnetCidr" : ".gatewayId"), "Application Gateway for Containers of "
                                        + "cluster '" + c.cluster().name() + "' is associated with a subnet you declare; "
                                        + (i.subnetCidr() != null ? "subnetCidr" : "gatewayId") + " belongs to applicationGatewayIngressController",
                                "remove it, and name the association subnet with subnet:");
                    } else if (i.subnet() == null) {
                        report.at(path, "Application Gateway for Containers of cluster '" + c.cluster().name() + "' has no association subnet",
                                "add subnet: naming a /24 or larger subnet with delegation: applicationGatewayForContainers");
                    }
                    continue;
                }
                List<String> given = new ArrayList<>();
                if (i.subnet() != null) {
                    given.add("subnet");
                }
                if (i.subnetCidr() != null) {
                    given.add("subnetCidr");
                }
                if (i.gatewayId() != null) {
                    given.add("gatewayId");
                }
                if (given.size() != 1) {
                    report.at(given.isEmpty() ? path : path + "." + given.get(1), "the ingress controller of cluster '" + c.cluster().name()
                                    + "' needs exactly one of subnet, subnetCidr, gatewayId" + (given.isEmpty() ? "" : ", not " + String.join(" and ", given)),
                            "subnet: a declared subnet for a new gateway; subnetCidr: a new subnet AKS creates (AKS-managed network); "
                                    + "gatewayId: an existing gateway");
                }
            }
        }
    }

    /** INGRESS_SUBNET_DELEGATION: AGC associates with a delegated subnet only; an application gateway's subnet holds no delegation. */
    public static final class SubnetDelegation implements Rule {
        @Override
        public RuleId id() {
            return RuleId.INGRESS_SUBNET_DELEGATION;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Optional<SubnetAt> found = spec.ingressSubnet(c);
                if (found.isEmpty()) {
                    continue;
                }
                SubnetAt s = found.get();
                Ingress i = c.cluster().ingress();
                Delegation d = s.subnet().delegation();
                if (i.isApplicationGatewayForContainers() && d != Delegation.APPLICATION_GATEWAY_FOR_CONTAINERS) {
                    report.at(c.ingressPath() + ".subnet", "association subnet '" + s.qualifiedName() + "' of cluster '" + c.cluster().name()
                                    + "' is " + (d == null ? "not delegated" : "delegated to " + d.serviceName())
                                    + "; Application Gateway for Containers needs it delegated to "
                                    + Delegation.APPLICATION_GATEWAY_FOR_CONTAINERS.serviceName(),
                            "write delegation: applicationGatewayForContainers on subnet '" + s.subnet().name() + "'"
                                    + (s.vnet().vnet().existing() ? " once the existing subnet is delegated" : ""));
                } else if (i.isIngressController() && d != null) {
                    report.at(c.ingressPath() + ".subnet", "gateway subnet '" + s.qualifiedName() + "' of cluster '" + c.cluster().name()
                                    + "' is delegated to " + d.serviceName() + "; an application gateway needs a subnet of its own",
                            "remove the delegation, or declare another subnet for the gateway");
                }
            }
        }
    }

    /** INGRESS_SUBNET_TOO_SMALL (AGC): the association subnet must be /24 or larger. */
    public static final class SubnetTooSmall implements Rule {
        @Override
        public RuleId id() {
            return RuleId.INGRESS_SUBNET_TOO_SMALL;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            smallIngressSubnets(spec, Ingress::isApplicationGatewayForContainers).forEach(s ->
                    report.at(s.path() + ".cidr", "association subnet '" + s.qualifiedName() + "' (" + s.subnet().cidr()
                                    + ") is smaller than /" + MIN_INGRESS_PREFIX + "; Application Gateway for Containers needs at least "
                                    + "250 free addresses",
                            "give the subnet a /" + MIN_INGRESS_PREFIX + " or larger range"));
        }
    }

    /** INGRESS_GATEWAY_SUBNET_SMALL (AGIC): Application Gateway v2 recommends a /24 so it can scale to its instance limit. */
    public static final class GatewaySubnetSmall implements Rule {
        @Override
        public RuleId id() {
            return RuleId.INGRESS_GATEWAY_SUBNET_SMALL;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            smallIngressSubnets(spec, Ingress::isIngressController).forEach(s ->
                    report.at(s.path() + ".cidr", "gateway subnet '" + s.qualifiedName() + "' (" + s.subnet().cidr() + ") is smaller than /"
                            + MIN_INGRESS_PREFIX + ", the size Application Gateway v2 needs to scale out", "give the subnet a /24"));
            for (ClusterAt c : spec.clusters()) {
                IPAddress cidr = c.cluster().ingressIfAny().filter(Ingress::isIngressController).map(Ingress::subnetCidr).orElse(null);
                if (cidr != null && cidr.getNetworkPrefixLength() > MIN_INGRESS_PREFIX) {
                    report.at(c.ingressPath() + ".subnetCidr", "gateway subnetCidr " + cidr + " of cluster '" + c.cluster().name()
                            + "' is smaller than /" + MIN_INGRESS_PREFIX + ", the size Application Gateway v2 needs to scale out", "use a /24");
                }
            }
        }
    }

    /** INGRESS_SUBNET_SHARED: an ingress subnet is the gateway's alone (AGC: one association per delegated subnet). */
    public static final class SubnetShared implements Rule {
        @Override
        public RuleId id() {
            return RuleId.INGRESS_SUBNET_SHARED;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            List<ClusterAt> clusters = spec.clusters();
            for (int n = 0; n < clusters.size(); n++) {
                ClusterAt c = clusters.get(n);
                Optional<SubnetAt> found = spec.ingressSubnet(c);
                if (found.isEmpty()) {
                    continue;
                }
                SubnetAt s = found.get();
                Optional<PoolAt> pool = spec.pools().stream()
                        .filter(p -> p.subnet().filter(x -> x == s).isPresent() || p.podSubnet().filter(x -> x == s).isPresent())
                        .findFirst();
                Optional<ClusterAt> earlier = clusters.subList(0, n).stream()
                        .filter(o -> spec.ingressSubnet(o).filter(x -> x == s).isPresent()).findFirst();
                if (pool.isPresent()) {
                    report.at(c.ingressPath() + ".subnet", "ingress subnet '" + s.qualifiedName() + "' of cluster '" + c.cluster().name()
                                    + "' also holds node pool '" + pool.get().pool().name() + "' of cluster '" + pool.get().cluster().cluster().name()
                                    + "'; " + what(c.cluster().ingress()) + " needs a subnet of its own",
                            "declare a separate subnet for the ingress");
                } else if (earlier.isPresent()) {
                    report.at(c.ingressPath() + ".subnet", "ingress subnet '" + s.qualifiedName() + "' of cluster '" + c.cluster().name()
                                    + "' is already the ingress subnet of cluster '" + earlier.get().cluster().name() + "'",
                            "give each cluster's ingress its own subnet");
                }
            }
        }
    }

    /** INGRESS_SUBNET_OTHER_NETWORK: the gateway reaches pods only within the nodes' network or one peered with it. */
    public static final class SubnetOtherNetwork implements Rule {
        @Override
        public RuleId id() {
            return RuleId.INGRESS_SUBNET_OTHER_NETWORK;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Optional<SubnetAt> found = spec.ingressSubnet(c);
                if (found.isEmpty() || spec.vnetsOf(c).contains(found.get().vnet())) {
                    continue;
                }
                SubnetAt s = found.get();
                boolean managed = !c.cluster().usesOwnNetwork();
                report.at(c.ingressPath() + ".subnet", "ingress subnet '" + s.qualifiedName() + "' of cluster '" + c.cluster().name()
                                + "' is not in the network of its nodes" + (managed ? " (an AKS-managed network)" : ""),
                        managed ? "put the cluster's pools on subnets of '" + s.vnet().vnet().name() + "'"
                                : "peer '" + s.vnet().vnet().name() + "' with the cluster's network, or move the subnet into it");
            }
        }
    }

    /**
     * INGRESS_SUBNET_CIDR_PLACEMENT: with subnetCidr, AKS creates the gateway's subnet in the cluster's network. On your
     * own network that subnet would be outside Terraform's and Bicep's knowledge, so aksnet asks you to declare it; on
     * an AKS-managed network it must fit the managed space beside the node subnet, clear of the cluster's ranges.
     */
    public static final class SubnetCidrPlacement implements Rule {
        @Override
        public RuleId id() {
            return RuleId.INGRESS_SUBNET_CIDR_PLACEMENT;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                IPAddress cidr = c.cluster().ingressIfAny().filter(Ingress::isIngressController).map(Ingress::subnetCidr).orElse(null);
                if (cidr == null) {
                    continue;
                }
                String path = c.ingressPath() + ".subnetCidr";
                String cluster = "cluster '" + c.cluster().name() + "'";
                Network n = c.cluster().network();
                if (c.cluster().usesOwnNetwork()) {
                    report.at(path, "subnetCidr makes AKS create the gateway's subnet inside " + cluster
                                    + "'s own network, where Terraform and Bicep would not know it",
                            "declare the subnet in the network and name it with subnet: instead");
                } else if (!AksManagedNetwork.ADDRESS_SPACE.contains(cidr) || Cidrs.overlap(cidr, AksManagedNetwork.NODE_SUBNET)) {
                    report.at(path, "subnetCidr " + cidr + " of " + cluster + " does not fit the AKS-managed network ("
                                    + AksManagedNetwork.ADDRESS_SPACE + ") beside its node subnet (" + AksManagedNetwork.NODE_SUBNET + ")",
                            "use a range inside " + AksManagedNetwork.ADDRESS_SPACE + " outside " + AksManagedNetwork.NODE_SUBNET
                                    + ", e.g. 10.225.0.0/24");
                } else if (Cidrs.overlap(cidr, n.effectiveServiceCidr())) {
                    report.at(path, "subnetCidr " + cidr + " of " + cluster + " overlaps its service CIDR " + n.effectiveServiceCidr(),
                            "choose ranges that do not overlap");
                } else if (n.effectivePodCidr() != null && Cidrs.overlap(cidr, n.effectivePodCidr())) {
                    report.at(path, "subnetCidr " + cidr + " of " + cluster + " overlaps its pod CIDR " + n.effectivePodCidr(),
                            "choose ranges that do not overlap");
                }
            }
        }
    }

    /**
     * INGRESS_KUBENET_ROUTE_TABLE (AGIC, KUB): on kubenet the gateway reaches pods through the routes AKS writes into the
     * cluster's route table, so the gateway subnet must share it. aksnet does that on a network it creates; on an existing
     * network it cannot, and with userDefinedRouting that table also sends 0.0.0.0/0 to an appliance, which Application
     * Gateway v2 accepts only in its private (network isolation) deployment.
     */
    public static final class KubenetRouteTable implements Rule {
        @Override
        public RuleId id() {
            return RuleId.INGRESS_KUBENET_ROUTE_TABLE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                Network n = c.cluster().network();
                if (n.plugin() != NetworkPlugin.KUBENET || c.cluster().ingressIfAny().filter(Ingress::isIngressController).isEmpty()) {
                    continue;
                }
                Optional<SubnetAt> found = spec.ingressSubnet(c);
                if (found.isEmpty()) {
                    continue;
                }
                SubnetAt s = found.get();
                String cluster = "cluster '" + c.cluster().name() + "'";
                // The route table of the spec the cluster's node subnets share, if they name one: the gateway subnet must too.
                Optional<ResolvedSpec.RouteTableAt> nodeTable = spec.pools(c).stream().flatMap(p -> p.subnet().stream())
                        .filter(x -> x.vnet().created()).flatMap(x -> spec.routeTableOf(x).stream()).findFirst();
                if (!s.vnet().vnet().existing() && nodeTable.isPresent()) {
                    String name = nodeTable.get().routeTable().name();
                    if (spec.routeTableOf(s).filter(nodeTable.get()::equals).isEmpty()) {
                        report.at(c.ingressPath() + ".subnet", "gateway subnet '" + s.qualifiedName() + "' of kubenet " + cluster
                                        + " does not name route table '" + name + "', into which AKS writes the routes through which the gateway "
                                        + "reaches pods", "set routeTable: " + name + " on subnet '" + s.subnet().name() + "'");
                    } else if (RouteTableRules.defaultRoute(nodeTable.get().routeTable()).filter(r -> RouteTableRules.egressHop(r.nextHop())).isPresent()) {
                        report.at(c.ingressPath() + ".subnet", "gateway subnet '" + s.qualifiedName() + "' shares kubenet " + cluster
                                        + "'s route table '" + name + "', whose default route goes to an appliance: Application Gateway v2 "
                                        + "accepts that only in its private deployment",
                                "use azure-cni-overlay (no route table needed), or deploy the gateway privately");
                    }
                    continue;
                }
                if (s.vnet().vnet().existing()) {
                    report.at(c.ingressPath() + ".subnet", "gateway subnet '" + s.qualifiedName() + "' of kubenet " + cluster
                                    + " exists already, so aksnet cannot give it the cluster's route table, through which the gateway reaches pods",
                            "associate the route table of the cluster's node subnet with '" + s.subnet().name() + "' as well");
                } else if (n.effectiveOutbound() == OutboundType.USER_DEFINED_ROUTING) {
                    report.at(c.ingressPath() + ".subnet", "gateway subnet '" + s.qualifiedName() + "' shares kubenet " + cluster
                                    + "'s route table, whose default route goes to an appliance: Application Gateway v2 accepts that only "
                                    + "in its private deployment",
                            "use azure-cni-overlay (no route table needed), or deploy the gateway privately");
                }
            }
        }
    }

    /** INGRESS_GATEWAY_ID_INVALID (AGIC): the add-on takes an application gateway's full resource id. */
    public static final class GatewayIdInvalid implements Rule {
        static final Pattern GATEWAY_ID = Pattern.compile(
                "/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.Network/applicationGateways/"
                        + "[A-Za-z0-9][-\\w.]{0,78}\\w", Pattern.CASE_INSENSITIVE);

        @Override
        public RuleId id() {
            return RuleId.INGRESS_GATEWAY_ID_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                String id = c.cluster().ingressIfAny().map(Ingress::gatewayId).orElse(null);
                if (id != null && !GATEWAY_ID.matcher(id).matches()) {
                    report.at(c.ingressPath() + ".gatewayId", "gatewayId '" + id + "' of cluster '" + c.cluster().name()
                                    + "' is not the resource id of an application gateway",
                            "write /subscriptions/<subscription id>/resourceGroups/<group>/providers/Microsoft.Network/applicationGateways/<name>");
                }
            }
        }
    }
}
