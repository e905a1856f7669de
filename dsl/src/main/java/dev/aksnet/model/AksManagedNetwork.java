package dev.aksnet.model;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/** The virtual network AKS creates for a cluster that names no subnet (AKS "kubenet and Azure CNI overview"). */
public final class AksManagedNetwork {
    private AksManagedNetwork() {
    }

    /** The managed network's address space. */
    public static final IPAddress ADDRESS_SPACE = new IPAddressString("10.224.0.0/12").getAddress();
    /** The managed network's node subnet. */
    public static final IPAddress NODE_SUBNET = new IPAddressString("10.224.0.0/16").getAddress();
}
