package dev.aksnet.generate;

import dev.aksnet.model.NetworkPlugin;
import dev.aksnet.render.TemplateRenderer;
import dev.aksnet.validation.KubernetesVersions;
import dev.aksnet.validation.ValidationClock;
import dev.aksnet.validation.rules.PoolSizingRules;

import java.time.LocalDate;

/** The commented starter spec of {@code aksnet init}: one template, a view model deciding what it shows per plugin. */
public final class StarterSpec {
    private StarterSpec() {
    }

    /** What the template shows; every decision is taken here. */
    public record View(String fileName, String plugin, String pluginName, String pluginSummary, String nodeSubnetNote,
                       boolean podCidr, boolean podSubnet, String podAllocationNote, boolean calicoPolicy, boolean windows,
                       String kubernetesVersion, String className, String javaNetworkFactory, Integer windowsMaxPods,
                       boolean byoCni) {
    }

    /** A Java spec's class: its file's name, which must be a Java identifier (the compiler wants the two equal). */
    static String className(String fileName) {
        String base = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - ".java".length()) : fileName;
        if (!javax.lang.model.SourceVersion.isName(base) || base.contains(".")) {
            throw new IllegalArgumentException("a Java spec's file name is its class's name: '" + fileName + "' is not a Java class "
                    + "name; use e.g. Payments.java");
        }
        return base;
    }

    /**
     * The starter spec's text.
     *
     * @throws IllegalArgumentException for a Windows pool on kubenet, which AKS does not support
     */
    public static String render(TemplateRenderer renderer, NetworkPlugin plugin, boolean windows, String fileName) {
        return renderer.render("init/cluster.yaml.ftl", view(plugin, windows, fileName, null));
    }

    /** The starter as a Java spec (aksnet init --java), in {@code fileName}, whose class it names. */
    public static String renderJava(TemplateRenderer renderer, NetworkPlugin plugin, boolean windows, String fileName) {
        return renderer.render("init/Cluster.java.ftl", view(plugin, windows, fileName, className(fileName)));
    }

    private static View view(NetworkPlugin plugin, boolean windows, String fileName, String className) {
        if (windows && plugin == NetworkPlugin.KUBENET) {
            throw new IllegalArgumentException("kubenet does not support Windows node pools (KUBENET_NO_WINDOWS): "
                    + "choose azure-cni-overlay for Windows");
        }
        if (windows && plugin == NetworkPlugin.BYO_CNI) {
            throw new IllegalArgumentException("a CNI of your own does not support Windows node pools (BYO_CNI_WINDOWS): "
                    + "choose azure-cni-overlay for Windows");
        }
        String name = switch (plugin) {
            case AZURE_CNI_OVERLAY -> "Azure CNI Overlay";
            case AZURE_CNI_POD_SUBNET -> "Azure CNI Pod Subnet";
            case AZURE_CNI_NODE_SUBNET -> "Azure CNI Node Subnet";
            case KUBENET -> "kubenet";
            case BYO_CNI -> "your own CNI";
        };
        String summary = switch (plugin) {
            case AZURE_CNI_OVERLAY -> "the recommended plugin: pods use a private range, nodes one VNet address each.";
            case AZURE_CNI_POD_SUBNET -> "flat: pods take VNet addresses from a delegated pod subnet.";
            case AZURE_CNI_NODE_SUBNET -> "flat and legacy: pods take VNet addresses from the node subnet.";
            case KUBENET -> "overlay and legacy, retiring 31 March 2028; consider azure-cni-overlay.";
            case BYO_CNI -> "AKS installs no pod networking: install your CNI once the cluster exists (no Microsoft support for it).";
        };
        String nodeSubnetNote = plugin == NetworkPlugin.AZURE_CNI_NODE_SUBNET
                ? "maxPods + 1 addresses per node (aksnet plan shows the totals)" : "one address per node";
        View view = new View(fileName, plugin.specName(), name, summary, nodeSubnetNote, plugin.usesPodCidr(), plugin.usesPodSubnet(),
                "in batches of 16 per node as pods start", plugin == NetworkPlugin.KUBENET, windows,
                // The newest version AKS offers today, from the one table of versions: a starter that validates today.
                KubernetesVersions.newestOn(LocalDate.now(ValidationClock.fromEnvironment())).name(), className,
                switch (plugin) {
                    case AZURE_CNI_OVERLAY -> "azureCniOverlay";
                    case AZURE_CNI_POD_SUBNET -> "azureCniPodSubnet";
                    case AZURE_CNI_NODE_SUBNET -> "azureCniNodeSubnet";
                    case KUBENET -> "kubenet";
                    case BYO_CNI -> "byoCni";
                },
                // Windows nodes take at most 110 pods (WINDOWS_MAXPODS): said where the plugin's default is higher.
                plugin.defaultMaxPods() > PoolSizingRules.WINDOWS_MAX_PODS ? PoolSizingRules.WINDOWS_MAX_PODS : null,
                // A CNI of the user's: no policy engine of AKS's (BYO_CNI_POLICY).
                plugin == NetworkPlugin.BYO_CNI);
        return view;
    }
}
