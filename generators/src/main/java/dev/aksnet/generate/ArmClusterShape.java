package dev.aksnet.generate;

import dev.aksnet.generate.InfrastructurePlan.PlannedCluster;
import dev.aksnet.generate.InfrastructurePlan.PlannedPool;
import dev.aksnet.generate.InfrastructurePlan.PlannedSubnet;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodeCount;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.OsType;
import dev.aksnet.model.PoolMode;

import java.util.ArrayList;
import java.util.List;

/**
 * The managed cluster's request body in the AKS API's own property names (agentPoolProfiles, networkProfile), shared
 * by Bicep and by Terraform's azapi resources. Literals and references are the target's: {@link Literals} supplies
 * them.
 */
public final class ArmClusterShape {
    private ArmClusterShape() {
    }

    /** How one target writes a string literal, a subnet's resource id, the tags, and an autoscaled pool's node count. */
    public interface Literals {
        String text(String value);

        String subnetId(PlannedSubnet subnet);

        /** The deployment's tags, which every pool carries as every other resource does. */
        String tags();

        /**
         * An autoscaled pool's {@code count}. AKS needs it when it creates the pool and refuses a PUT that changes it
         * afterwards ("Cannot manually scale AgentPool … with cluster autoscaler enabled"): the target sends the
         * minimum at creation and, on a redeployment, the count the autoscaler chose.
         */
        String autoscaledCount(NodePool pool, int min);
    }

    /** {@code key: value} / {@code key = value}, both finished for the target. */
    public record Property(String key, String value) {
    }

    /** An agent pool profile: its one-line properties and its upgrade surge. */
    public record Pool(List<Property> properties, String maxSurge) {
    }

    public static List<Pool> agentPools(PlannedCluster c, Literals l) {
        return c.allPools().stream().map(p -> pool(p, c, l)).toList();
    }

    private static Pool pool(PlannedPool planned, PlannedCluster c, Literals l) {
        NodePool p = planned.pool();
        Network n = c.cluster().network();
        List<Property> a = new ArrayList<>();
        a.add(new Property("name", l.text(p.name())));
        a.add(new Property("mode", l.text(p.mode() == PoolMode.SYSTEM ? "System" : "User")));
        a.add(new Property("osType", l.text(p.os() == OsType.WINDOWS ? "Windows" : "Linux")));
        a.add(new Property("type", l.text("VirtualMachineScaleSets")));
        a.add(new Property("vmSize", l.text(p.vmSize())));
        if (p.count() instanceof NodeCount.Autoscale auto) {
            a.add(new Property("count", l.autoscaledCount(p, auto.min())));
            a.add(new Property("enableAutoScaling", "true"));
            a.add(new Property("minCount", Integer.toString(auto.min())));
            a.add(new Property("maxCount", Integer.toString(auto.max())));
        } else {
            a.add(new Property("count", Integer.toString(p.count().min())));
        }
        a.add(new Property("maxPods", Integer.toString(p.effectiveMaxPods(n.plugin()))));
        planned.subnet().ifPresent(s -> a.add(new Property("vnetSubnetID", l.subnetId(s))));
        planned.podSubnet().ifPresent(s -> a.add(new Property("podSubnetID", l.subnetId(s))));
        if (n.effectivePodIpAllocation() != null) {
            a.add(new Property("podIPAllocationMode", l.text(AksNetworking.podIpAllocationMode(n.effectivePodIpAllocation()))));
        }
        a.add(new Property("tags", l.tags()));
        return new Pool(a, l.text(NodePool.SURGE_PERCENT + "%"));
    }

    /** apiServerAccessProfile: empty for a public cluster. */
    public static List<Property> apiServerAccess(dev.aksnet.model.Cluster c, Literals l) {
        if (!c.privateCluster()) {
            return List.of();
        }
        return List.of(new Property("enablePrivateCluster", "true"), new Property("privateDNSZone", l.text(c.effectivePrivateDnsZone())));
    }

    /** The ingress controller add-on's key in addonProfiles. */
    public static final String INGRESS_ADDON = "ingressApplicationGateway";

    /**
     * addonProfiles.ingressApplicationGateway.config: where the add-on's gateway comes from (a subnet of the spec, a new
     * subnet's range, or an existing gateway); empty for a cluster without the add-on.
     */
    public static List<Property> ingressControllerConfig(PlannedCluster c, Literals l) {
        if (!c.ingressControllerAddon()) {
            return List.of();
        }
        Ingress i = c.cluster().ingress();
        if (c.ingressSubnet().isPresent()) {
            return List.of(new Property("subnetId", l.subnetId(c.ingressSubnet().get())));
        }
        return List.of(i.subnetCidr() != null ? new Property("subnetCIDR", l.text(i.subnetCidr().toCanonicalString()))
                : new Property("applicationGatewayId", l.text(i.gatewayId())));
    }

    public static List<Property> networkProfile(Network n, Literals l) {
        List<Property> a = new ArrayList<>();
        a.add(new Property("networkPlugin", l.text(AksNetworking.networkPlugin(n.plugin()))));
        AksNetworking.networkPluginMode(n.plugin()).ifPresent(mode -> a.add(new Property("networkPluginMode", l.text(mode))));
        a.add(new Property("networkPolicy", l.text(n.effectivePolicy().specName())));
        a.add(new Property("networkDataplane", l.text(n.effectiveDataplane().specName())));
        if (n.effectivePodCidr() != null) {
            a.add(new Property("podCidr", l.text(n.effectivePodCidr().toCanonicalString())));
        }
        a.add(new Property("serviceCidr", l.text(n.effectiveServiceCidr().toCanonicalString())));
        a.add(new Property("dnsServiceIP", l.text(n.effectiveDnsServiceIp().toCanonicalString())));
        a.add(new Property("outboundType", l.text(AksNetworking.outboundType(n.effectiveOutbound()))));
        a.add(new Property("loadBalancerSku", l.text(AksNetworking.LOAD_BALANCER_SKU)));
        return a;
    }
}
