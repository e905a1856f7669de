package dev.aksnet.model;

/** The Azure-managed ingress options of the CNI feature matrix. */
public enum IngressType implements SpecEnum {
    /** Application Gateway for Containers: a traffic controller associated with a delegated subnet; not on kubenet. */
    APPLICATION_GATEWAY_FOR_CONTAINERS("applicationGatewayForContainers"),
    /** The Application Gateway ingress controller add-on (ingressApplicationGateway). */
    APPLICATION_GATEWAY_INGRESS_CONTROLLER("applicationGatewayIngressController");

    private final String specName;

    IngressType(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
