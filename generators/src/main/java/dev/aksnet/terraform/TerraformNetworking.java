package dev.aksnet.terraform;

import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.model.OutboundType;

import java.util.Optional;

/** How the spec's networking words are spelt in azurerm's network_profile. */
final class TerraformNetworking {
    private TerraformNetworking() {
    }

    static String plugin(NetworkPlugin plugin) {
        return plugin == NetworkPlugin.KUBENET ? "kubenet" : "azure";
    }

    static Optional<String> pluginMode(NetworkPlugin plugin) {
        return plugin == NetworkPlugin.AZURE_CNI_OVERLAY ? Optional.of("overlay") : Optional.empty();
    }

    static String outbound(OutboundType outbound) {
        return switch (outbound) {
            case LOAD_BALANCER -> "loadBalancer";
            case MANAGED_NAT_GATEWAY -> "managedNATGateway";
            case USER_ASSIGNED_NAT_GATEWAY -> "userAssignedNATGateway";
            case USER_DEFINED_ROUTING -> "userDefinedRouting";
        };
    }
}
