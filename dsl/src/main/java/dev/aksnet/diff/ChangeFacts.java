package dev.aksnet.diff;

import java.util.List;
import java.util.Optional;

import static dev.aksnet.diff.Impact.CLUSTER_REPLACE;
import static dev.aksnet.diff.Impact.IN_PLACE;
import static dev.aksnet.diff.Impact.POOL_REPLACE;
import static dev.aksnet.diff.Impact.REFUSED;
import static dev.aksnet.diff.Impact.ROLLING;

/**
 * The knowledge {@code aksnet diff} applies, one entry per kind of change, each with its source and when it was read.
 * The one place for these facts. AKS-side sources are the AKS documentation; azurerm-side ones are the provider's
 * schema (ForceNew arguments of hashicorp/terraform-provider-azurerm's kubernetes_cluster and node pool resources).
 */
public final class ChangeFacts {
    private ChangeFacts() {
    }

    private static final String READ = "2026-12";

    private static ChangeFact fact(String id, Impact impact, String reason, String source) {
        return new ChangeFact(id, impact, Optional.empty(), reason, source, READ, false);
    }

    private static ChangeFact fact(String id, Impact impact, Impact azurerm, String reason, String source) {
        return new ChangeFact(id, impact, Optional.of(azurerm), reason, source, READ, false);
    }

    private static ChangeFact unconfirmed(String id, Impact impact, String reason, String source) {
        return new ChangeFact(id, impact, Optional.empty(), reason, source, READ, true);
    }

    private static ChangeFact unconfirmed(String id, Impact impact, Impact azurerm, String reason, String source) {
        return new ChangeFact(id, impact, Optional.of(azurerm), reason, source, READ, true);
    }

    /** The azurerm provider's plan-time replacement rules (kubernetes_cluster CustomizeDiff, provider source v5.2). */
    private static final String AZURERM_DIFF = "azurerm kubernetes_cluster CustomizeDiff";

    public static final ChangeFact CLUSTER_ADDED = fact("CLUSTER_ADDED", IN_PLACE,
            "a new cluster is created; nothing running changes", "aksnet");
    public static final ChangeFact CLUSTER_REMOVED = fact("CLUSTER_REMOVED", CLUSTER_REPLACE,
            "the cluster and its node resource group are deleted", "aksnet");
    public static final ChangeFact SERVICE_CIDR = fact("SERVICE_CIDR", REFUSED, CLUSTER_REPLACE,
            "the service CIDR is fixed when a cluster is created; create a new cluster and move the workloads (azurerm plans a "
                    + "destroy and create: service_cidr forces a new resource)",
            "AKS docs (network profile set at creation); azurerm kubernetes_cluster network_profile.service_cidr ForceNew");
    public static final ChangeFact DNS_SERVICE_IP = fact("DNS_SERVICE_IP", REFUSED, CLUSTER_REPLACE,
            "the DNS service IP is fixed when a cluster is created; create a new cluster and move the workloads (azurerm: "
                    + "dns_service_ip forces a new resource)",
            "AKS docs (network profile set at creation); azurerm kubernetes_cluster network_profile.dns_service_ip ForceNew");
    public static final ChangeFact POD_CIDR_EXPANDED = fact("POD_CIDR_EXPANDED", IN_PLACE, CLUSTER_REPLACE,
            "Azure CNI Overlay grows its pod CIDR in place to a larger range that contains the whole old one, on clusters with "
                    + "Linux nodes only; azurerm replaces the cluster for any change of a pod_cidr it had (use Bicep or azapi, or az aks update)",
            "AKS docs: azure-cni-overlay-pod-expand.md (\"The new pod CIDR must be a larger superset\"); " + AZURERM_DIFF + " (network_profile.0.pod_cidr)");
    public static final ChangeFact POD_CIDR_CHANGED = fact("POD_CIDR_CHANGED", REFUSED, CLUSTER_REPLACE,
            "a pod CIDR can only grow to a superset (overlay, Linux only); otherwise create a new cluster (azurerm plans one)",
            "AKS docs: Azure CNI Overlay, expand the pod CIDR; " + AZURERM_DIFF + " (network_profile.0.pod_cidr)");
    public static final ChangeFact CONTROL_PLANE_IDENTITY = fact("CONTROL_PLANE_IDENTITY", IN_PLACE,
            "the control-plane identity changes in place; AKS's own components switch to it, and every role it needs must be "
                    + "granted first (aksnet writes them before the cluster)",
            "AKS docs: use-managed-identity.md (update an existing cluster's identity); azurerm identity updated in place");
    public static final ChangeFact KUBELET_IDENTITY = fact("KUBELET_IDENTITY", ROLLING, CLUSTER_REPLACE,
            "AKS changes the kubelet identity in place and reimages every pool (az aks update --assign-kubelet-identity); azurerm "
                    + "plans a destroy and create (kubelet_identity forces a new resource): apply it with az, then align the spec",
            "AKS docs: use-managed-identity.md (update the kubelet identity); azurerm kubernetes_cluster kubelet_identity ForceNew");
    public static final ChangeFact ADVANCED_NETWORKING = fact("ADVANCED_NETWORKING", IN_PLACE,
            "Advanced Container Networking Services turn on and off in place (az aks update --enable-acns / --disable-acns)",
            "AKS docs: use-advanced-container-networking-services.md; azurerm network_profile.advanced_networking updated in place");
    public static final ChangeFact DNS_NAME = fact("DNS_NAME", REFUSED, CLUSTER_REPLACE,
            "a cluster's DNS prefix or FQDN subdomain is fixed when it is created (its API server's name); create a new cluster "
                    + "and move the workloads (azurerm plans a destroy and create)",
            "AKS API: fqdnSubdomain cannot be updated once the cluster is created; azurerm dns_prefix and dns_prefix_private_cluster ForceNew");
    public static final ChangeFact APP_ROUTING = fact("APP_ROUTING", IN_PLACE,
            "the application routing add-on, its DNS zones and default controller change in place (az aks approuting enable / "
                    + "update / zone add); zones added later need the add-on identity's role, which aksnet grants",
            "AKS docs: app-routing.md, app-routing-dns-ssl.md; azurerm web_app_routing updated in place");
    public static final ChangeFact POOL_OS_SKU = fact("POOL_OS_SKU", ROLLING,
            "a Linux pool moves between Ubuntu and Azure Linux in place: every node is reimaged (az aks nodepool update --os-sku)",
            "AKS docs: Migrate to Azure Linux (in-place OS SKU migration); azurerm kubernetes_cluster_node_pool os_sku updated in place");
    public static final ChangeFact IP_FAMILIES = fact("IP_FAMILIES", REFUSED, CLUSTER_REPLACE,
            "a cluster's IP families (IPv4, or dual-stack) are fixed when it is created; create a new cluster and move the workloads "
                    + "(azurerm plans a destroy and create)",
            "AKS docs: Use dual-stack networking; azurerm kubernetes_cluster network_profile.ip_versions ForceNew");
    public static final ChangeFact PLUGIN_TO_OVERLAY = fact("PLUGIN_TO_OVERLAY", ROLLING,
            "AKS migrates kubenet and Azure CNI Node Subnet clusters to Azure CNI Overlay in place, one way; every node pool is "
                    + "reimaged at once",
            "AKS docs: update-azure-cni.md (\"The update process triggers node pools to be reimaged simultaneously\")");
    public static final ChangeFact PLUGIN_CHANGED = fact("PLUGIN_CHANGED", REFUSED, CLUSTER_REPLACE,
            "AKS migrates the IPAM mode only to Azure CNI Overlay, only from kubenet or Azure CNI Node Subnet, and never back; "
                    + "create a new cluster with the plugin (azurerm plans one: network_plugin and network_plugin_mode force a new "
                    + "resource outside those paths)",
            "AKS docs: update-azure-cni.md (supported migration paths); " + AZURERM_DIFF + " (network_plugin, network_plugin_mode)");
    public static final ChangeFact PLUGIN_AND_DATAPLANE_TOGETHER = fact("PLUGIN_AND_DATAPLANE_TOGETHER", REFUSED,
            "AKS does not migrate the IPAM mode and the data plane in one operation (and kubenet not straight to Cilium): "
                    + "deploy the move to Azure CNI Overlay first, then the Cilium data plane",
            "AKS docs: update-azure-cni.md (\"The IPAM mode and the data plane can't be updated in a single operation\")");
    public static final ChangeFact DATAPLANE_TO_CILIUM = fact("DATAPLANE_TO_CILIUM", ROLLING,
            "AKS swaps an Azure CNI cluster's data plane for Cilium in place (any IPAM mode, no Windows pools); every node pool "
                    + "is reimaged at once, and Cilium enforces policy only once all are",
            "AKS docs: update-azure-cni.md (\"The update process triggers node pools to be reimaged simultaneously\")");
    public static final ChangeFact DATAPLANE_FROM_CILIUM = fact("DATAPLANE_FROM_CILIUM", REFUSED, CLUSTER_REPLACE,
            "a cluster on the Cilium data plane cannot go back; create a new cluster (azurerm plans one: only azure to cilium "
                    + "is in place)", "AKS docs: Azure CNI Powered by Cilium (limitations); " + AZURERM_DIFF + " (network_data_plane)");
    public static final ChangeFact POLICY_ADDED = fact("POLICY_ADDED", ROLLING,
            "AKS installs Azure NPM or Calico on a cluster without a policy engine; every node pool is reimaged at once",
            "AKS docs: use-network-policies.md (install on an existing cluster); " + AZURERM_DIFF + " (in place from no policy)");
    public static final ChangeFact POLICY_REMOVED = fact("POLICY_REMOVED", ROLLING, CLUSTER_REPLACE,
            "AKS uninstalls Azure NPM or Calico in place (policies stay but are no longer enforced); azurerm replaces the cluster "
                    + "(use az aks update --network-policy none, Bicep or azapi)",
            "AKS docs: use-network-policies.md (uninstall); " + AZURERM_DIFF + " (network_policy)");
    public static final ChangeFact POLICY_CHANGED = unconfirmed("POLICY_CHANGED", REFUSED, CLUSTER_REPLACE,
            "AKS documents installing and uninstalling a policy engine, and moving Azure NPM or Calico to Cilium with its data "
                    + "plane, but no swap between Azure NPM and Calico: uninstall, deploy, then install; azurerm replaces the cluster",
            "AKS docs: use-network-policies.md; " + AZURERM_DIFF + " (network_policy: \"Other transitions (removing policy, etc.) "
                    + "require cluster recreation\")");
    public static final ChangeFact OUTBOUND_CHANGED = fact("OUTBOUND_CHANGED", IN_PLACE,
            "AKS changes the outbound type in place along the paths it supports; it disrupts connectivity: existing connections "
                    + "drop and the egress IP changes (update firewall rules and authorized ranges)",
            "AKS docs: egress-outboundtype.md (supported migration paths for managed and BYO virtual networks)");
    public static final ChangeFact OUTBOUND_REFUSED = fact("OUTBOUND_REFUSED", REFUSED,
            "AKS does not support this outbound type migration (managed network: only loadBalancer to managedNATGateway; your "
                    + "network: between loadBalancer, userAssignedNATGateway and userDefinedRouting); go through a supported path or "
                    + "create a new cluster", "AKS docs: egress-outboundtype.md (supported migration paths)");
    public static final ChangeFact PRIVATE_CLUSTER_TOGGLED = fact("PRIVATE_CLUSTER_TOGGLED", REFUSED, CLUSTER_REPLACE,
            "a cluster becomes private or public only with API Server VNet Integration; otherwise create a new cluster (azurerm: "
                    + "private_cluster_enabled forces a new resource)",
            "AKS docs: private-clusters.md (\"Existing AKS clusters enabled with API Server VNet integration can have private "
                    + "cluster mode enabled\"); azurerm kubernetes_cluster private_cluster_enabled ForceNew");
    public static final ChangeFact PRIVATE_DNS_ZONE_CHANGED = fact("PRIVATE_DNS_ZONE_CHANGED", REFUSED, CLUSTER_REPLACE,
            "a private cluster's DNS zone can't be changed after creation; create a new cluster (azurerm: private_dns_zone_id forces "
                    + "a new resource)", "AKS docs: private-clusters.md (\"You can't change or delete these resources after creating "
                    + "the cluster\"); azurerm kubernetes_cluster private_dns_zone_id ForceNew");
    public static final ChangeFact VNET_INTEGRATION_ENABLED = fact("VNET_INTEGRATION_ENABLED", ROLLING,
            "AKS moves the API server into the subnet of an existing cluster: every node pool gets a rolling node-image upgrade, "
                    + "the API server's IP changes, and the cluster must then be stopped and started by hand (az aks stop/start)",
            "AKS docs: api-server-vnet-integration.md (convert an existing cluster: \"Manual restart required\")");
    public static final ChangeFact VNET_INTEGRATION_DISABLED = fact("VNET_INTEGRATION_DISABLED", REFUSED, CLUSTER_REPLACE,
            "API Server VNet Integration can't be disabled once enabled; create a new cluster (azurerm plans one: removing the "
                    + "API server subnet forces a new resource)",
            "AKS docs: api-server-vnet-integration.md (\"Feature can't be disabled\"); " + AZURERM_DIFF + " (api_server_access_profile.0.subnet_id)");
    public static final ChangeFact API_SERVER_ACCESS = fact("API_SERVER_ACCESS", IN_PLACE,
            "authorized IP ranges and the public FQDN of a private cluster are updated in place",
            "AKS docs: authorized IP ranges, private clusters");
    public static final ChangeFact INGRESS_CHANGED = fact("INGRESS_CHANGED", IN_PLACE,
            "the ingress add-on and Application Gateway for Containers are enabled, changed or removed in place; traffic "
                    + "through the old ingress stops", "AKS docs: application gateway ingress controller add-on, Application Gateway for Containers");
    public static final ChangeFact KUBERNETES_UPGRADE = fact("KUBERNETES_UPGRADE", ROLLING,
            "the control plane and then every node pool are upgraded, node by node with surge", "AKS docs: Upgrade an AKS cluster");
    public static final ChangeFact KUBERNETES_DOWNGRADE = fact("KUBERNETES_DOWNGRADE", REFUSED,
            "AKS does not downgrade Kubernetes; create a new cluster", "AKS docs: Upgrade an AKS cluster");
    public static final ChangeFact KUBERNETES_PATCH_PINNED = unconfirmed("KUBERNETES_PATCH_PINNED", ROLLING,
            "a minor version becomes a patch of it, or a patch its minor version: AKS upgrades the cluster, node by node with surge, "
                    + "when the patch it then runs is newer than the running one, and refuses a lower one; aksnet cannot see the running patch",
            "AKS docs: Supported Kubernetes versions (a MAJOR.MINOR version is the latest patch of it), Upgrade an AKS cluster");
    public static final ChangeFact POOL_ADDED = fact("POOL_ADDED", IN_PLACE,
            "a new node pool is created; running pools are untouched", "AKS docs: Create node pools");
    public static final ChangeFact POOL_REMOVED = fact("POOL_REMOVED", POOL_REPLACE,
            "the node pool is deleted; its pods are evicted and rescheduled on other pools", "AKS docs: Delete a node pool");
    public static final ChangeFact LAST_SYSTEM_POOL_REMOVED = fact("LAST_SYSTEM_POOL_REMOVED", REFUSED,
            "a cluster keeps at least one system pool; add the new system pool first, then delete the old one",
            "AKS docs: system node pools");
    public static final ChangeFact POOL_SCALED = fact("POOL_SCALED", IN_PLACE,
            "the pool's count or autoscaler bounds change in place", "AKS docs: Scale node pools, cluster autoscaler");
    public static final ChangeFact POOL_MAX_SURGE = fact("POOL_MAX_SURGE", IN_PLACE,
            "the pool's max surge changes in place and applies from its next upgrade", "AKS docs: upgrade-aks-node-pools-rolling.md "
                    + "(\"You can change the max surge value for your node pools at any time\")");
    public static final ChangeFact POOL_CRITICAL_ADDONS = fact("POOL_CRITICAL_ADDONS", IN_PLACE, POOL_REPLACE,
            "the pool's CriticalAddonsOnly taint is set or removed in place (pods already running stay until evicted); azurerm "
                    + "rotates its default pool (the first system pool) through temporary_name_for_rotation to change it",
            "AKS docs: use-system-pools.md, use-node-taints.md (update a pool's taints); azurerm kubernetes_cluster "
                    + "(default_node_pool.0.only_critical_addons_enabled cycles the pool)");
    public static final ChangeFact POOL_IMMUTABLE = fact("POOL_IMMUTABLE", POOL_REPLACE,
            "set when the pool is created: AKS changes it only by a new pool (create it beside the old one, then drain and "
                    + "delete the old); azurerm replaces the pool, rotating the default pool through temporary_name_for_rotation",
            "AKS docs: Create node pools, Resize node pools; azurerm kubernetes_cluster_node_pool (ForceNew or rotation)");
    public static final ChangeFact POD_IP_ALLOCATION = fact("POD_IP_ALLOCATION", REFUSED,
            "existing clusters and pools can't change their pod IP allocation mode, and a pod subnet serves one mode: add new "
                    + "pools with the new mode on a new pod subnet, move the workloads, then delete the old pools",
            "AKS docs: configure-azure-cni-static-block-allocation.md (\"Migrating or updating existing clusters or node pools is "
                    + "not supported\"; migration steps)");
    public static final ChangeFact SUBNET_IN_USE = fact("SUBNET_IN_USE", REFUSED,
            "Azure does not change the range of a subnet that holds nodes or other resources (InUseSubnetCannotBeUpdated); "
                    + "add a new subnet and move the pools", "Azure virtual network docs: change a subnet's address range");
    public static final ChangeFact SUBNET_CHANGED = fact("SUBNET_CHANGED", IN_PLACE,
            "the subnet is updated in place", "Azure virtual network docs");
    public static final ChangeFact VNET_SPACE_ADDED = fact("VNET_SPACE_ADDED", IN_PLACE,
            "an address range is added to the network in place (peerings are synced)", "Azure virtual network docs: address space");
    public static final ChangeFact VNET_SPACE_REMOVED = fact("VNET_SPACE_REMOVED", REFUSED,
            "a range that holds subnets cannot be removed from a network; remove the subnets first",
            "Azure virtual network docs: address space");
    public static final ChangeFact NETWORK_RESOURCE_CHANGED = fact("NETWORK_RESOURCE_CHANGED", IN_PLACE,
            "the network resource (network, subnet, peering, NSG, route table, NAT gateway, private DNS zone) is created, "
                    + "updated or deleted in place; nodes are not touched", "Azure virtual network docs");

    public static final ChangeFact PRIVATE_WITH_VNET_INTEGRATION = fact("PRIVATE_WITH_VNET_INTEGRATION", IN_PLACE,
            "with API Server VNet Integration a cluster becomes private or public in place (making it public again is in preview)",
            "AKS docs: api-server-vnet-integration.md (enable or disable private cluster mode on an existing cluster)");
    public static final ChangeFact OUTBOUND_SETTINGS = fact("OUTBOUND_SETTINGS", IN_PLACE,
            "the load balancer's or managed NAT gateway's outbound settings change in place; outbound connections may reset",
            "AKS docs: Configure your public standard load balancer, managed NAT gateway");
    public static final ChangeFact POOL_MODE = fact("POOL_MODE", IN_PLACE,
            "a pool's mode changes between system and user in place (a cluster keeps one system pool)", "AKS docs: system node pools");
    public static final ChangeFact DNS_SERVERS_CHANGED = unconfirmed("DNS_SERVERS_CHANGED", ROLLING,
            "nodes pick up a network's new DNS servers only when restarted or re-imaged", "Azure virtual network docs: DNS servers");

    public static final ChangeFact BOOTSTRAP_SOURCE = fact("BOOTSTRAP_SOURCE", ROLLING,
            "the bootstrap artifact source changes in place; nodes use it only once every pool is reimaged (az aks upgrade "
                    + "--node-image-only)", "AKS docs: network-isolated.md (enable on an existing cluster)");
    public static final ChangeFact BOOTSTRAP_AND_OUTBOUND_NONE_TOGETHER = fact("BOOTSTRAP_AND_OUTBOUND_NONE_TOGETHER", REFUSED,
            "a cluster becomes network isolated in two deployments: the bootstrap cache first, then a reimage of every pool, "
                    + "then outbound none; nodes keep egress until the reimage completes",
            "AKS docs: network-isolated.md (\"You need to ensure the outbound exists until the first reimage completes\")");

    /** Every entry, for the docs and the tests. */
    public static final List<ChangeFact> ALL = List.of(CLUSTER_ADDED, CLUSTER_REMOVED, SERVICE_CIDR, DNS_SERVICE_IP, POD_CIDR_EXPANDED,
            POD_CIDR_CHANGED, PLUGIN_TO_OVERLAY, PLUGIN_CHANGED, PLUGIN_AND_DATAPLANE_TOGETHER, DATAPLANE_TO_CILIUM, DATAPLANE_FROM_CILIUM, POLICY_ADDED, POLICY_REMOVED, POLICY_CHANGED,
            OUTBOUND_CHANGED, OUTBOUND_REFUSED, PRIVATE_CLUSTER_TOGGLED, PRIVATE_DNS_ZONE_CHANGED, VNET_INTEGRATION_ENABLED, VNET_INTEGRATION_DISABLED,
            API_SERVER_ACCESS, INGRESS_CHANGED, KUBERNETES_UPGRADE, KUBERNETES_DOWNGRADE, KUBERNETES_PATCH_PINNED, POOL_ADDED, POOL_REMOVED,
            LAST_SYSTEM_POOL_REMOVED, POOL_SCALED, POOL_IMMUTABLE, POD_IP_ALLOCATION, SUBNET_IN_USE, SUBNET_CHANGED,
            VNET_SPACE_ADDED, VNET_SPACE_REMOVED, NETWORK_RESOURCE_CHANGED, PRIVATE_WITH_VNET_INTEGRATION, OUTBOUND_SETTINGS, POOL_MODE,
            DNS_SERVERS_CHANGED, POOL_MAX_SURGE, POOL_CRITICAL_ADDONS, BOOTSTRAP_SOURCE, BOOTSTRAP_AND_OUTBOUND_NONE_TOGETHER,
            IP_FAMILIES, CONTROL_PLANE_IDENTITY, KUBELET_IDENTITY, POOL_OS_SKU, ADVANCED_NETWORKING, DNS_NAME, APP_ROUTING);
}
