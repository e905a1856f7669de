package dev.aksnet.model;

/**
 * The four CNI plugins of AKS. Each constant carries the facts that belong to the plugin itself: its model and the
 * maxPods default AKS applies when a pool does not set one (AKS "IP address planning").
 */
public enum NetworkPlugin implements SpecEnum {
    AZURE_CNI_OVERLAY("azure-cni-overlay", NetworkModel.OVERLAY, 250),
    AZURE_CNI_POD_SUBNET("azure-cni-pod-subnet", NetworkModel.FLAT, 250),
    AZURE_CNI_NODE_SUBNET("azure-cni-node-subnet", NetworkModel.FLAT, 30),
    KUBENET("kubenet", NetworkModel.OVERLAY, 110);

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

    public NetworkModel model() {
        return model;
    }

    public int defaultMaxPods() {
        return defaultMaxPods;
    }

    /** Whether the cluster takes a pod CIDR (overlay plugins) rather than pod IPs from subnets. */
    public boolean usesPodCidr() {
        return model == NetworkModel.OVERLAY;
    }

    /** Whether node pools name a pod subnet. */
    public boolean usesPodSubnet() {
        return this == AZURE_CNI_POD_SUBNET;
    }
}
