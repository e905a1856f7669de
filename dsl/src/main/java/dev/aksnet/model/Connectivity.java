package dev.aksnet.model;

/**
 * What the AKS CNI overview's feature matrix says about a plugin's connectivity, in words a reviewer reads in a plan.
 *
 * @param podAndVm     pods and VMs in the same or peered VNets: who can start a connection
 * @param onPremises   pods and on-premises hosts over VPN or ExpressRoute: who can start a connection
 * @param podIpsSeen   whether services outside the cluster see (and can reach) pod IPs
 * @param egressSource the source address of traffic pods send out of the cluster
 */
public record Connectivity(String podAndVm, String onPremises, boolean podIpsSeen, String egressSource) {

    public static Connectivity of(NetworkPlugin plugin) {
        return switch (plugin) {
            case AZURE_CNI_OVERLAY, KUBENET -> new Connectivity("pod-initiated", "pod-initiated", false,
                    "the node's IP (SNAT); pod IPs stay private");
            case AZURE_CNI_POD_SUBNET, AZURE_CNI_NODE_SUBNET -> new Connectivity("both ways", "both ways", true,
                    "the pod's own IP inside the network and connected networks (no SNAT)");
            case BYO_CNI -> new Connectivity("as your CNI sets it up", "as your CNI sets it up", false,
                    "as your CNI sets it up (AKS installs no pod networking)");
        };
    }

    /** Where traffic to the internet leaves, by outbound type. */
    public static String internetEgress(OutboundType outbound) {
        return switch (outbound) {
            case LOAD_BALANCER -> "the cluster load balancer's public IP";
            case MANAGED_NAT_GATEWAY -> "a NAT gateway AKS manages";
            case USER_ASSIGNED_NAT_GATEWAY -> "the subnet's NAT gateway";
            case USER_DEFINED_ROUTING -> "your firewall, by the subnet's default route";
            case NONE -> "nowhere AKS sets up: only an egress path of your own (a NAT gateway, a route to a firewall)";
        };
    }
}
