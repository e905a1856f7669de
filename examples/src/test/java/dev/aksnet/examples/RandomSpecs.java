package dev.aksnet.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random valid specs, as YAML text: every plugin (pod subnets in both allocation modes), created, existing and AKS-managed
 * networks, every outbound type, Linux and Windows pools, fixed and autoscaled, shared subnets, varied CIDR layouts,
 * ingress of every kind, private clusters with each DNS zone option, service endpoints, load balancer and managed NAT gateway
 * settings, NAT gateways of the spec on created and existing subnets, private subnets, zones, node public IPs, dual-stack overlay clusters. Each choice
 * respects the rule catalogue,
 * so a spec from here must validate without errors: the property tests check that, and a spec that fails shows a gap in
 * either the generator or the rules.
 */
final class RandomSpecs {
    private RandomSpecs() {
    }

    private static final String[] LOCATIONS = {"westeurope", "northeurope", "swedencentral", "eastus2", "uksouth", "japaneast"};
    private static final String[] PLUGINS = {"azure-cni-overlay", "azure-cni-pod-subnet", "azure-cni-node-subnet", "kubenet"};
    private static final String[] VM_SIZES = {"Standard_D4s_v5", "Standard_D8s_v5", "Standard_E8s_v5", "Standard_F16s_v2"};

    static String valid(long seed) {
        Random r = new Random(seed);
        String plugin = PLUGINS[r.nextInt(PLUGINS.length)];
        boolean podSubnet = plugin.equals("azure-cni-pod-subnet");
        boolean nodeSubnet = plugin.equals("azure-cni-node-subnet");
        boolean kubenet = plugin.equals("kubenet");
        boolean overlayModel = plugin.equals("azure-cni-overlay") || kubenet;
        int x = 2 + r.nextInt(199); // 10.x.0.0/16, clear of the default service (10.0) and pod (10.244) ranges
        // Network: AKS-managed (not for pod subnets), created, or existing in another resource group.
        int network = podSubnet ? 1 + r.nextInt(2) : r.nextInt(3);
        boolean managed = network == 0;
        boolean existing = network == 2;

        // Egress, within what the network allows.
        List<String> outbounds = new ArrayList<>(List.of("loadBalancer"));
        if (managed) {
            outbounds.add("managedNatGateway");
        } else {
            outbounds.add("userAssignedNatGateway");
            outbounds.add("userDefinedRouting");
        }
        if (!kubenet) {
            outbounds.add("none"); // network isolated: no kubenet (OUTBOUND_NONE_KUBENET), no Windows pools (below)
        }
        String outbound = outbounds.get(r.nextInt(outbounds.size()));
        if (existing && !outbound.equals("loadBalancer") && r.nextBoolean()) {
            outbound = "loadBalancer"; // keep warnings (USER_NAT_EXISTING_SUBNET, UDR_ROUTE_TABLE) from every existing spec
        }

        // Policy and dataplane pairs AKS allows for the plugin.
        String policy;
        String dataplane = null;
        int p = r.nextInt(4);
        if (kubenet) {
            policy = p % 2 == 0 ? "none" : "calico";
        } else if (nodeSubnet) {
            policy = new String[]{"none", "azure", "calico"}[p % 3];
        } else {
            policy = new String[]{"none", "azure", "calico", "cilium"}[p];
            dataplane = policy.equals("cilium") ? "cilium" : (r.nextBoolean() ? "azure" : null);
        }
        // A CNI of the user's (plugin none) now and then where overlay was drawn, from its own stream (the other specs stay
        // as they were): no policy or data plane of AKS's (BYO_CNI_POLICY), a pod CIDR always (BYO_CNI_POD_CIDR), no Windows
        // pools (BYO_CNI_WINDOWS), no ingress add-on, and not network isolated.
        boolean byoCni = plugin.equals("azure-cni-overlay") && !outbound.equals("none") && new Random(seed * 31 + 59).nextInt(5) == 0;
        if (byoCni) {
            plugin = "none";
            policy = "none";
            dataplane = null;
        }
        // Windows pools: not on kubenet, not with Cilium, and not with Azure NPM, which no longer supports them (NPM_WINDOWS).
        boolean windowsAllowed = !kubenet && !byoCni && !"cilium".equals(dataplane) && !policy.equals("azure") && !outbound.equals("none");
        // Dual-stack, where AKS allows it: Azure CNI Overlay, no Azure or Calico policy (DUAL_STACK_POLICY), no Standard NAT
        // gateway (DUAL_STACK_NAT_GATEWAY). Its own stream, so that the specs without it stay as they were.
        Random dual = new Random(seed * 31 + 53);
        boolean dualStack = plugin.equals("azure-cni-overlay") && (policy.equals("none") || policy.equals("cilium"))
                && !outbound.endsWith("NatGateway") && dual.nextInt(3) != 0;
        String v6 = "fd00:10:" + Integer.toHexString(x);
        // One pod IP allocation mode for every cluster of the spec: clusters share the pod subnet, which serves one mode
        // only (POD_SUBNET_MODE_CONFLICT). Its own stream; written out when static-block, now and then when dynamic.
        Random allocation = new Random(seed * 31 + 41);
        String podMode = allocation.nextBoolean() ? "dynamic" : "static-block";

        StringBuilder y = new StringBuilder();
        y.append("apiVersion: aksnet/v1\n");
        String location = LOCATIONS[r.nextInt(LOCATIONS.length)];
        y.append("location: ").append(location).append('\n');
        // Names derive from the whole seed: specs generated together are a fleet and must not share identities by chance.
        String id = Long.toHexString(seed);
        y.append("resourceGroup: rg-random-").append(id).append('\n');
        if (r.nextBoolean()) {
            y.append("tags: {env: test, seed: \"").append(seed).append("\"}\n");
        }
        if (r.nextBoolean()) {
            y.append("connectedNetworks:\n  - name: onprem\n    cidrs: [192.168.0.0/16]\n");
        }
        String nodesCidr = nodeSubnet ? "10." + x + ".0.0/20" : "10." + x + ".0.0/22";
        // Several clusters may share the node subnet (never kubenet's); they share the egress settings too.
        int clusters = kubenet || managed ? 1 : 1 + r.nextInt(2);
        // Ingress draws from its own stream, so adding it left every other choice of a seed as it was.
        String[] ingress = ingress(new Random(seed * 31 + 7), clusters, kubenet, managed, id);
        if (byoCni) {
            java.util.Arrays.fill(ingress, null);
        }
        // Private clusters and service endpoints, likewise from a stream of their own.
        Random access = new Random(seed * 31 + 11);
        String endpoints = !managed && !existing && access.nextInt(5) < 2 ? serviceEndpoints(access) : null;
        // API server access, from a stream of its own: VNet integration into one delegated subnet (own networks only).
        Random apiServer = new Random(seed * 31 + 17);
        boolean apiServerSubnet = !managed && apiServer.nextInt(3) == 0;
        // Egress settings, zones and node public IPs, from a stream of their own too.
        Random egress = new Random(seed * 31 + 13);
        // A NAT gateway of the spec on the node subnet (created or existing) for userAssignedNatGateway; regional or zonal.
        boolean specNat = outbound.equals("userAssignedNatGateway") && egress.nextBoolean();
        int natZone = specNat && egress.nextBoolean() ? 1 + egress.nextInt(3) : 0;
        // A private node subnet needs explicit egress, which a NAT gateway of the spec, or aksnet's on a created subnet, gives.
        boolean privateNodes = outbound.equals("userAssignedNatGateway") && (specNat || !existing) && egress.nextInt(3) == 0;
        // An NSG on a created node subnet: rules that leave the cluster's own traffic alone (its own stream).
        Random security = new Random(seed * 31 + 23);
        boolean nsg = !managed && !existing && security.nextInt(3) == 0;
        // A route table of the spec on a created node subnet (its own stream): with userDefinedRouting it carries the default
        // route to the firewall (aksnet's own then serves only a pod subnet); otherwise routes that leave egress alone.
        Random routing = new Random(seed * 31 + 29);
        boolean specRouteTable = !managed && !existing && routing.nextInt(3) == 0;
        // A hub the spoke peers with (existing, 10.250.x.0/24 clear of every spoke), sometimes with its DNS proxy; own stream.
        Random hub = new Random(seed * 31 + 19);
        boolean peered = !managed && hub.nextInt(3) == 0;
        if (!managed) {
            y.append("virtualNetworks:\n");
            if (peered) {
                y.append("  - name: vnet-hub-").append(id).append("\n    existing: true\n");
                // The hub in another subscription now and then: a stream of its own, so the hub's other choices stay.
                if (new Random(seed * 31 + 37).nextInt(3) == 0) {
                    y.append("    subscriptionId: 00000000-0000-0000-0000-").append(String.format("%012x", seed & 0xffffffffffffL)).append('\n');
                }
                // Now and then the hub says its region, sometimes another one (it holds no subnet of a cluster; global peering).
                Random hubPlace = new Random(seed * 31 + 89);
                if (hubPlace.nextInt(3) == 0) {
                    y.append("    location: ").append(hubPlace.nextBoolean() ? location : LOCATIONS[hubPlace.nextInt(LOCATIONS.length)]).append('\n');
                }
                y.append("    resourceGroup: rg-hub-").append(id)
                        .append("\n    addressSpace: [10.250.").append(x).append(".0/24]\n    subnets:\n      - name: AzureFirewallSubnet\n")
                        .append("        cidr: 10.250.").append(x).append(".0/26\n");
            }
            y.append("  - name: vnet-").append(x).append('\n');
            y.append("    addressSpace: [10.").append(x).append(".0.0/16").append(dualStack ? ", \"" + v6 + "::/48\"" : "").append("]\n");
            if (peered) {
                // Not on kubenet: AKS fails to create a private kubenet cluster with custom DNS (KUBENET_PRIVATE_CUSTOM_DNS).
                if (hub.nextBoolean() && !kubenet) {
                    y.append("    dnsServers: [10.250.").append(x).append(".4]\n");
                }
                y.append("    peerings:\n      - remote: vnet-hub-").append(id).append('\n');
                if (hub.nextBoolean()) {
                    y.append("        allowForwardedTraffic: true\n");
                }
                // The hub's VPN or ExpressRoute gateway, which aksnet cannot see (PEERING_REMOTE_GATEWAY warns): own stream.
                if (new Random(seed * 31 + 97).nextInt(4) == 0) {
                    y.append("        useRemoteGateways: true\n");
                }
            }
            if (existing) {
                y.append("    existing: true\n    resourceGroup: rg-network-").append(id).append('\n');
            }
            y.append("    subnets:\n      - name: nodes\n").append(dualStack ? "        cidrs: [" + nodesCidr + ", \"" + v6 + "::/64\"]\n"
                    : "        cidr: " + nodesCidr + "\n");
            if (nsg) {
                y.append("        networkSecurityGroup: nsg-").append(id).append('\n');
            }
            if (specRouteTable) {
                y.append("        routeTable: rt-").append(id).append('\n');
            }
            if (specNat) {
                y.append("        natGateway: nat-").append(id).append('\n');
            }
            if (privateNodes) {
                y.append("        defaultOutboundAccess: false\n");
            }
            if (endpoints != null) {
                y.append("        serviceEndpoints: ").append(endpoints).append('\n');
            }
            if (!existing) {
                // Private endpoint policies that have an NSG or route table of the spec to apply (else a warning), or none.
                if ((nsg || specRouteTable) && access.nextInt(3) == 0) {
                    y.append("        privateEndpointNetworkPolicies: ")
                            .append(nsg && specRouteTable ? "enabled" : nsg ? "networkSecurityGroupEnabled" : "routeTableEnabled").append('\n');
                } else if (access.nextInt(8) == 0) {
                    y.append("        privateEndpointNetworkPolicies: disabled\n");
                }
                if (access.nextInt(5) == 0) {
                    y.append("        privateLinkServiceNetworkPolicies: ").append(access.nextBoolean() ? "disabled" : "enabled").append('\n');
                }
            }
            if (podSubnet) {
                y.append("      - name: pods\n        cidr: 10.").append(x).append(".64.0/18\n        delegation: aks\n");
            }
            if (apiServerSubnet) {
                // Nine addresses per cluster: a /27 serves both clusters a spec may have.
                y.append("      - name: apiserver\n        cidr: 10.").append(x).append(".48.0/27\n        delegation: apiServer\n");
            }
            for (int c = 0; c < clusters; c++) {
                if (ingress[c] != null && ingress[c].contains("subnet: ingress")) {
                    // Each ingress gets its own /24, clear of the node (up to /20) and pod (.64.0/18) subnets.
                    y.append("      - name: ingress").append(c).append("\n        cidr: 10.").append(x).append('.').append(32 + c).append(".0/24\n");
                    if (ingress[c].contains("applicationGatewayForContainers")) {
                        y.append("        delegation: applicationGatewayForContainers\n");
                    }
                }
            }
        }
        if (nsg) {
            y.append("networkSecurityGroups:\n  - name: nsg-").append(id).append("\n    rules:\n");
            if (security.nextBoolean()) {
                y.append("      - {name: allow-vnet-in, priority: 3000, direction: inbound, access: allow, source: VirtualNetwork, "
                        + "destination: VirtualNetwork, ports: \"*\"}\n");
            }
            if (security.nextBoolean()) {
                y.append("      - {name: allow-https, priority: 200, direction: inbound, access: allow, protocol: tcp, source: Internet, "
                        + "destination: \"*\", ports: \"443,80\"}\n");
            }
            y.append("      - {name: deny-internet-in, priority: 4000, direction: inbound, access: deny, source: Internet, destination: \"*\", "
                    + "ports: \"*\"}\n");
        }
        if (specRouteTable) {
            y.append("routeTables:\n  - name: rt-").append(id).append('\n');
            if (routing.nextBoolean()) {
                y.append("    bgpRoutePropagation: false\n");
            }
            y.append("    routes:\n");
            if (outbound.equals("userDefinedRouting")) {
                y.append("      - {name: default, prefix: 0.0.0.0/0, nextHop: virtualAppliance, nextHopIp: 10.").append(x).append(".255.4}\n");
                if (dualStack && dual.nextBoolean()) {
                    // IPv6's default route (else DUAL_STACK_UDR_IPV6 warns): to the firewall's IPv6 address, or straight out.
                    y.append(dual.nextBoolean() ? "      - {name: default-v6, prefix: \"::/0\", nextHop: virtualAppliance, nextHopIp: \"" + v6
                            + ":ff::4\"}\n" : "      - {name: default-v6, prefix: \"::/0\", nextHop: internet}\n");
                }
            }
            if (routing.nextBoolean()) {
                y.append("      - {name: on-premises, prefix: 192.168.0.0/16, nextHop: virtualNetworkGateway}\n");
            }
            y.append("      - {name: blackhole, prefix: 172.31.0.0/16, nextHop: none}\n");
        }
        if (specNat) {
            y.append("natGateways:\n  - name: nat-").append(id).append('\n');
            if (natZone > 0) {
                y.append("    zones: [").append(natZone).append("]\n");
            }
            switch (egress.nextInt(3)) {
                case 0 -> y.append("    publicIps: ").append(1 + egress.nextInt(3)).append('\n');
                case 1 -> y.append("    publicIpPrefixLength: ").append(28 + egress.nextInt(4)).append('\n');
                default -> y.append("    publicIps: 1\n    publicIpIds: [/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-egress-")
                        .append(id).append("/providers/Microsoft.Network/publicIPAddresses/pip-").append(id).append("]\n");
            }
            if (egress.nextBoolean()) {
                y.append("    idleTimeoutMinutes: ").append(4 + egress.nextInt(117)).append('\n');
            }
        }
        List<String> specZones = new ArrayList<>();
        StringBuilder clustersYaml = new StringBuilder();
        StringBuilder spec = y;
        y = clustersYaml;
        y.append("clusters:\n");
        for (int c = 0; c < clusters; c++) {
            y.append("  - name: aks-").append(id).append('-').append(c).append('\n');
            if (r.nextBoolean()) {
                y.append("    kubernetesVersion: \"1.3").append(6 + r.nextInt(2)).append("\"\n");
            }
            // The application routing add-on now and then: a public and a private zone (each kind in one group), a controller.
            Random appRoutes = new Random(seed * 31 + 79 + c);
            if (appRoutes.nextInt(6) == 0) {
                String zones = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-zones-" + id + "/providers/Microsoft.Network/";
                y.append("    appRouting:\n");
                int kind = appRoutes.nextInt(3);
                if (kind == 0 || appRoutes.nextBoolean()) {
                    y.append("      defaultController: ").append(new String[]{"external", "internal", "annotationControlled", "none"}[appRoutes.nextInt(4)])
                            .append('\n');
                }
                if (kind > 0) {
                    y.append("      dnsZoneIds:\n");
                    if (kind != 2 || appRoutes.nextBoolean()) {
                        y.append("        - ").append(zones).append("dnszones/c").append(c).append('.').append(id).append(".example.com\n");
                    }
                    if (kind == 2) {
                        y.append("        - ").append(zones).append("privateDnsZones/c").append(c).append(".internal.").append(id).append(".example\n");
                    }
                }
            }
            // Identities of the user's now and then, from their own stream: the control plane's, the kubelet's, or both.
            Random identity = new Random(seed * 31 + 61 + c);
            int ids = identity.nextInt(8);
            if (ids < 3) {
                String group = "/subscriptions/00000000-0000-0000-0000-" + String.format("%012x", seed & 0xffffffffffffL) + "/resourceGroups/rg-id-"
                        + id + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-" + id + "-" + c;
                y.append("    identity:\n");
                if (ids != 1) {
                    y.append("      controlPlane: ").append(group).append("-aks\n");
                }
                if (ids != 0) {
                    y.append("      kubelet: ").append(group).append("-kubelet\n");
                }
            }
            boolean privateCluster = access.nextInt(10) < 3;
            int zoneChoice = privateCluster ? access.nextInt(5) : -1;
            // Authorized ranges on public clusters; a public FQDN on private ones; integration into the spec's API server subnet.
            StringBuilder api = new StringBuilder();
            boolean integrated = apiServerSubnet && apiServer.nextBoolean();
            if (integrated) {
                api.append("      vnetIntegration: {subnet: apiserver}\n");
            }
            if (!privateCluster && apiServer.nextInt(3) == 0) {
                api.append("      authorizedIpRanges: [203.0.113.0/24").append(apiServer.nextBoolean() ? ", 0.0.0.0/32" : "").append("]\n");
            }
            if (privateCluster && apiServer.nextInt(3) == 0) {
                // Without a private zone the public FQDN is the only name (PRIVATE_DNS_ZONE_NONE_WITHOUT_PUBLIC_FQDN).
                api.append("      publicFqdn: ").append(apiServer.nextBoolean() || zoneChoice == 1).append('\n');
            }
            if (!api.isEmpty()) {
                y.append("    apiServer:\n").append(api);
            }
            if (privateCluster) {
                y.append("    privateCluster: true\n");
                switch (zoneChoice) {
                    case 0 -> y.append("    privateDnsZone: system\n");
                    case 1 -> y.append("    privateDnsZone: none\n");
                    // A zone of the spec, linked to the spec's network (declared below, after the clusters are known).
                    case 3 -> {
                        if (!managed) {
                            String zone = "c" + c + (integrated ? ".private." : ".privatelink.") + location + ".azmk8s.io";
                            y.append("    privateDnsZone: ").append(zone).append('\n');
                            specZones.add(zone);
                        }
                    }
                    // With API Server VNet Integration the zone is private.<region>.azmk8s.io (PRIVATE_DNS_ZONE_INVALID).
                    case 2 -> {
                        // Now and then the region's own privatelink zone, named into by an FQDN subdomain instead of a DNS prefix.
                        boolean subdomain = !integrated && new Random(seed * 31 + 73 + c).nextBoolean();
                        y.append("    privateDnsZone: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dns-")
                                .append(id).append("/providers/Microsoft.Network/privateDnsZones/").append(subdomain ? "" : "c" + c + ".")
                                .append(integrated ? "private." : "privatelink.").append(location).append(".azmk8s.io\n");
                        if (subdomain) {
                            y.append("    fqdnSubdomain: aks-").append(id).append('-').append(c).append('\n');
                        }
                    }
                    default -> { } // AKS's default zone (system)
                }
            }
            y.append("    network:\n      plugin: ").append(plugin).append('\n');
            if (r.nextBoolean() && !byoCni) {
                y.append("      model: ").append(overlayModel ? "overlay" : "flat").append('\n');
            }
            if (podSubnet && (podMode.equals("static-block") || allocation.nextBoolean())) {
                y.append("      podIpAllocation: ").append(podMode).append('\n');
            }
            if (!policy.equals("none") || r.nextBoolean()) {
                y.append("      policy: ").append(policy).append('\n');
            }
            if (dataplane != null) {
                y.append("      dataplane: ").append(dataplane).append('\n');
            }
            if (dualStack) {
                y.append("      ipFamilies: [IPv4, IPv6]\n");
            }
            if (overlayModel && (r.nextBoolean() || byoCni)) {
                String pods = new String[]{"10.244.0.0/16", "172.16.0.0/16", "100.64.0.0/16"}[r.nextInt(3)];
                y.append(dualStack ? "      podCidrs: [" + pods + ", \"fd12:3456:" + Integer.toHexString(0x7800 + c) + "::/64\"]\n"
                        : "      podCidr: " + pods + "\n");
            }
            if (r.nextBoolean()) {
                y.append(dualStack ? "      serviceCidrs: [10.1.0.0/16, \"fd12:3456:789a:1::/108\"]\n" : "      serviceCidr: 10.1.0.0/16\n")
                        .append("      dnsServiceIp: 10.1.0.10\n");
            }
            if (!outbound.equals("loadBalancer") || r.nextBoolean()) {
                y.append("      outbound: ").append(outbound).append('\n');
            }
            if (outbound.equals("userDefinedRouting") && !existing && (!specRouteTable || podSubnet)) {
                y.append("      egressNextHopIp: 10.").append(x).append(".255.4\n");
            }
            if (outbound.equals("loadBalancer") && egress.nextBoolean()) {
                int from = y.length();
                loadBalancer(y, egress, id, c);
                // A dual-stack cluster's IPv6 egress IPs beside its managed IPv4 ones (never with IPs of the user's).
                if (dualStack && y.substring(from).contains("managedOutboundIps:")) {
                    y.append("        managedOutboundIpv6Ips: ").append(1 + dual.nextInt(3)).append('\n');
                }
            } else if (outbound.equals("loadBalancer") && dualStack && dual.nextBoolean()) {
                y.append("      loadBalancer: {managedOutboundIpv6Ips: ").append(dual.nextInt(3)).append("}\n");
            }
            // Advanced Container Networking Services now and then: observability anywhere, security with Cilium on Azure CNI.
            Random acns = new Random(seed * 31 + 71 + c);
            if (!byoCni && (acns.nextInt(5) == 0 || "cilium".equals(dataplane) && acns.nextBoolean())) {
                boolean networkSecurity = "cilium".equals(dataplane) && acns.nextBoolean();
                y.append("      advancedNetworking: {observability: ").append(!networkSecurity || acns.nextBoolean()).append(", security: ")
                        .append(networkSecurity).append("}\n");
            }
            if (outbound.equals("none")) {
                // A network isolated cluster: AKS's registry, or one of the user's (OUTBOUND_NONE_NEEDS_CACHE).
                y.append(switch (egress.nextInt(3)) {
                    case 0 -> "      bootstrap: {artifactSource: cache, containerRegistryId: /subscriptions/00000000-0000-0000-0000-000000000000/"
                            + "resourceGroups/rg-acr-" + id + "/providers/Microsoft.ContainerRegistry/registries/acr" + id.replace("-", "") + "}\n";
                    default -> "      bootstrap: {artifactSource: cache}\n";
                });
            }
            if (outbound.equals("managedNatGateway") && egress.nextBoolean()) {
                y.append("      natGateway: {managedOutboundIps: ").append(1 + egress.nextInt(16));
                if (egress.nextBoolean()) {
                    y.append(", idleTimeoutMinutes: ").append(4 + egress.nextInt(117));
                }
                y.append("}\n");
            }
            if (ingress[c] != null) {
                y.append(ingress[c]);
            }
            y.append("    nodePools:\n");
            pool(y, r, "system", true, false, managed, podSubnet, nodeSubnet);
            zones(y, egress, natZone);
            maxSurge(y, egress);
            int users = r.nextInt(3);
            // A system pool for critical add-ons only when a user pool is there to run applications (else NO_POOL_FOR_WORKLOADS).
            if (users > 0 && egress.nextInt(3) == 0) {
                y.append("        onlyCriticalAddons: true\n");
            }
            for (int u = 0; u < users; u++) {
                boolean windows = windowsAllowed && r.nextInt(3) == 0;
                pool(y, r, windows ? "win" + u : "user" + u, false, windows, managed, podSubnet, nodeSubnet);
                osImage(y, new Random(seed * 31 + 67 + 7 * c + u), windows, outbound);
                zones(y, egress, natZone);
                nodePublicIp(y, egress, id);
                maxSurge(y, egress);
            }
        }
        // Zones of the spec the clusters named, linked to the spoke (AKS would link it too; declaring it is harmless).
        if (!specZones.isEmpty()) {
            spec.append("privateDnsZones:\n");
            for (String zone : specZones) {
                spec.append("  - {name: ").append(zone).append(", links: [vnet-").append(x).append("]}\n");
            }
        }
        return spec.append(clustersYaml).toString();
    }

    /**
     * A pool's OS image now and then (no retired Windows Server 2019; Windows2025 sends the azurerm target through azapi),
     * and a Windows pool's own outbound NAT off where the cluster egresses through a NAT gateway or a firewall.
     */
    private static void osImage(StringBuilder y, Random r, boolean windows, String outbound) {
        if (r.nextInt(3) == 0) {
            String[] skus = windows ? new String[]{"Windows2022", "Windows2025"} : new String[]{"Ubuntu", "Ubuntu2404", "AzureLinux", "AzureLinux3"};
            y.append("        osSku: ").append(skus[r.nextInt(skus.length)]).append('\n');
        }
        if (windows && !outbound.equals("loadBalancer") && r.nextBoolean()) {
            y.append("        windowsOutboundNat: false\n");
        }
    }

    /**
     * Load balancer outbound settings: managed IPs, or public IPs or prefixes of the user's; ports per node that fit any
     * scale these specs reach (at most 3 pools of 21 nodes plus surge: 72 nodes, 888 ports each per IP); an idle timeout.
     */
    private static void loadBalancer(StringBuilder spec, Random r, String id, int cluster) {
        StringBuilder y = new StringBuilder();
        int ips = 1;
        switch (r.nextInt(4)) {
            case 0 -> {
                ips = 1 + r.nextInt(4);
                y.append("        managedOutboundIps: ").append(ips).append('\n');
            }
            case 1 -> {
                ips = 1 + r.nextInt(2);
                y.append("        outboundIpIds:\n");
                for (int i = 0; i < ips; i++) {
                    y.append("          - /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-egress-").append(id)
                            .append("/providers/Microsoft.Network/publicIPAddresses/pip-").append(cluster).append('-').append(i).append('\n');
                }
            }
            case 2 -> y.append("        outboundIpPrefixIds: [/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-egress-")
                    .append(id).append("/providers/Microsoft.Network/publicIPPrefixes/ippre-").append(cluster).append("]\n");
            default -> { } // AKS's managed IP count
        }
        if (r.nextBoolean()) {
            y.append("        allocatedOutboundPorts: ").append(8 * (1 + r.nextInt(110 * ips))).append('\n');
        }
        if (r.nextBoolean()) {
            y.append("        idleTimeoutMinutes: ").append(4 + r.nextInt(117)).append('\n');
        }
        if (!y.isEmpty()) {
            spec.append("      loadBalancer:\n").append(y);
        }
    }

    /** Sometimes zones for the pool just written: its NAT gateway's zone when that is zonal, else any of 1-3. */
    private static void zones(StringBuilder y, Random r, int natZone) {
        if (r.nextInt(3) == 0) {
            y.append("        zones: ").append(natZone > 0 ? "[" + natZone + "]" : List.of("[1, 2, 3]", "[1]", "[2, 3]").get(r.nextInt(3))).append('\n');
        }
    }

    /** Sometimes a max surge for the pool just written, small enough for the subnets the generator sizes. */
    private static void maxSurge(StringBuilder y, Random r) {
        if (r.nextInt(4) == 0) {
            y.append("        maxSurge: ").append(List.of("1", "2", "33%").get(r.nextInt(3))).append('\n');
        }
    }

    /** Sometimes public IPs for the nodes of the pool just written, sometimes from a prefix of the user's. */
    private static void nodePublicIp(StringBuilder y, Random r, String id) {
        if (r.nextInt(5) == 0) {
            y.append("        nodePublicIp: true\n");
            if (r.nextBoolean()) {
                y.append("        nodePublicIpPrefixId: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-edge-").append(id)
                        .append("/providers/Microsoft.Network/publicIPPrefixes/ippre-nodes-").append(id).append('\n');
            }
        }
    }

    /** A non-empty list of service endpoints aksnet knows, in YAML flow form. */
    private static String serviceEndpoints(Random r) {
        List<String> all = new ArrayList<>(List.of("Microsoft.Storage", "Microsoft.KeyVault", "Microsoft.ContainerRegistry", "Microsoft.Sql"));
        java.util.Collections.shuffle(all, r);
        return "[" + String.join(", ", all.subList(0, 1 + r.nextInt(all.size()))) + "]";
    }

    /** Per cluster: no ingress, or its ingress block, of a kind the cluster's plugin and network allow. */
    private static String[] ingress(Random r, int clusters, boolean kubenet, boolean managed, String id) {
        String[] blocks = new String[clusters];
        for (int c = 0; c < clusters; c++) {
            List<String> kinds = new ArrayList<>(List.of("none", "none", "gatewayId"));
            kinds.add(managed ? "subnetCidr" : "subnet");
            if (!kubenet && !managed) {
                kinds.add("applicationGatewayForContainers");
            }
            blocks[c] = switch (kinds.get(r.nextInt(kinds.size()))) {
                case "gatewayId" -> "    ingress:\n      type: applicationGatewayIngressController\n      gatewayId: /subscriptions/"
                        + "00000000-0000-0000-0000-000000000000/resourceGroups/rg-edge-" + id
                        + "/providers/Microsoft.Network/applicationGateways/agw-" + c + "\n";
                case "subnetCidr" -> "    ingress:\n      type: applicationGatewayIngressController\n      subnetCidr: 10.225." + c + ".0/24\n";
                case "subnet" -> "    ingress:\n      type: applicationGatewayIngressController\n      subnet: ingress" + c + "\n";
                case "applicationGatewayForContainers" -> "    ingress:\n      type: applicationGatewayForContainers\n      subnet: ingress" + c + "\n";
                default -> null;
            };
        }
        return blocks;
    }

    private static void pool(StringBuilder y, Random r, String name, boolean system, boolean windows, boolean managed, boolean podSubnet,
                             boolean nodeSubnet) {
        y.append("      - name: ").append(name).append('\n');
        if (system) {
            y.append("        mode: system\n");
        }
        if (windows) {
            y.append("        os: windows\n");
        }
        y.append("        vmSize: ").append(VM_SIZES[r.nextInt(VM_SIZES.length)]).append('\n');
        if (r.nextBoolean()) {
            y.append("        count: ").append(system ? 2 + r.nextInt(3) : r.nextInt(6)).append('\n');
        } else {
            int min = system ? 2 : r.nextInt(3);
            y.append("        autoscale: {min: ").append(min).append(", max: ").append(min + r.nextInt(nodeSubnet ? 8 : 20)).append("}\n");
        }
        if (r.nextBoolean()) {
            int[] choices = system || nodeSubnet ? new int[]{30, 50, 110} : new int[]{10, 30, 50, 110, 250};
            y.append("        maxPods: ").append(choices[r.nextInt(choices.length)]).append('\n');
        }
        if (!managed) {
            y.append("        subnet: nodes\n");
            if (podSubnet) {
                y.append("        podSubnet: pods\n");
            }
        }
    }
}
