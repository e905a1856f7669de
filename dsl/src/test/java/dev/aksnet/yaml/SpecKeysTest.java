package dev.aksnet.yaml;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The spec's keys are spelt once, in {@link SpecFormat}: the reader asks for every key through it (a key it spells
 * otherwise fails at once), and reads every key the format defines (a key in the schema that the reader ignored would be
 * accepted and silently dropped).
 */
class SpecKeysTest {
    /** Every object of the format at least once. */
    private static final String EVERY_OBJECT = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg
            tags: {env: dev}
            connectedNetworks:
              - name: onprem
                cidrs: [192.168.0.0/16]
            virtualNetworks:
              - name: vnet
                addressSpace: [10.0.0.0/16]
                subscriptionId: 00000000-0000-0000-0000-000000000000
                peerings:
                  - remote: other
                subnets:
                  - name: nodes
                    cidr: 10.0.0.0/22
            privateDnsZones:
              - {name: privatelink.westeurope.azmk8s.io, links: [vnet]}
            routeTables:
              - name: rt
                routes:
                  - {name: r, prefix: 0.0.0.0/0, nextHop: internet}
            networkSecurityGroups:
              - name: nsg
                rules:
                  - {name: r, priority: 100, direction: inbound, access: allow}
            natGateways:
              - name: nat
            clusters:
              - name: k
                network:
                  plugin: azure-cni-overlay
                  loadBalancer: {}
                  natGateway: {}
                  bootstrap: {}
                  advancedNetworking: {}
                apiServer:
                  vnetIntegration: {subnet: nodes}
                identity: {}
                appRouting: {}
                ingress:
                  type: applicationGatewayIngressController
                  subnetCidr: 10.1.0.0/24
                nodePools:
                  - name: system
                    vmSize: Standard_D4s_v5
                    autoscale: {min: 1, max: 3}
            """;

    @Test
    void theReaderReadsEveryKeyTheFormatDefines() throws Exception {
        Set<String> defined = new TreeSet<>();
        SpecFormat.ALL.forEach(type -> type.keys().forEach(k -> defined.add(type.name() + "." + k)));
        assertEquals(defined, new TreeSet<>(SpecReader.keysAsked(EVERY_OBJECT)));
    }

    @Test
    void aKeyTheFormatDoesNotDefineIsAProgrammingErrorNotANull() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpecFormat.NODE_POOL.field("vmsize"));
        assertEquals("the spec format's nodePool has no key 'vmsize'", e.getMessage());
    }
}
