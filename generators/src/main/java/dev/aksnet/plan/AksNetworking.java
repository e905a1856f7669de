package dev.aksnet.plan;

import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.OutboundType;
import dev.aksnet.model.PodIpAllocation;

import java.util.Optional;

/**
 * How the spec's networking words are spelt in the AKS API (and so in azurerm's network_profile, which uses the same
 * strings): one place for both targets.
 */
public final class AksNetworking {
    private AksNetworking() {
    }

    /** networkPlugin: kubenet, or azure for the three Azure CNI plugins. */
    public static String networkPlugin(NetworkPlugin plugin) {
        return plugin == NetworkPlugin.KUBENET ? "kubenet" : "azure";
    }

    /** networkPluginMode: overlay for Azure CNI Overlay, absent otherwise. */
    public static Optional<String> networkPluginMode(NetworkPlugin plugin) {
        return plugin == NetworkPlugin.AZURE_CNI_OVERLAY ? Optional.of("overlay") : Optional.empty();
    }

    public static String outboundType(OutboundType outbound) {
        return switch (outbound) {
            case LOAD_BALANCER -> "loadBalancer";
            case MANAGED_NAT_GATEWAY -> "managedNATGateway";
            case USER_ASSIGNED_NAT_GATEWAY -> "userAssignedNATGateway";
            case USER_DEFINED_ROUTING -> "userDefinedRouting";
        };
    }

    /** The agent pool's podIPAllocationMode. */
    public static String podIpAllocationMode(PodIpAllocation allocation) {
        return switch (allocation) {
            case DYNAMIC -> DYNAMIC_INDIVIDUAL;
            case STATIC_BLOCK -> STATIC_BLOCK;
        };
    }

    public static final String DYNAMIC_INDIVIDUAL = "DynamicIndividual";
    public static final String STATIC_BLOCK = "StaticBlock";

    /** Agent pool modes, OS types and the one pool type aksnet deploys. */
    public static final String SYSTEM_MODE = "System";
    public static final String USER_MODE = "User";
    public static final String LINUX = "Linux";
    public static final String WINDOWS = "Windows";
    public static final String SCALE_SET_POOL = "VirtualMachineScaleSets";

    /** The next hop type of the default route aksnet writes for userDefinedRouting. */
    public static final String VIRTUAL_APPLIANCE = "VirtualAppliance";

    /** The load balancer SKU aksnet always sets: Basic is retired. */
    public static final String LOAD_BALANCER_SKU = "standard";
}
