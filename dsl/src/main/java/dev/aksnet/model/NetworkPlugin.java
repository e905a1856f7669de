package dev.aksnet.model;

/**
 * The four CNI plugins of AKS, and none: a CNI of the user's (BYO CNI). Each constant carries the facts that belong to
 * the plugin itself: its model and the maxPods default AKS applies when a pool does not set one (AKS "IP address
 * planning"; BYO CNI: Kubernetes' own kubelet default, 110, since pod density is the user's CNI's to support).
 */
public enum NetworkPlugin implements SpecEnum {
    AZURE_CNI_OVERLAY("azure-cni-overlay", NetworkModel.OVERLAY, 250),
    AZURE_CNI_POD_SUBNET("azure-cni-pod-subnet", NetworkModel.FLAT, 250),
    AZURE_CNI_NODE_SUBNET("azure-cni-node-subnet", NetworkModel.FLAT, 30),
    KUBENET("kubenet", NetworkModel.OVERLAY, 110),
    /** Bring your own CNI (use-byo-cni.md): AKS installs no pod networking; the pod CIDR only routes control plane traffic. */
    BYO_CNI("none", null, 110);

    private final String specName;
    private final NetworkModel model;
    private final int defaultMaxPods;

    NetworkPlugin(String specName, NetworkModel model, int defaultMaxPods) {
        this.specName = specName;
        this.model = model;
        this.defaultMaxPods = defaultMaxPods;
    }

    @Override
    public String specName() {
        return specName;
    }

    /** The networking model; null for BYO CNI, whose model is the user's CNI's. */
    public NetworkModel model() {
        return model;
    }

    public int defaultMaxPods() {
        return defaultMaxPods;
    }

    /** Whether the cluster takes a pod CIDR (overlay plugins, and BYO CNI's control plane routes) rather than pod IPs from subnets. */
    public boolean usesPodCidr() {
        return model == NetworkModel.OVERLAY || this == BYO_CNI;
    }

    /** Whether AKS gives every node a /24 of the pod CIDR (overlay plugins; not a CNI of the user's). */
    public boolean splitsPodCidrPerNode() {
        return model == NetworkModel.OVERLAY;
    }

    /** Whether node pools name a pod subnet. */
    public boolean usesPodSubnet() {
        return this == AZURE_CNI_POD_SUBNET;
    }
}
