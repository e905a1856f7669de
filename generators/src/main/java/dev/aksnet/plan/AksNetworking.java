package dev.aksnet.plan;

import dev.aksnet.resolve.Choices;

import java.util.Optional;

/**
 * How the spec's networking words are spelt in the AKS API (and so in azurerm's network_profile, which uses the same
 * strings): one place for both targets.
 */
public final class AksNetworking {
    private AksNetworking() {
    }

    /** networkPlugin: kubenet, azure for the three Azure CNI plugins, none for a CNI of the user's. */
    public static String networkPlugin(Choices.Plugin plugin) {
        return plugin.match(overlay -> AZURE, podSubnet -> AZURE, nodeSubnet -> AZURE, kubenet -> KUBENET, byoCni -> NONE);
    }

    /** networkPluginMode: overlay for Azure CNI Overlay, absent otherwise. */
    public static Optional<String> networkPluginMode(Choices.Plugin plugin) {
        return plugin.match(overlay -> Optional.of("overlay"), podSubnet -> Optional.empty(), nodeSubnet -> Optional.empty(),
                kubenet -> Optional.empty(), byoCni -> Optional.empty());
    }

    /** The agent pools' podIPAllocationMode: set with Azure CNI Pod Subnet only. */
    public static Optional<String> podIpAllocationMode(Choices.Plugin plugin) {
        return plugin.match(overlay -> Optional.empty(), podSubnet -> Optional.of(switch (podSubnet.allocation()) {
            case DYNAMIC -> DYNAMIC_INDIVIDUAL;
            case STATIC_BLOCK -> STATIC_BLOCK;
        }), nodeSubnet -> Optional.empty(), kubenet -> Optional.empty(), byoCni -> Optional.empty());
    }

    public static String outboundType(Choices.Outbound outbound) {
        return outbound.match(lb -> "loadBalancer", managedNat -> "managedNATGateway", userNat -> "userAssignedNATGateway",
                udr -> "userDefinedRouting", none -> "none");
    }

    /** networkPlugin's two values. */
    public static final String AZURE = "azure";
    public static final String KUBENET = "kubenet";
    public static final String NONE = "none";

    public static final String DYNAMIC_INDIVIDUAL = "DynamicIndividual";
    public static final String STATIC_BLOCK = "StaticBlock";

    /** Agent pool modes, OS types and the one pool type aksnet deploys. */
    public static final String SYSTEM_MODE = "System";
    public static final String USER_MODE = "User";
    public static final String LINUX = "Linux";
    public static final String WINDOWS = "Windows";
    public static final String SCALE_SET_POOL = "VirtualMachineScaleSets";

    /** The next hop type of the default route aksnet writes for userDefinedRouting. */
    public static final String VIRTUAL_APPLIANCE = dev.aksnet.model.RouteTable.NextHop.VIRTUAL_APPLIANCE.apiName();

    /** The load balancer SKU aksnet always sets: Basic is retired. */
    public static final String LOAD_BALANCER_SKU = "standard";

    /** The taint that keeps application pods off a system pool (AKS use-system-pools: critical add-ons tolerate it). */
    public static final String CRITICAL_ADDONS_ONLY_TAINT = "CriticalAddonsOnly=true:NoSchedule";
}
