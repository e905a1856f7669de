package dev.aksnet.dsl;

import dev.aksnet.model.ApiServer;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Ingress;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds a {@link Cluster} ({@code Cluster.named("payments")}). */
public final class ClusterBuilder {
    private final String name;
    private String dnsPrefix;
    private String kubernetesVersion;
    private Network network;
    private boolean privateCluster;
    private String privateDnsZone;
    private Ingress ingress;
    private ApiServer apiServer;
    private String controlPlaneIdentity;
    private String kubeletIdentity;
    private String fqdnSubdomain;
    private dev.aksnet.model.AppRouting appRouting;
    private final List<NodePool> nodePools = new ArrayList<>();

    private final StackTraceElement site = CallSites.caller();

    public ClusterBuilder(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public ClusterBuilder dnsPrefix(String dnsPrefix) {
        this.dnsPrefix = Objects.requireNonNull(dnsPrefix, "dnsPrefix");
        return this;
    }

    public ClusterBuilder kubernetesVersion(String kubernetesVersion) {
        this.kubernetesVersion = Objects.requireNonNull(kubernetesVersion, "kubernetesVersion");
        return this;
    }

    /** The network settings, from a plugin's builder such as {@code Network.azureCniOverlay()}. */
    public ClusterBuilder network(NetworkBuilders.Common<?> network) {
        this.network = network.build();
        return this;
    }

    /** A private cluster with the DNS zone AKS manages. */
    public ClusterBuilder privateCluster() {
        this.privateCluster = true;
        return this;
    }

    /** A private cluster with {@code zone}: {@code "system"}, {@code "none"}, or a private DNS zone's resource id. */
    public ClusterBuilder privateCluster(String zone) {
        this.privateCluster = true;
        this.privateDnsZone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    /** How the API server is reached: {@code apiServer(ApiServer.settings().privateEndpoint().vnetIntegration("apiserver"))}. */
    public ClusterBuilder apiServer(ApiServerBuilder settings) {
        this.apiServer = CallSites.remember(settings.build(), CallSites.caller());
        return this;
    }

    /** Azure-managed ingress, e.g. {@code Ingress.applicationGatewayForContainers("alb")}. */
    public ClusterBuilder ingress(Ingress ingress) {
        // Remembered here, at the user's call, so that ingress diagnostics of a Java spec point at this line.
        this.ingress = CallSites.remember(Objects.requireNonNull(ingress, "ingress"), CallSites.caller());
        return this;
    }

    /** The application routing add-on: managed NGINX with its default controller, managing records in these DNS zones. */
    public ClusterBuilder appRouting(dev.aksnet.model.AppRouting.DefaultController defaultController, String... dnsZoneIds) {
        this.appRouting = new dev.aksnet.model.AppRouting(List.of(dnsZoneIds), defaultController);
        return this;
    }

    /** A private cluster's FQDN subdomain in its own privatelink zone, instead of a DNS prefix. */
    public ClusterBuilder fqdnSubdomain(String subdomain) {
        this.fqdnSubdomain = Objects.requireNonNull(subdomain, "subdomain");
        return this;
    }

    /** An existing user-assigned identity for the control plane, by resource id, instead of the one aksnet creates. */
    public ClusterBuilder controlPlaneIdentity(String resourceId) {
        this.controlPlaneIdentity = Objects.requireNonNull(resourceId, "resourceId");
        return this;
    }

    /** An existing user-assigned identity for the nodes' kubelet, by resource id, instead of the one AKS creates. */
    public ClusterBuilder kubeletIdentity(String resourceId) {
        this.kubeletIdentity = Objects.requireNonNull(resourceId, "resourceId");
        return this;
    }

    public ClusterBuilder nodePool(NodePoolBuilder pool) {
        nodePools.add(pool.build());
        return this;
    }

    public Cluster build() {
        if (network == null) {
            throw new IllegalStateException("cluster '" + name + "' has no network: call network(Network.azureCniOverlay()…)");
        }
        return CallSites.remember(new Cluster(name, dnsPrefix, kubernetesVersion, network, nodePools, privateCluster, privateDnsZone, List.of(),
                ingress, apiServer, controlPlaneIdentity == null && kubeletIdentity == null ? null
                : new dev.aksnet.model.ClusterIdentities(controlPlaneIdentity, kubeletIdentity), fqdnSubdomain, appRouting), site);
    }
}
