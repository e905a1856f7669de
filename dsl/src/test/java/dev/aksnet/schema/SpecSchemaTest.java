package dev.aksnet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.aksnet.validation.RuleId;
import dev.aksnet.yaml.SpecFormat;
import dev.aksnet.yaml.SpecReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON Schema and the reader cannot drift: the same specs pass both, the same mistakes fail both. */
class SpecSchemaTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static Schema schema;

    @BeforeAll
    static void load() {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SpecSchema.json());
    }

    static List<com.networknt.schema.Error> errors(String yaml) throws IOException {
        return schema.validate(YAML.readTree(yaml));
    }

    @Test
    void theShippedSchemaIsTheGeneratedOne() throws IOException {
        // Regenerate with: ./aksnet schema > schema/aksnet.schema.json
        assertEquals(SpecSchema.json(), Files.readString(Path.of("..", "schema", "aksnet.schema.json")));
    }

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("..", "examples")).map(d -> d.resolve("cluster.yaml")).filter(Files::isRegularFile).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExamplePassesTheSchemaAndNamesIt(Path example) throws IOException {
        String text = Files.readString(example);
        assertEquals(List.of(), errors(text));
        assertTrue(text.startsWith("# yaml-language-server: $schema=../../schema/aksnet.schema.json\n"), example + " names the schema");
    }

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(SpecSchemaTest.class.getResource("/dev/aksnet/validation/fixtures").toURI());
        List<Path> all = new ArrayList<>(Files.list(dir).filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
        try (Stream<Path> fleet = Files.walk(dir.resolve("fleet"))) {
            all.addAll(fleet.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
        }
        return all.stream();
    }

    /** Every rule fixture with its fix applied is a valid spec (see RuleFixturesTest): the schema accepts each. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyValidTestSpecPassesTheSchema(Path fixture) throws IOException {
        String text = Files.readString(fixture);
        if (text.startsWith("# expect: ")) {
            String[] lines = text.split("\n", 3);
            String[] fix = new ObjectMapper().readValue(lines[1].substring("# fix: ".length()), String[].class);
            text = lines[2].replace(fix[0], fix[1]);
        }
        assertEquals(List.of(), errors(text), fixture.toString());
    }

    static final String VALID = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg-test
            clusters:
              - name: k1
                network: {plugin: azure-cni-overlay}
                nodePools:
                  - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3}
            """;

    @ParameterizedTest
    @ValueSource(strings = {
            "location: westeurope|locaton: westeurope",             // unknown key (and a missing one)
            "azure-cni-overlay|azure-cni-overlya",                  // outside the enum
            "count: 3|count: three",                                // wrong type
            "count: 3|count: 3, autoscale: {min: 1, max: 3}",       // count and autoscale
            ", count: 3|",                                          // neither count nor autoscale
            "network: {plugin: azure-cni-overlay}|network: {plugin: azure-cni-overlay, podCidr: 10.244.0.0}", // not a CIDR
            "name: system|name: System",                            // pool name pattern
            "apiVersion: aksnet/v1|apiVersion: aksnet/v2"})
    void invalidSpecsFailTheSchemaAsTheyFailTheReaderOrValidator(String edit) throws IOException {
        String[] pair = edit.split("\\|", -1);
        String yaml = VALID.replace(pair[0], pair[1]);
        assertFalse(yaml.equals(VALID), "the edit applies");
        assertFalse(errors(yaml).isEmpty(), "the schema accepts " + yaml);
        assertTrue(RuleFixturesReader.errors(yaml), "aksnet accepts " + yaml);
    }

    /** Where an instance of each object of the format stands in {@link #FULL}. */
    private static final Map<String, String> INSTANCE = Map.ofEntries(
            Map.entry("deployment", ""), Map.entry("connectedNetwork", "/connectedNetworks/0"), Map.entry("virtualNetwork", "/virtualNetworks/0"),
            Map.entry("subnet", "/virtualNetworks/0/subnets/0"), Map.entry("natGateway", "/natGateways/0"), Map.entry("cluster", "/clusters/0"),
            Map.entry("network", "/clusters/0/network"), Map.entry("loadBalancer", "/clusters/0/network/loadBalancer"),
            Map.entry("managedNatGateway", "/clusters/0/network/natGateway"), Map.entry("bootstrap", "/clusters/0/network/bootstrap"), Map.entry("nodePool", "/clusters/0/nodePools/0"),
            Map.entry("autoscale", "/clusters/0/nodePools/1/autoscale"), Map.entry("ingress", "/clusters/0/ingress"),
            Map.entry("apiServer", "/clusters/0/apiServer"), Map.entry("vnetIntegration", "/clusters/0/apiServer/vnetIntegration"),
            Map.entry("peering", "/virtualNetworks/0/peerings/0"), Map.entry("networkSecurityGroup", "/networkSecurityGroups/0"),
            Map.entry("securityRule", "/networkSecurityGroups/0/rules/0"), Map.entry("privateDnsZone", "/privateDnsZones/0"),
            Map.entry("routeTable", "/routeTables/0"), Map.entry("route", "/routeTables/0/routes/0"),
            Map.entry("identity", "/clusters/0/identity"), Map.entry("advancedNetworking", "/clusters/0/network/advancedNetworking"),
            Map.entry("appRouting", "/clusters/0/appRouting"));

    /**
     * Fields shown on another instance than {@link #INSTANCE}'s: the second pool autoscales, the second subnet is delegated,
     * the third subnet and the second cluster are dual-stack.
     */
    private static final Map<String, String> OTHER_INSTANCE = Map.of(
            "nodePool.autoscale", "/clusters/0/nodePools/1", "subnet.delegation", "/virtualNetworks/0/subnets/1",
            "subnet.cidrs", "/virtualNetworks/0/subnets/2", "network.ipFamilies", "/clusters/1/network",
            "network.podCidrs", "/clusters/1/network", "network.serviceCidrs", "/clusters/1/network");

    private static String where(SpecFormat.ObjectType type, SpecFormat.Field f) {
        return OTHER_INSTANCE.getOrDefault(type.name() + "." + f.name(), INSTANCE.get(type.name()));
    }

    /** A spec that sets every field of the format. */
    static final String FULL = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg-test
            tags: {env: test}
            connectedNetworks:
              - {name: onprem, cidrs: [192.168.0.0/16]}
            virtualNetworks:
              - name: vnet
                addressSpace: [10.10.0.0/16, "fd00:10:10::/48"]
                existing: true
                resourceGroup: rg-network
                subscriptionId: 00000000-0000-0000-0000-000000000000
                location: westeurope
                dnsServers: [10.10.255.4]
                peerings:
                  - {remote: vnet, allowForwardedTraffic: true, useRemoteGateways: false}
                subnets:
                  - {name: nodes, cidr: 10.10.0.0/22, serviceEndpoints: [Microsoft.Storage], natGateway: nat, defaultOutboundAccess: false,
                     networkSecurityGroup: nsg, routeTable: rt, privateEndpointNetworkPolicies: enabled,
                     privateLinkServiceNetworkPolicies: disabled}
                  - {name: pods, cidr: 10.10.64.0/18, delegation: aks}
                  - {name: dual, cidrs: [10.10.128.0/24, "fd00:10:10::/64"]}
            routeTables:
              - name: rt
                bgpRoutePropagation: false
                routes:
                  - {name: default, prefix: 0.0.0.0/0, nextHop: virtualAppliance, nextHopIp: 10.10.255.4}
            privateDnsZones:
              - {name: privatelink.westeurope.azmk8s.io, links: [vnet]}
            networkSecurityGroups:
              - name: nsg
                rules:
                  - {name: deny-internet-in, priority: 4000, direction: inbound, access: deny, protocol: "*", source: Internet,
                     destination: "*", ports: "*"}
            natGateways:
              - name: nat
                zones: [1]
                publicIps: 1
                publicIpPrefixLength: 31
                publicIpIds: [/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip]
                idleTimeoutMinutes: 4
            clusters:
              - name: k1
                dnsPrefix: k1
                fqdnSubdomain: k1
                kubernetesVersion: "1.36"
                privateCluster: true
                privateDnsZone: system
                serviceEndpoints: [Microsoft.Storage]
                ingress: {type: applicationGatewayIngressController, subnet: nodes, subnetCidr: 10.225.0.0/24, gatewayId: gw}
                apiServer:
                  private: true
                  privateDnsZone: system
                  vnetIntegration: {subnet: nodes}
                  authorizedIpRanges: [203.0.113.0/24]
                  publicFqdn: true
                appRouting: {defaultController: internal, dnsZoneIds: [/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dns/providers/Microsoft.Network/dnszones/contoso.com]}
                identity:
                  controlPlane: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-id/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-aks
                  kubelet: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-id/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-kubelet
                network:
                  plugin: azure-cni-pod-subnet
                  model: flat
                  podIpAllocation: dynamic
                  policy: cilium
                  dataplane: cilium
                  podCidr: 10.244.0.0/16
                  serviceCidr: 10.0.0.0/16
                  dnsServiceIp: 10.0.0.10
                  outbound: userDefinedRouting
                  egressNextHopIp: 10.10.255.4
                  loadBalancer:
                    managedOutboundIps: 2
                    managedOutboundIpv6Ips: 1
                    outboundIpIds: [/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip]
                    outboundIpPrefixIds: [/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/ippre]
                    allocatedOutboundPorts: 1024
                    idleTimeoutMinutes: 30
                  natGateway: {managedOutboundIps: 2, idleTimeoutMinutes: 4}
                  advancedNetworking: {observability: true, security: true}
                  bootstrap: {artifactSource: cache, containerRegistryId: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr}
                nodePools:
                  - {name: system, mode: system, os: linux, vmSize: Standard_D4s_v5, count: 3, maxPods: 30, subnet: nodes, podSubnet: pods,
                     zones: [1, 2, 3], nodePublicIp: true, maxSurge: 33%, onlyCriticalAddons: true, osSku: AzureLinux, windowsOutboundNat: false,
                     nodePublicIpPrefixId: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/ippre}
                  - {name: user, vmSize: Standard_D4s_v5, autoscale: {min: 1, max: 3}, subnet: nodes, podSubnet: pods, maxSurge: 1}
              - name: k2
                network: {plugin: azure-cni-overlay, ipFamilies: [IPv4, IPv6], podCidrs: [10.245.0.0/16, "fd12:3456:789a::/64"],
                          serviceCidrs: [10.1.0.0/16, "fd12:3456:789a:1::/108"], dnsServiceIp: 10.1.0.10}
                nodePools:
                  - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3, subnet: dual}
            """;

    @Test
    void theFullSpecSetsEveryFieldAndReadsWithoutShapeErrors() throws IOException {
        JsonNode full = YAML.readTree(FULL);
        for (SpecFormat.ObjectType type : SpecFormat.ALL) {
            for (SpecFormat.Field f : type.fields()) {
                assertTrue(full.at(where(type, f)).has(f.name()), type.name() + "." + f.name() + " is not in FULL");
            }
        }
        assertEquals(List.of(), errors(FULL));
        assertEquals(List.of(), new SpecReader().read("full.yaml", FULL).diagnostics());
    }

    /** A field the schema requires is one whose absence the reader reports as SPEC_MISSING_KEY, and no other. */
    @Test
    void requiredFieldsAgreeBetweenSchemaAndReader() throws IOException {
        for (SpecFormat.ObjectType type : SpecFormat.ALL) {
            for (SpecFormat.Field f : type.fields()) {
                ObjectNode spec = (ObjectNode) YAML.readTree(FULL);
                ((ObjectNode) spec.at(where(type, f))).remove(f.name());
                String yaml = YAML.writeValueAsString(spec);
                boolean readerMissing = new SpecReader().read("x.yaml", yaml).diagnostics().stream()
                        .anyMatch(d -> d.rule() == RuleId.SPEC_MISSING_KEY);
                boolean schemaMissing = !errors(yaml).isEmpty();
                assertEquals(schemaMissing, readerMissing, type.name() + "." + f.name());
                assertEquals(f.required() || type.exactlyOneOf().contains(f.name()), readerMissing, type.name() + "." + f.name());
            }
        }
    }

    /** aksnet's verdict: errors from reading or from validation. */
    static final class RuleFixturesReader {
        static boolean errors(String yaml) {
            var read = new SpecReader().read("x.yaml", yaml);
            boolean readErrors = read.diagnostics().stream().anyMatch(d -> d.isError());
            boolean ruleErrors = read.spec().map(s -> dev.aksnet.validation.Validator.standard().validate(s).stream()
                    .anyMatch(d -> d.isError())).orElse(false);
            return readErrors || ruleErrors;
        }
    }
}
