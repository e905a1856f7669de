package dev.aksnet.model;

import inet.ipaddr.IPAddress;

import java.util.Objects;

/**
 * A cluster's Azure-managed ingress. Which fields apply depends on the type; the YAML reader keeps whatever was
 * written so that validation can say what does not belong (INGRESS_GATEWAY_SOURCE), and the Java DSL offers only the
 * legal combinations through the factories below.
 *
 * @param type       Application Gateway for Containers, or the Application Gateway ingress controller add-on
 * @param subnet     Application Gateway for Containers: the association subnet; the add-on: the subnet AKS creates a new
 *                   gateway in; or null
 * @param subnetCidr the add-on only: the range of a new subnet AKS creates for a new gateway; or null
 * @param gatewayId  the add-on only: the resource id of an existing application gateway; or null
 */
public record Ingress(IngressType type, SubnetRef subnet, IPAddress subnetCidr, String gatewayId) {
    public Ingress {
        Objects.requireNonNull(type, "type");
    }

    /** Application Gateway for Containers, associated with {@code subnet} ({@code vnet/subnet} or {@code subnet}). */
    public static Ingress applicationGatewayForContainers(String subnet) {
        return new Ingress(IngressType.APPLICATION_GATEWAY_FOR_CONTAINERS, SubnetRef.parse(subnet), null, null);
    }

    /** The ingress controller add-on with a new gateway in a declared subnet ({@code vnet/subnet} or {@code subnet}). */
    public static Ingress applicationGatewayIngressControllerInSubnet(String subnet) {
        return new Ingress(IngressType.APPLICATION_GATEWAY_INGRESS_CONTROLLER, SubnetRef.parse(subnet), null, null);
    }

    /** The ingress controller add-on with a new gateway in a new subnet of that range (AKS-managed networks). */
    public static Ingress applicationGatewayIngressControllerNewSubnet(String cidr) {
        return new Ingress(IngressType.APPLICATION_GATEWAY_INGRESS_CONTROLLER, null, CidrSyntax.parseIpv4Block(cidr), null);
    }

    /** The ingress controller add-on driving an existing application gateway. */
    public static Ingress applicationGatewayIngressControllerExisting(String gatewayId) {
        return new Ingress(IngressType.APPLICATION_GATEWAY_INGRESS_CONTROLLER, null, null, Objects.requireNonNull(gatewayId, "gatewayId"));
    }

    public boolean isApplicationGatewayForContainers() {
        return type == IngressType.APPLICATION_GATEWAY_FOR_CONTAINERS;
    }

    public boolean isIngressController() {
        return type == IngressType.APPLICATION_GATEWAY_INGRESS_CONTROLLER;
    }
}
