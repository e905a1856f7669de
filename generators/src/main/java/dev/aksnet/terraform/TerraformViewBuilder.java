package dev.aksnet.terraform;

import dev.aksnet.generate.AzureRoles;
import dev.aksnet.generate.GeneratedHeader;
import dev.aksnet.generate.InfrastructurePlan;
import dev.aksnet.generate.InfrastructurePlan.PlannedCluster;
import dev.aksnet.generate.InfrastructurePlan.PlannedNetwork;
import dev.aksnet.generate.InfrastructurePlan.PlannedPool;
import dev.aksnet.generate.InfrastructurePlan.PlannedSubnet;
import dev.aksnet.generate.SymbolNames;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NetworkPolicy;
import dev.aksnet.model.NodeCount;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OsType;
import dev.aksnet.model.PoolMode;
import dev.aksnet.model.Subnet;
import dev.aksnet.render.TerraformStrings;
import dev.aksnet.terraform.TerraformView.Attribute;
import dev.aksnet.terraform.TerraformView.Output;
import dev.aksnet.terraform.TerraformView.Pool;
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

/** Decides every resource, name and value of the Terraform output (azurerm 4.x) from an infrastructure plan. */
final class TerraformViewBuilder {
    private static final String WINDOWS_USERNAME_VAR = "windows_admin_username";
    private static final String WINDOWS_PASSWORD_VAR = "windows_admin_password";
    private static final String DEFAULT_WINDOWS_USERNAME = "azureuser";

    private final InfrastructurePlan plan;
    private final Deployment d;
    /** Local names are unique per resource type; one allocator per type. */
    private final Map<String, SymbolNames> names = new HashMap<>();
    private final Map<PlannedSubnet, String> subnetIds = new HashMap<>();

    TerraformViewBuilder(InfrastructurePlan plan) {
        this.plan = plan;
        this.d = plan.deployment();
    }

    TerraformView build(String specFileName) {
        String rgLocal = local("azurerm_resource_group", "main");
        String rgName = "azurerm_resource_group." + rgLocal + ".name";
        String location = "azurerm_resource_group." + rgLocal + ".location";
        Resource resourceGroup = new Resource(rgLocal, List.of(
                attr("name", quote(d.resourceGroup())),
                attr("location", quote(d.location())),
                attr("tags", "local.tags")));

        List<Resource> vnets = new ArrayList<>();
        List<TerraformView.Subnet> subnets = new ArrayList<>();
        List<Resource> existingSubnets = new ArrayList<>();
        for (PlannedNetwork n : plan.networks()) {
            if (n.created()) {
                String vnetLocal = local("azurerm_virtual_network", n.vnet().name());
                vnets.add(new Resource(vnetLocal, List.of(
                        attr("name", quote(n.vnet().name())),
                        attr("location", location),
                        attr("resource_group_name", rgName),
                        attr("address_space", list(n.vnet().addressSpace())),
                        attr("tags", "local.tags"))));
                for (Subnet s : n.vnet().subnets()) {
                    String subnetLocal = local("azurerm_subnet", n.vnet().name(), s.name());
                    subnetIds.put(new PlannedSubnet(n, s), "azurerm_subnet." + subnetLocal + ".id");
                    boolean delegated = s.delegation() != null;
                    subnets.add(new TerraformView.Subnet(subnetLocal, List.of(
                            attr("name", quote(s.name())),
                            attr("resource_group_name", rgName),
                            attr("virtual_network_name", "azurerm_virtual_network." + vnetLocal + ".name"),
                            attr("address_prefixes", list(List.of(s.cidr())))),
                            delegated,
                            delegated ? quote(s.delegation().specName()) : null,
                            delegated ? quote(s.delegation().serviceName()) : null,
                            delegated ? "[" + quote("Microsoft.Network/virtualNetworks/subnets/join/action") + "]" : null));
                }
            } else {
                for (Subnet s : usedSubnets(n)) {
                    String dataLocal = local("data.azurerm_subnet", n.vnet().name(), s.name());
                    subnetIds.put(new PlannedSubnet(n, s), "data.azurerm_subnet." + dataLocal + ".id");
                    existingSubnets.add(new Resource(dataLocal, List.of(
                            attr("name", quote(s.name())),
                            attr("virtual_network_name", quote(n.vnet().name())),
                            attr("resource_group_name", quote(n.resourceGroup())))));
                }
            }
        }

        List<Resource> identities = new ArrayList<>();
        List<Resource> roleAssignments = new ArrayList<>();
        List<TerraformView.Cluster> clusters = new ArrayList<>();
        List<Pool> pools = new ArrayList<>();
        List<Output> outputs = new ArrayList<>();
        for (PlannedCluster pc : plan.clusters()) {
            Cluster c = pc.cluster();
            String clusterLocal = local("azurerm_kubernetes_cluster", c.name());
            String principalId;
            List<Attribute> identity;
            List<String> dependsOn = new ArrayList<>();
            if (pc.userAssignedIdentity()) {
                String idLocal = local("azurerm_user_assigned_identity", c.name());
                identities.add(new Resource(idLocal, List.of(
                        attr("name", quote("id-" + c.name())),
                        attr("location", location),
                        attr("resource_group_name", rgName),
                        attr("tags", "local.tags"))));
                principalId = "azurerm_user_assigned_identity." + idLocal + ".principal_id";
                identity = List.of(attr("type", quote("UserAssigned")),
                        attr("identity_ids", "[azurerm_user_assigned_identity." + idLocal + ".id]"));
                for (PlannedSubnet s : pc.subnetsToJoin()) {
                    String raLocal = local("azurerm_role_assignment", c.name(), s.subnet().name(), "network_contributor");
                    roleAssignments.add(new Resource(raLocal, List.of(
                            attr("scope", subnetIds.get(s)),
                            attr("role_definition_name", quote(AzureRoles.NETWORK_CONTRIBUTOR_NAME)),
                            attr("principal_id", principalId),
                            attr("principal_type", quote("ServicePrincipal")),
                            // A new identity may not have replicated to Entra ID yet; skip the lookup that would fail.
                            attr("skip_service_principal_aad_check", "true"))));
                    dependsOn.add("azurerm_role_assignment." + raLocal);
                }
            } else {
                principalId = "azurerm_kubernetes_cluster." + clusterLocal + ".identity[0].principal_id";
                identity = List.of(attr("type", quote("SystemAssigned")));
            }

            List<Attribute> clusterAttributes = new ArrayList<>(List.of(
                    attr("name", quote(c.name())),
                    attr("location", location),
                    attr("resource_group_name", rgName),
                    attr("dns_prefix", quote(c.effectiveDnsPrefix()))));
            if (c.kubernetesVersion() != null) {
                clusterAttributes.add(attr("kubernetes_version", quote(c.kubernetesVersion())));
            }
            clusterAttributes.add(attr("tags", "local.tags"));

            Pool defaultPool = pool(null, pc.systemPool(), c, true);
            clusters.add(new TerraformView.Cluster(clusterLocal, clusterAttributes, defaultPool, identity,
                    networkProfile(c.network()), c.hasWindowsPools(), dependsOn));
            for (PlannedPool p : pc.otherPools()) {
                String poolLocal = local("azurerm_kubernetes_cluster_node_pool", c.name(), p.pool().name());
                pools.add(pool(poolLocal, p, c, false, "azurerm_kubernetes_cluster." + clusterLocal + ".id"));
            }
            String clusterRef = "azurerm_kubernetes_cluster." + clusterLocal;
            outputs.add(output(c.name() + "_id", "Resource id of AKS cluster " + c.name() + ".", clusterRef + ".id"));
            outputs.add(output(c.name() + "_node_resource_group", "Resource group AKS manages for the nodes of " + c.name() + ".",
                    clusterRef + ".node_resource_group"));
            outputs.add(output(c.name() + "_identity_principal_id", "Principal id of the control-plane identity of " + c.name() + ".",
                    principalId));
        }

        return new TerraformView("# " + GeneratedHeader.text(specFileName),
                quote(TerraformProviders.REQUIRED_TERRAFORM), quote(TerraformProviders.AZURERM_SOURCE),
                quote(TerraformProviders.AZURERM_VERSION), variables(), tags(), resourceGroup, vnets, subnets, existingSubnets,
                identities, roleAssignments, clusters, pools, outputs);
    }

    private List<Variable> variables() {
        List<Variable> variables = new ArrayList<>();
        variables.add(new Variable("subscription_id", List.of(
                attr("description", quote("Subscription to deploy into; null takes ARM_SUBSCRIPTION_ID from the environment.")),
                attr("type", "string"),
                attr("default", "null"))));
        if (plan.hasWindowsPools()) {
            variables.add(new Variable(WINDOWS_USERNAME_VAR, List.of(
                    attr("description", quote("Administrator user name of the Windows nodes.")),
                    attr("type", "string"),
                    attr("default", quote(DEFAULT_WINDOWS_USERNAME)))));
            variables.add(new Variable(WINDOWS_PASSWORD_VAR, List.of(
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

    private Pool pool(String local, PlannedPool planned, Cluster c, boolean isDefault) {
        return pool(local, planned, c, isDefault, null);
    }

    private Pool pool(String local, PlannedPool planned, Cluster c, boolean isDefault, String clusterId) {
        NodePool p = planned.pool();
        List<Attribute> a = new ArrayList<>();
        a.add(attr("name", quote(p.name())));
        if (!isDefault) {
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
        if (!isDefault) {
            a.add(attr("tags", "local.tags"));
        }
        return new Pool(local, a, quote(NodePool.SURGE_PERCENT + "%"));
    }

    private static List<Attribute> networkProfile(Network n) {
        List<Attribute> a = new ArrayList<>();
        a.add(attr("network_plugin", quote(TerraformNetworking.plugin(n.plugin()))));
        TerraformNetworking.pluginMode(n.plugin()).ifPresent(mode -> a.add(attr("network_plugin_mode", quote(mode))));
        // azurerm has no "none": leaving network_policy out is how it says no policy engine.
        if (n.effectivePolicy() != NetworkPolicy.NONE) {
            a.add(attr("network_policy", quote(n.effectivePolicy().specName())));
        }
        a.add(attr("network_data_plane", quote(n.effectiveDataplane().specName())));
        if (n.effectivePodCidr() != null) {
            a.add(attr("pod_cidr", quote(n.effectivePodCidr().toCanonicalString())));
        }
        a.add(attr("service_cidr", quote(n.effectiveServiceCidr().toCanonicalString())));
        a.add(attr("dns_service_ip", quote(n.effectiveDnsServiceIp().toCanonicalString())));
        a.add(attr("outbound_type", quote(TerraformNetworking.outbound(n.effectiveOutbound()))));
        a.add(attr("load_balancer_sku", quote("standard")));
        return a;
    }

    private List<Subnet> usedSubnets(PlannedNetwork n) {
        Set<Subnet> used = plan.clusters().stream()
                .flatMap(c -> c.subnetsToJoin().stream())
                .filter(s -> s.network().equals(n))
                .map(PlannedSubnet::subnet)
                .collect(Collectors.toSet());
        return n.vnet().subnets().stream().filter(used::contains).toList();
    }

    private String local(String type, String... parts) {
        return names.computeIfAbsent(type, t -> new SymbolNames(SymbolNames.Style.SNAKE, Set.of())).allocate(parts);
    }

    private static Output output(String name, String description, String value) {
        return new Output(name.replaceAll("[^A-Za-z0-9_]", "_"), List.of(attr("description", quote(description)), attr("value", value)));
    }

    private static String list(List<IPAddress> cidrs) {
        return cidrs.stream().map(c -> quote(c.toCanonicalString())).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Attribute attr(String key, String value) {
        return new Attribute(key, value);
    }
}
