package dev.aksnet.model;

/** A subnet delegation: which Azure service may inject resources into the subnet. */
public enum Delegation implements SpecEnum {
    /** Delegated to AKS (pod subnets of Azure CNI Pod Subnet). */
    AKS("aks", "Microsoft.ContainerService/managedClusters"),
    /** Delegated to AKS for API Server VNet Integration: the same service, said for the API server's subnet. */
    API_SERVER("apiServer", "Microsoft.ContainerService/managedClusters"),
    /** Delegated to Application Gateway for Containers (its association subnet). */
    APPLICATION_GATEWAY_FOR_CONTAINERS("applicationGatewayForContainers", "Microsoft.ServiceNetworking/trafficControllers");

    private final String specName;
    private final String serviceName;

    Delegation(String specName, String serviceName) {
        this.specName = specName;
        this.serviceName = serviceName;
    }

    @Override
    public String specName() {
        return specName;
    }

    /** Whether the subnet is delegated to AKS ({@code aks} or {@code apiServer}: one service). */
    public boolean toAks() {
        return serviceName.equals(AKS.serviceName);
    }

    /** The Azure service name the delegation names ({@code Microsoft.ContainerService/managedClusters}). */
    public String serviceName() {
        return serviceName;
    }
}
