package dev.aksnet.examples;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Target;
import dev.aksnet.model.Deployment;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A Java spec and its YAML twin build the same model and so generate the same bytes. */
class JavaSpecTwinTest {

    @ParameterizedTest(name = "{1} builds the model of {0}/cluster.yaml")
    @CsvSource({"overlay-basic, OverlayBasic", "overlay-windows, OverlayWindows", "pod-subnet-static-block, PodSubnetStaticBlock",
            "user-defined-routing, UserDefinedRouting", "aks-managed-network, AksManagedNetwork", "private-cluster, PrivateCluster",
            "application-gateway-for-containers, ApplicationGatewayForContainers", "application-gateway-ingress, ApplicationGatewayIngress",
            "egress-load-balancer, EgressLoadBalancer", "nat-gateway-zonal, NatGatewayZonal", "node-public-ip, NodePublicIp",
            "api-server-vnet-integration, ApiServerVnetIntegration", "hub-and-spoke, HubAndSpoke", "network-isolated, NetworkIsolated", "dual-stack-cilium, DualStackCilium", "byo-cni, ByoCni", "existing-identities, ExistingIdentities"})
    void javaSpecEqualsYamlSpecAndGeneratesIdenticalBytes(String example, String javaClass) throws Exception {
        LoadedSpec yaml = ExampleFiles.load(example);
        Deployment java = (Deployment) Class.forName(javaClass).getMethod("spec").invoke(null);

        assertEquals(withoutDeclaredModel(yaml.deployment()), java);
        // Same name for the source so the header line matches too: every byte must be equal.
        LoadedSpec fromJava = LoadedSpec.ofJava(yaml.fileName(), java);
        for (Target target : Target.values()) {
            assertEquals(ExampleFiles.generate(yaml, target), ExampleFiles.generate(fromJava, target), target.cliName());
        }
        for (Target target : Target.values()) {
            for (GeneratedFile f : ExampleFiles.generate(fromJava, target)) {
                assertEquals(f.content(), f.content().replace("\r", ""), "LF only");
            }
        }
    }

    /** The Java DSL never writes 'model' (the plugin's builder implies it); YAML may, redundantly. */
    private static Deployment withoutDeclaredModel(Deployment d) {
        var clusters = d.clusters().stream().map(c -> {
            var n = c.network();
            if (n.model() != null && n.model() != n.plugin().model()) {
                throw new AssertionError("example declares a model that disagrees with its plugin");
            }
            var network = new dev.aksnet.model.Network(n.plugin(), null, n.podIpAllocation(), n.policy(), n.dataplane(),
                    n.podCidrs(), n.serviceCidrs(), n.dnsServiceIp(), n.outbound(), n.egressNextHopIp(), n.loadBalancer(), n.natGateway(), n.bootstrap(),
                    n.ipFamilies(), n.advancedNetworking());
            return new dev.aksnet.model.Cluster(c.name(), c.dnsPrefix(), c.kubernetesVersion(), network, c.nodePools(),
                    c.privateCluster(), c.privateDnsZone(), c.serviceEndpoints(), c.ingress(), c.apiServer(), c.identities(),
                    c.fqdnSubdomain(), c.appRouting());
        }).toList();
        return new Deployment(d.apiVersion(), d.location(), d.resourceGroup(), d.tags(), d.connectedNetworks(),
                d.virtualNetworks(), d.natGateways(), d.networkSecurityGroups(), d.routeTables(), d.privateDnsZones(), clusters);
    }

}
