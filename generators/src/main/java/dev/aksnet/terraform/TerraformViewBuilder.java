package dev.aksnet.terraform;

import dev.aksnet.generate.AksNetworking;
import dev.aksnet.generate.ArmClusterShape;
import dev.aksnet.generate.AzureRoles;
import dev.aksnet.generate.DerivedNames;
import dev.aksnet.generate.GeneratedHeader;
import dev.aksnet.generate.InfrastructurePlan;
import dev.aksnet.generate.InfrastructurePlan.PlannedCluster;
import dev.aksnet.generate.InfrastructurePlan.PlannedNetwork;
import dev.aksnet.generate.InfrastructurePlan.PlannedPool;
import dev.aksnet.generate.InfrastructurePlan.PlannedSubnet;
import dev.aksnet.generate.InfrastructurePlan.SubnetEgress;
import dev.aksnet.generate.SymbolNames;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Delegation;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.NodeCount;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OsType;
import dev.aksnet.model.PodIpAllocation;
import dev.aksnet.model.PoolMode;
import dev.aksnet.render.TerraformStrings;
import dev.aksnet.terraform.TerraformView.Attribute;
import dev.aksnet.terraform.TerraformView.Output;
import dev.aksnet.terraform.TerraformView.Resource;
import dev.aksnet.terraform.TerraformView.Variable;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.aksnet.render.TerraformStrings.quote;

/** Decides every resource, name and value of the Terraform output (azurerm 4.x, azapi where azurerm falls short). */
final class TerraformViewBuilder {
    private static final String DEFAULT_WINDOWS_USERNAME = "azureuser";

    private final InfrastructurePlan plan;
    private final Deployment d;
    /** Local names are unique per resource type; one allocator per type. */
    private final Map<String, SymbolNames> names = new HashMap<>();
    private final Map<PlannedSubnet, String> subnetIds = new HashMap<>();
    /** Per created subnet: the references clusters on it must wait for (associations of route tables, NAT gateways). */
    private final Map<PlannedSubnet, List<String>> subnetReadiness = new HashMap<>();
    private final Map<PlannedSubnet, String> routeTableIds = new HashMap<>();
    private String rgName;
    private String rgId;
    private String location;

    TerraformViewBuilder(InfrastructurePlan plan) {
        this.plan = plan;
        this.d = plan.deployment();
    }

    TerraformView build(String specFileName) {
        // In print order: foundation (group, networks), subnets, data sources, attachments, access, clusters, pools.
        List<Resource> resources = new ArrayList<>();
        List<Resource> access = new ArrayList<>();
        String rgLocal = local("azurerm_resource_group", "main");
        rgName = "azurerm_resource_group." + rgLocal + ".name";
        rgId = "azurerm_resource_group." + rgLocal + ".id";
        location = "azurerm_resource_group." + rgLocal + ".location";
        resources.add(new Resource("azurerm_resource_group", rgLocal, List.of(
                attr("name", quote(d.resourceGroup())),
                attr("location", quote(d.location())),
                attr("tags", "local.tags"))));

        List<TerraformView.Subnet> subnets = new ArrayList<>();
        List<Resource> dataSources = new ArrayList<>();
        List<Resource> attachments = new ArrayList<>();
        for (PlannedNetwork n : plan.networks()) {
            if (n.created()) {
                String vnetLocal = local("azurerm_virtual_network", n.vnet().name());
                resources.add(new Resource("azurerm_virtual_network", vnetLocal, List.of(
                        attr("name", quote(n.vnet().name())),
                        attr("location", location),
                        attr("resource_group_name", rgName),
                        attr("address_space", list(n.vnet().addressSpace())),
                        attr("tags", "local.tags"))));
                for (var s : n.vnet().subnets()) {
                    PlannedSubnet ps = new PlannedSubnet(n, s);
                    String subnetLocal = local("azurerm_subnet", n.vnet().name(), s.name());
                    subnetIds.put(ps, "azurerm_subnet." + subnetLocal + ".id");
                    Delegation delegation = plan.delegationOf(ps).orElse(null);
                    boolean delegated = delegation != null;
                    List<Attribute> subnetAttributes = new ArrayList<>(List.of(
                            attr("name", quote(s.name())),
                            attr("resource_group_name", rgName),
                            attr("virtual_network_name", "azurerm_virtual_network." + vnetLocal + ".name"),
                            attr("address_prefixes", list(List.of(s.cidr())))));
                    if (!s.serviceEndpoints().isEmpty()) {
                        subnetAttributes.add(attr("service_endpoints",
                                strings(s.serviceEndpoints())));
                    }
                    subnets.add(new TerraformView.Subnet(subnetLocal, subnetAttributes,
                            delegated,
                            delegated ? quote(delegation.specName()) : null,
                            delegated ? quote(delegation.serviceName()) : null,
                            delegated ? "[" + quote("Microsoft.Network/virtualNetworks/subnets/join/action") + "]" : null));
                    plan.egressOf(ps).ifPresent(e -> attachments.addAll(egress(ps, e)));
                }
            } else {
                for (PlannedSubnet s : plan.usedSubnets(n)) {
                    String dataLocal = local("data.azurerm_subnet", n.vnet().name(), s.subnet().name());
                    subnetIds.put(s, "data.azurerm_subnet." + dataLocal + ".id");
                    dataSources.add(new Resource("azurerm_subnet", dataLocal, List.of(
                            attr("name", quote(s.subnet().name())),
                            attr("virtual_network_name", quote(n.vnet().name())),
                            attr("resource_group_name", quote(n.resourceGroup())))));
                }
            }
        }

        plan.sharedRouteTables().forEach((subnet, owner) -> {
            String assocLocal = local("azurerm_subnet_route_table_association", subnet.network().vnet().name(), subnet.subnet().name());
            attachments.add(new Resource("azurerm_subnet_route_table_association", assocLocal, List.of(
                    attr("subnet_id", subnetIds.get(subnet)),
                    attr("route_table_id", routeTableIds.get(owner)))));
            subnetReadiness.computeIfAbsent(subnet, k -> new ArrayList<>()).add("azurerm_subnet_route_table_association." + assocLocal);
        });

        List<TerraformView.Cluster> clusters = new ArrayList<>();
        List<TerraformView.AzapiCluster> azapiClusters = new ArrayList<>();
        List<Resource> pools = new ArrayList<>();
        List<Resource> ingress = new ArrayList<>();
        List<Output> outputs = new ArrayList<>();
        for (PlannedCluster pc : plan.clusters()) {
            Cluster c = pc.cluster();
            boolean viaAzapi = needsAzapi(c);
            String clusterLocal = local(viaAzapi ? "azapi_resource" : "azurerm_kubernetes_cluster", c.name());
            String clusterRef = (viaAzapi ? "azapi_resource." : "azurerm_kubernetes_cluster.") + clusterLocal;
            List<String> dependsOn = new ArrayList<>();
            List<Attribute> identity;
            String principalId;
            if (pc.userAssignedIdentity()) {
                String idLocal = local("azurerm_user_assigned_identity", c.name());
                access.add(new Resource("azurerm_user_assigned_identity", idLocal, List.of(
                        attr("name", quote(DerivedNames.identity(c.name()))),
                        attr("location", location),
                        attr("resource_group_name", rgName),
                        attr("tags", "local.tags"))));
                principalId = "azurerm_user_assigned_identity." + idLocal + ".principal_id";
                identity = List.of(attr("type", quote("UserAssigned")), attr("identity_ids", "[azurerm_user_assigned_identity." + idLocal + ".id]"));
                for (PlannedSubnet s : pc.subnetsToJoin()) {
                    dependsOn.add(roleAssignment(access, c, s.subnet().name(), subnetIds.get(s), principalId));
                    dependsOn.addAll(subnetReadiness.getOrDefault(s, List.of()));
                }
                for (PlannedSubnet s : pc.routeTablesToWrite()) {
                    dependsOn.add(roleAssignment(access, c, "rt-" + s.subnet().name(), routeTableIds.get(s), principalId));
                }
                if (c.customPrivateDnsZone()) {
                    dependsOn.add(roleAssignment(access, c, "private-dns-zone", quote(c.privateDnsZone()), principalId,
                            AzureRoles.PRIVATE_DNS_ZONE_CONTRIBUTOR_NAME));
                }
            } else {
                principalId = clusterRef + ".identity[0].principal_id";
                identity = List.of(attr("type", quote("SystemAssigned")));
            }
            String addonIdentity;
            List<Attribute> clusterAttributes = new ArrayList<>(List.of(
                    attr("name", quote(c.name())),
                    attr("location", location),
                    attr("resource_group_name", rgName),
                    attr("dns_prefix", quote(c.effectiveDnsPrefix()))));
            if (c.kubernetesVersion() != null) {
                clusterAttributes.add(attr("kubernetes_version", quote(c.kubernetesVersion())));
            }
            if (c.privateCluster()) {
                clusterAttributes.add(attr("private_cluster_enabled", "true"));
                String zone = c.effectivePrivateDnsZone();
                clusterAttributes.add(attr("private_dns_zone_id", quote(zone.equals(Cluster.PRIVATE_DNS_ZONE_SYSTEM) ? "System"
                        : zone.equals(Cluster.PRIVATE_DNS_ZONE_NONE) ? "None" : zone)));
            }
            clusterAttributes.add(attr("tags", "local.tags"));

            if (viaAzapi) {
                azapiClusters.add(azapiCluster(pc, clusterLocal, identity, dependsOn));
                addonIdentity = clusterRef + ".output.properties.addonProfiles." + ArmClusterShape.INGRESS_ADDON + ".identity.objectId";
                outputs.add(output(c.name() + "_id", "Resource id of AKS cluster " + c.name() + ".", clusterRef + ".id"));
                outputs.add(output(c.name() + "_node_resource_group", "Resource group AKS manages for the nodes of " + c.name() + ".",
                        clusterRef + ".output.properties.nodeResourceGroup"));
            } else {
                clusters.add(new TerraformView.Cluster(clusterLocal, comments(c), clusterAttributes, pool(pc.systemPool(), c, null),
                        surge(), identity, networkProfile(c.network()), c.hasWindowsPools(), ingressApplicationGateway(pc), dependsOn));
                addonIdentity = clusterRef + ".ingress_application_gateway[0].ingress_application_gateway_identity[0].object_id";
                for (PlannedPool p : pc.otherPools()) {
                    String poolLocal = local("azurerm_kubernetes_cluster_node_pool", c.name(), p.pool().name());
                    pools.add(new Resource("azurerm_kubernetes_cluster_node_pool", poolLocal, pool(p, c, clusterRef + ".id"), surge()));
                }
                outputs.add(output(c.name() + "_id", "Resource id of AKS cluster " + c.name() + ".", clusterRef + ".id"));
                outputs.add(output(c.name() + "_node_resource_group", "Resource group AKS manages for the nodes of " + c.name() + ".",
                        clusterRef + ".node_resource_group"));
            }
            outputs.add(output(c.name() + "_identity_principal_id", "Principal id of the control-plane identity of " + c.name() + ".",
                    viaAzapi && !pc.userAssignedIdentity() ? clusterRef + ".identity[0].principal_id" : principalId));
            if (pc.trafficController()) {
                trafficController(pc, ingress, outputs);
            }
            if (pc.ingressControllerAddon()) {
                outputs.add(output(c.name() + "_ingress_identity_object_id", "Object id of the identity AKS creates for the "
                        + "application gateway ingress controller of " + c.name() + ".", addonIdentity));
            }
            // The add-on's own identity (AKS creates it) updates the gateway, and so joins its subnet.
            pc.addonGatewaySubnet().ifPresent(s -> roleAssignment(ingress, c, "agic-" + s.subnet().name(), subnetIds.get(s), addonIdentity));
        }

        List<TerraformView.Provider> providers = new ArrayList<>();
        providers.add(new TerraformView.Provider("azurerm", quote(TerraformProviders.AZURERM_SOURCE), quote(TerraformProviders.AZURERM_VERSION)));
        if (!azapiClusters.isEmpty()) {
            providers.add(new TerraformView.Provider("azapi", quote(TerraformProviders.AZAPI_SOURCE), quote(TerraformProviders.AZAPI_VERSION)));
        }
        return new TerraformView("# " + GeneratedHeader.text(specFileName), quote(TerraformProviders.REQUIRED_TERRAFORM), providers,
                variables(), tags(), resources, subnets, dataSources, attachments, access, clusters, azapiClusters, pools, ingress, outputs);
    }

    /** Application Gateway for Containers, bring-your-own: the traffic controller, its frontend and its subnet association. */
    private void trafficController(PlannedCluster pc, List<Resource> out, List<Output> outputs) {
        Cluster c = pc.cluster();
        String albLocal = local("azurerm_application_load_balancer", c.name());
        String alb = "azurerm_application_load_balancer." + albLocal;
        out.add(new Resource("azurerm_application_load_balancer", albLocal, List.of(
                attr("name", quote(DerivedNames.trafficController(c.name()))),
                attr("location", location),
                attr("resource_group_name", rgName),
                attr("tags", "local.tags"))));
        String frontendLocal = local("azurerm_application_load_balancer_frontend", c.name());
        out.add(new Resource("azurerm_application_load_balancer_frontend", frontendLocal, List.of(
                attr("name", quote(DerivedNames.TRAFFIC_CONTROLLER_FRONTEND)),
                attr("application_load_balancer_id", alb + ".id"),
                attr("tags", "local.tags"))));
        String associationLocal = local("azurerm_application_load_balancer_subnet_association", c.name());
        out.add(new Resource("azurerm_application_load_balancer_subnet_association", associationLocal, List.of(
                attr("name", quote(DerivedNames.TRAFFIC_CONTROLLER_ASSOCIATION)),
                attr("application_load_balancer_id", alb + ".id"),
                attr("subnet_id", subnetIds.get(pc.ingressSubnet().orElseThrow())),
                attr("tags", "local.tags"))));
        outputs.add(output(c.name() + "_alb_id", "Resource id of the Application Gateway for Containers of " + c.name()
                + " (the ALB controller's alb-id).", alb + ".id"));
        outputs.add(output(c.name() + "_alb_frontend", "Frontend of the Application Gateway for Containers of " + c.name()
                + " (a Gateway's alb.networking.azure.io/alb-frontend).", "azurerm_application_load_balancer_frontend." + frontendLocal + ".name"));
    }

    /** The ingress_application_gateway block: empty for a cluster without the add-on. */
    private List<Attribute> ingressApplicationGateway(PlannedCluster pc) {
        if (!pc.ingressControllerAddon()) {
            return List.of();
        }
        var i = pc.cluster().ingress();
        if (pc.ingressSubnet().isPresent()) {
            return List.of(attr("subnet_id", subnetIds.get(pc.ingressSubnet().get())));
        }
        return List.of(i.subnetCidr() != null ? attr("subnet_cidr", quote(i.subnetCidr().toCanonicalString()))
                : attr("gateway_id", quote(i.gatewayId())));
    }

    /** azurerm cannot set a pool's pod IP allocation mode; static blocks must be set when a pool is created. */
    private static boolean needsAzapi(Cluster c) {
        return c.network().effectivePodIpAllocation() == PodIpAllocation.STATIC_BLOCK;
    }

    private static List<String> comments(Cluster c) {
        if (c.network().effectivePodIpAllocation() == PodIpAllocation.DYNAMIC) {
            return List.of("# Pod IPs: dynamic allocation (DynamicIndividual), AKS's default for pools with a pod subnet;",
                    "# azurerm has no argument for the mode, so it is not set here.");
        }
        return List.of();
    }

    /** Route table (with its default route) and NAT gateway of a created subnet, and their associations. */
    private List<Resource> egress(PlannedSubnet s, SubnetEgress e) {
        List<Resource> out = new ArrayList<>();
        List<String> ready = new ArrayList<>();
        String subnetId = subnetIds.get(s);
        if (e.routeTable()) {
            String rtLocal = local("azurerm_route_table", s.network().vnet().name(), s.subnet().name());
            String rt = "azurerm_route_table." + rtLocal;
            routeTableIds.put(s, rt + ".id");
            // No inline routes: kubenet's routes are AKS's, and an inline list would make Terraform remove them.
            out.add(new Resource("azurerm_route_table", rtLocal, List.of(
                    attr("name", quote(DerivedNames.routeTable(s))),
                    attr("location", location),
                    attr("resource_group_name", rgName),
                    attr("tags", "local.tags"))));
            e.defaultRouteNextHop().ifPresent(hop -> {
                String routeLocal = local("azurerm_route", s.network().vnet().name(), s.subnet().name(), "default");
                out.add(new Resource("azurerm_route", routeLocal, List.of(
                        attr("name", quote(DerivedNames.DEFAULT_ROUTE)),
                        attr("resource_group_name", rgName),
                        attr("route_table_name", rt + ".name"),
                        attr("address_prefix", quote(DerivedNames.DEFAULT_ROUTE_PREFIX)),
                        attr("next_hop_type", quote("VirtualAppliance")),
                        attr("next_hop_in_ip_address", quote(hop.toCanonicalString())))));
                ready.add("azurerm_route." + routeLocal);
            });
            String assocLocal = local("azurerm_subnet_route_table_association", s.network().vnet().name(), s.subnet().name());
            out.add(new Resource("azurerm_subnet_route_table_association", assocLocal, List.of(
                    attr("subnet_id", subnetId),
                    attr("route_table_id", rt + ".id"))));
            ready.add("azurerm_subnet_route_table_association." + assocLocal);
        }
        if (e.natGateway()) {
            String pipLocal = local("azurerm_public_ip", s.network().vnet().name(), s.subnet().name(), "nat");
            String ngLocal = local("azurerm_nat_gateway", s.network().vnet().name(), s.subnet().name());
            out.add(new Resource("azurerm_public_ip", pipLocal, List.of(
                    attr("name", quote(DerivedNames.natPublicIp(s))),
                    attr("location", location),
                    attr("resource_group_name", rgName),
                    attr("allocation_method", quote("Static")),
                    attr("sku", quote("Standard")),
                    attr("tags", "local.tags"))));
            out.add(new Resource("azurerm_nat_gateway", ngLocal, List.of(
                    attr("name", quote(DerivedNames.natGateway(s))),
                    attr("location", location),
                    attr("resource_group_name", rgName),
                    attr("sku_name", quote("Standard")),
                    attr("tags", "local.tags"))));
            String ipAssocLocal = local("azurerm_nat_gateway_public_ip_association", s.network().vnet().name(), s.subnet().name());
            out.add(new Resource("azurerm_nat_gateway_public_ip_association", ipAssocLocal, List.of(
                    attr("nat_gateway_id", "azurerm_nat_gateway." + ngLocal + ".id"),
                    attr("public_ip_address_id", "azurerm_public_ip." + pipLocal + ".id"))));
            String assocLocal = local("azurerm_subnet_nat_gateway_association", s.network().vnet().name(), s.subnet().name());
            out.add(new Resource("azurerm_subnet_nat_gateway_association", assocLocal, List.of(
                    attr("subnet_id", subnetId),
                    attr("nat_gateway_id", "azurerm_nat_gateway." + ngLocal + ".id"))));
            ready.add("azurerm_nat_gateway_public_ip_association." + ipAssocLocal);
            ready.add("azurerm_subnet_nat_gateway_association." + assocLocal);
        }
        subnetReadiness.put(s, ready);
        return out;
    }

    /** Network Contributor for the cluster identity on one scope; returns the reference to wait for. */
    private String roleAssignment(List<Resource> resources, Cluster c, String scopeName, String scopeId, String principalId) {
        return roleAssignment(resources, c, scopeName, scopeId, principalId, AzureRoles.NETWORK_CONTRIBUTOR_NAME);
    }

    /** A role for the cluster identity on one scope; returns the reference to wait for. */
    private String roleAssignment(List<Resource> resources, Cluster c, String scopeName, String scopeId, String principalId, String role) {
        String raLocal = local("azurerm_role_assignment", c.name(), scopeName, role.equals(AzureRoles.NETWORK_CONTRIBUTOR_NAME)
                ? "network_contributor" : "contributor");
        resources.add(new Resource("azurerm_role_assignment", raLocal, List.of(
                attr("scope", scopeId),
                attr("role_definition_name", quote(role)),
                attr("principal_id", principalId),
                attr("principal_type", quote("ServicePrincipal")),
                // A new identity may not have replicated to Entra ID yet; skip the lookup that would fail.
                attr("skip_service_principal_aad_check", "true"))));
        return "azurerm_role_assignment." + raLocal;
    }

    private TerraformView.AzapiCluster azapiCluster(PlannedCluster pc, String local, List<Attribute> identity, List<String> dependsOn) {
        Cluster c = pc.cluster();
        ArmClusterShape.Literals literals = new ArmClusterShape.Literals() {
            @Override
            public String text(String value) {
                return quote(value);
            }

            @Override
            public String subnetId(PlannedSubnet subnet) {
                return subnetIds.get(subnet);
            }

            @Override
            public String tags() {
                return "local.tags";
            }

            @Override
            public String autoscaledCount(NodePool pool, int min) {
                // The minimum at creation; afterwards lifecycle.ignore_changes keeps the count azapi reads back.
                return Integer.toString(min);
            }
        };
        // azapi refreshes the body from Azure; ignoring the autoscaled counts sends back what the autoscaler chose, as
        // azurerm does for node_count.
        List<String> ignoreChanges = new ArrayList<>();
        List<PlannedPool> all = pc.allPools();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).pool().count() instanceof NodeCount.Autoscale) {
                ignoreChanges.add("body.properties.agentPoolProfiles[" + i + "].count");
            }
        }
        List<ArmClusterShape.Property> properties = new ArrayList<>();
        properties.add(new ArmClusterShape.Property("dnsPrefix", quote(c.effectiveDnsPrefix())));
        if (c.kubernetesVersion() != null) {
            properties.add(new ArmClusterShape.Property("kubernetesVersion", quote(c.kubernetesVersion())));
        }
        List<String> exports = new ArrayList<>(List.of("properties.nodeResourceGroup"));
        if (pc.ingressControllerAddon()) {
            // The add-on's identity, which AKS creates: an output, and granted a role on the gateway's subnet.
            exports.add("properties.addonProfiles." + ArmClusterShape.INGRESS_ADDON + ".identity.objectId");
        }
        List<Attribute> attributes = List.of(
                attr("type", quote(TerraformProviders.AZAPI_MANAGED_CLUSTER_TYPE)),
                attr("name", quote(c.name())),
                attr("parent_id", rgId),
                attr("location", location),
                attr("tags", "local.tags"));
        return new TerraformView.AzapiCluster(local, List.of(
                "# Through azapi: azurerm cannot set podIPAllocationMode, and static block allocation is fixed when a pool is created."),
                attributes, identity, properties, ArmClusterShape.agentPools(pc, literals), ArmClusterShape.networkProfile(c.network(), literals),
                ArmClusterShape.apiServerAccess(c, literals), ArmClusterShape.ingressControllerConfig(pc, literals), ArmClusterShape.INGRESS_ADDON,
                c.hasWindowsPools(), strings(exports), ignoreChanges, dependsOn);
    }

    private List<Variable> variables() {
        List<Variable> variables = new ArrayList<>();
        variables.add(new Variable("subscription_id", List.of(
                attr("description", quote("Subscription to deploy into; null takes ARM_SUBSCRIPTION_ID from the environment.")),
                attr("type", "string"),
                attr("default", "null"))));
        if (plan.hasWindowsPools()) {
            variables.add(new Variable("windows_admin_username", List.of(
                    attr("description", quote("Administrator user name of the Windows nodes.")),
                    attr("type", "string"),
                    attr("default", quote(DEFAULT_WINDOWS_USERNAME)))));
            variables.add(new Variable("windows_admin_password", List.of(
                    attr("description", quote("Administrator password of the Windows nodes (14 to 123 characters, complex). Never commit it.")),
                    attr("type", "string"),
                    attr("sensitive", "true"))));
        }
        return variables;
    }

    private List<Attribute> tags() {
        // Sorted by name: the order of a map is not meaningful, and sorting keeps diffs stable.
        return d.tags().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> attr(TerraformStrings.key(e.getKey()), quote(e.getValue())))
                .toList();
    }

    /** A pool's attributes: the default pool block when {@code clusterId} is null, else a node pool resource. */
    private List<Attribute> pool(PlannedPool planned, Cluster c, String clusterId) {
        NodePool p = planned.pool();
        List<Attribute> a = new ArrayList<>();
        a.add(attr("name", quote(p.name())));
        if (clusterId != null) {
            a.add(attr("kubernetes_cluster_id", clusterId));
            a.add(attr("mode", quote(p.mode() == PoolMode.SYSTEM ? "System" : "User")));
            a.add(attr("os_type", quote(p.os() == OsType.WINDOWS ? "Windows" : "Linux")));
        }
        a.add(attr("vm_size", quote(p.vmSize())));
        if (p.count() instanceof NodeCount.Autoscale auto) {
            a.add(attr("auto_scaling_enabled", "true"));
            a.add(attr("min_count", Integer.toString(auto.min())));
            a.add(attr("max_count", Integer.toString(auto.max())));
        } else {
            a.add(attr("node_count", Integer.toString(p.count().max())));
        }
        a.add(attr("max_pods", Integer.toString(p.effectiveMaxPods(c.network().plugin()))));
        planned.subnet().ifPresent(s -> a.add(attr("vnet_subnet_id", subnetIds.get(s))));
        planned.podSubnet().ifPresent(s -> a.add(attr("pod_subnet_id", subnetIds.get(s))));
        if (clusterId == null) {
            // Changing a property AKS cannot change in place (vm size, subnet, …) rotates the default pool through a
            // temporary one instead of failing the apply.
            a.add(attr("temporary_name_for_rotation", quote(DerivedNames.rotationPool(p.name(),
                    c.nodePools().stream().map(NodePool::name).toList()))));
        }
        a.add(attr("tags", "local.tags"));
        return a;
    }

    private static String surge() {
        return quote(NodePool.SURGE_PERCENT + "%");
    }

    private static List<Attribute> networkProfile(Network n) {
        List<Attribute> a = new ArrayList<>();
        a.add(attr("network_plugin", quote(AksNetworking.networkPlugin(n.plugin()))));
        AksNetworking.networkPluginMode(n.plugin()).ifPresent(mode -> a.add(attr("network_plugin_mode", quote(mode))));
        // azurerm has no "none": leaving network_policy out is how it says no policy engine.
        if (n.effectivePolicy() != NetworkPolicy.NONE) {
            a.add(attr("network_policy", quote(n.effectivePolicy().specName())));
        }
        if (n.plugin() != NetworkPlugin.KUBENET) {
            a.add(attr("network_data_plane", quote(n.effectiveDataplane().specName())));
        }
        if (n.effectivePodCidr() != null) {
            a.add(attr("pod_cidr", quote(n.effectivePodCidr().toCanonicalString())));
        }
        a.add(attr("service_cidr", quote(n.effectiveServiceCidr().toCanonicalString())));
        a.add(attr("dns_service_ip", quote(n.effectiveDnsServiceIp().toCanonicalString())));
        a.add(attr("outbound_type", quote(AksNetworking.outboundType(n.effectiveOutbound()))));
        a.add(attr("load_balancer_sku", quote(AksNetworking.LOAD_BALANCER_SKU)));
        return a;
    }

    private String local(String type, String... parts) {
        return names.computeIfAbsent(type, t -> new SymbolNames(SymbolNames.Style.SNAKE, Set.of())).allocate(parts);
    }

    private static Output output(String name, String description, String value) {
        return new Output(name.replaceAll("[^A-Za-z0-9_]", "_"), List.of(attr("description", quote(description)), attr("value", value)));
    }

    private static String list(List<IPAddress> cidrs) {
        return strings(cidrs.stream().map(IPAddress::toCanonicalString).toList());
    }

    /** An HCL list of string literals. */
    private static String strings(List<String> values) {
        return values.stream().map(TerraformStrings::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Attribute attr(String key, String value) {
        return new Attribute(key, value);
    }
}
