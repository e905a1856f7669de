package dev.aksnet.bicep;

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
import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.NodeCount;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OsType;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.PoolMode;
import dev.aksnet.model.Subnet;
import dev.aksnet.render.BicepStrings;
import dev.aksnet.bicep.BicepView.Property;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.aksnet.render.BicepStrings.quote;

/** Decides every resource, symbol and value of main.bicep from an infrastructure plan. */
final class BicepViewBuilder {
    static final String ROLE_MODULE_PATH = "modules/subnet-network-contributor.bicep";

    private final InfrastructurePlan plan;
    private final Deployment d;
    private final SymbolNames symbols = new SymbolNames(SymbolNames.Style.CAMEL,
            Set.of("location", "tags", "windowsadminusername", "windowsadminpassword"));
    private final Map<PlannedSubnet, String> subnetSymbols = new LinkedHashMap<>();

    BicepViewBuilder(InfrastructurePlan plan) {
        this.plan = plan;
        this.d = plan.deployment();
    }

    BicepView build(String specFileName) {
        List<BicepView.Network> networks = new ArrayList<>();
        List<BicepView.SubnetRef> subnetRefs = new ArrayList<>();
        for (PlannedNetwork n : plan.networks()) {
            String symbol = symbols.allocate(n.vnet().name());
            List<BicepView.Subnet> subnets = n.created() ? n.vnet().subnets().stream().map(BicepViewBuilder::subnet).toList() : List.of();
            String scope = !n.created() && n.inOtherResourceGroup(d) ? "resourceGroup(" + quote(n.resourceGroup()) + ")" : null;
            networks.add(new BicepView.Network(symbol, quote(n.vnet().name()), n.created(), scope,
                    n.vnet().addressSpace().stream().map(c -> quote(c.toCanonicalString())).toList(), subnets));
            for (Subnet s : n.vnet().subnets()) {
                PlannedSubnet ps = new PlannedSubnet(n, s);
                if (isUsed(ps)) {
                    String subnetSymbol = symbols.allocate(n.vnet().name(), s.name());
                    subnetSymbols.put(ps, subnetSymbol);
                    subnetRefs.add(new BicepView.SubnetRef(subnetSymbol, symbol, quote(s.name())));
                }
            }
        }

        List<BicepView.Identity> identities = new ArrayList<>();
        List<BicepView.RoleAssignment> roleAssignments = new ArrayList<>();
        List<BicepView.Cluster> clusters = new ArrayList<>();
        List<BicepView.Output> outputs = new ArrayList<>();
        for (PlannedCluster pc : plan.clusters()) {
            Cluster c = pc.cluster();
            String clusterSymbol = symbols.allocate(c.name(), "cluster");
            String identityRef = null;
            String principalId;
            List<String> dependsOn = new ArrayList<>();
            if (pc.userAssignedIdentity()) {
                String idSymbol = symbols.allocate(c.name(), "identity");
                identities.add(new BicepView.Identity(idSymbol, quote("id-" + c.name())));
                identityRef = idSymbol + ".id";
                principalId = idSymbol + ".properties.principalId";
                for (PlannedSubnet s : pc.subnetsToJoin()) {
                    String raSymbol = symbols.allocate(c.name(), s.subnet().name(), "network", "contributor");
                    String scope = s.network().inOtherResourceGroup(d) ? "resourceGroup(" + quote(s.network().resourceGroup()) + ")" : null;
                    roleAssignments.add(new BicepView.RoleAssignment(raSymbol,
                            quote(deploymentName(c.name(), s.network().resourceGroup(), s.network().vnet().name(), s.subnet().name())),
                            scope, quote(s.network().vnet().name()), quote(s.subnet().name()), principalId));
                    dependsOn.add(raSymbol);
                }
            } else {
                principalId = clusterSymbol + ".identity.principalId";
            }
            List<Property> properties = new ArrayList<>();
            properties.add(prop("dnsPrefix", quote(c.effectiveDnsPrefix())));
            if (c.kubernetesVersion() != null) {
                properties.add(prop("kubernetesVersion", quote(c.kubernetesVersion())));
            }
            List<BicepView.Pool> pools = pc.allPools().stream().map(p -> pool(p, c)).toList();
            clusters.add(new BicepView.Cluster(clusterSymbol, quote(c.name()), pc.userAssignedIdentity(), identityRef, properties,
                    pools, networkProfile(c.network()), c.hasWindowsPools(), dependsOn));
            outputs.add(new BicepView.Output(symbols.allocate(c.name(), "id"), "string", clusterSymbol + ".id"));
            outputs.add(new BicepView.Output(symbols.allocate(c.name(), "node", "resource", "group"), "string",
                    clusterSymbol + ".properties.nodeResourceGroup"));
            outputs.add(new BicepView.Output(symbols.allocate(c.name(), "identity", "principal", "id"), "string", principalId));
        }

        String rg = d.resourceGroup();
        String deployHint = "Deploy: az group create -n " + rg + " -l " + d.location() + " && az deployment group create -g " + rg
                + " -f main.bicep";
        BicepView.Types types = new BicepView.Types(quote(BicepApiVersions.MANAGED_CLUSTERS), quote(BicepApiVersions.VIRTUAL_NETWORKS),
                quote(BicepApiVersions.SUBNETS), quote(BicepApiVersions.USER_ASSIGNED_IDENTITIES), quote(BicepApiVersions.ROLE_ASSIGNMENTS));
        return new BicepView("// " + GeneratedHeader.text(specFileName), "// " + oneLine(deployHint), tags(), quote(d.location()),
                plan.hasWindowsPools(), networks, subnetRefs, identities, roleAssignments, clusters, outputs, types,
                new BicepView.RoleModule(quote(ROLE_MODULE_PATH), quote(AzureRoles.NETWORK_CONTRIBUTOR_ID)));
    }

    boolean needsRoleModule() {
        return plan.clusters().stream().anyMatch(PlannedCluster::userAssignedIdentity);
    }

    private boolean isUsed(PlannedSubnet s) {
        return plan.clusters().stream().anyMatch(c -> c.subnetsToJoin().contains(s));
    }

    private static BicepView.Subnet subnet(Subnet s) {
        boolean delegated = s.delegation() != null;
        return new BicepView.Subnet(quote(s.name()), quote(s.cidr().toCanonicalString()), delegated,
                delegated ? quote(s.delegation().specName()) : null, delegated ? quote(s.delegation().serviceName()) : null);
    }

    private BicepView.Pool pool(PlannedPool planned, Cluster c) {
        NodePool p = planned.pool();
        List<Property> a = new ArrayList<>();
        a.add(prop("name", quote(p.name())));
        a.add(prop("mode", quote(p.mode() == PoolMode.SYSTEM ? "System" : "User")));
        a.add(prop("osType", quote(p.os() == OsType.WINDOWS ? "Windows" : "Linux")));
        a.add(prop("type", quote("VirtualMachineScaleSets")));
        a.add(prop("vmSize", quote(p.vmSize())));
        a.add(prop("count", Integer.toString(p.count().min())));
        if (p.count() instanceof NodeCount.Autoscale auto) {
            a.add(prop("enableAutoScaling", "true"));
            a.add(prop("minCount", Integer.toString(auto.min())));
            a.add(prop("maxCount", Integer.toString(auto.max())));
        }
        a.add(prop("maxPods", Integer.toString(p.effectiveMaxPods(c.network().plugin()))));
        planned.subnet().ifPresent(s -> a.add(prop("vnetSubnetID", subnetSymbols.get(s) + ".id")));
        planned.podSubnet().ifPresent(s -> a.add(prop("podSubnetID", subnetSymbols.get(s) + ".id")));
        return new BicepView.Pool(a, quote(NodePool.SURGE_PERCENT + "%"));
    }

    private static List<Property> networkProfile(Network n) {
        List<Property> a = new ArrayList<>();
        a.add(prop("networkPlugin", quote(n.plugin() == NetworkPlugin.KUBENET ? "kubenet" : "azure")));
        if (n.plugin() == NetworkPlugin.AZURE_CNI_OVERLAY) {
            a.add(prop("networkPluginMode", quote("overlay")));
        }
        a.add(prop("networkPolicy", quote(n.effectivePolicy().specName())));
        a.add(prop("networkDataplane", quote(n.effectiveDataplane().specName())));
        if (n.effectivePodCidr() != null) {
            a.add(prop("podCidr", quote(n.effectivePodCidr().toCanonicalString())));
        }
        a.add(prop("serviceCidr", quote(n.effectiveServiceCidr().toCanonicalString())));
        a.add(prop("dnsServiceIP", quote(n.effectiveDnsServiceIp().toCanonicalString())));
        a.add(prop("outboundType", quote(outbound(n.effectiveOutbound()))));
        a.add(prop("loadBalancerSku", quote("standard")));
        return a;
    }

    private static String outbound(OutboundType outbound) {
        return switch (outbound) {
            case LOAD_BALANCER -> "loadBalancer";
            case MANAGED_NAT_GATEWAY -> "managedNATGateway";
            case USER_ASSIGNED_NAT_GATEWAY -> "userAssignedNATGateway";
            case USER_DEFINED_ROUTING -> "userDefinedRouting";
        };
    }

    private List<Property> tags() {
        return d.tags().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> prop(BicepStrings.key(e.getKey()), quote(e.getValue())))
                .toList();
    }

    /**
     * A module deployment name: at most 64 characters, unique per role assignment and the same on every run, so a
     * hash of what it grants rather than the (possibly long) names themselves.
     */
    static String deploymentName(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("/", parts).getBytes(StandardCharsets.UTF_8));
            return "aksnet-network-contributor-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\u2028\u2029]", "?");
    }

    private static Property prop(String key, String value) {
        return new Property(key, value);
    }
}
