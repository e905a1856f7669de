package dev.aksnet.bench;

import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.Validator;
import dev.aksnet.yaml.SpecReader;

import java.util.List;

/** The specs the benchmarks measure, as YAML text. */
final class Specs {
    private Specs() {
    }

    /** The spec read from {@code yaml}, refused unless it validates without errors: a benchmark measures valid specs. */
    static LoadedSpec valid(SpecReader reader, Validator validator, String yaml) {
        LoadedSpec spec = reader.read("bench.yaml", yaml).spec().orElseThrow();
        List<Diagnostic> errors = validator.validate(spec).stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the benchmark spec is invalid: " + errors);
        }
        return spec;
    }

    /**
     * {@code pools} Linux node pools on a /16 node subnet, in overlay clusters of at most 100 pools (AKS's limit), each
     * led by a system pool.
     */
    static String withPools(int pools) {
        StringBuilder y = new StringBuilder("""
                apiVersion: aksnet/v1
                location: westeurope
                resourceGroup: rg-bench
                tags: {env: bench}
                virtualNetworks:
                  - name: vnet-bench
                    addressSpace: [10.10.0.0/16]
                    subnets:
                      - name: nodes
                        cidr: 10.10.0.0/16
                clusters:
                """);
        for (int i = 0; i < pools; i++) {
            if (i % 100 == 0) {
                y.append("  - name: bench").append(i / 100).append("\n    kubernetesVersion: \"1.36\"\n")
                        .append("    network: {plugin: azure-cni-overlay, podCidr: 100.64.0.0/10}\n    nodePools:\n");
            }
            boolean system = i % 100 == 0;
            y.append("      - {name: p").append(i).append(system ? ", mode: system" : "").append(", vmSize: Standard_D4s_v5, count: ")
                    .append(system ? 3 : 2).append(", subnet: nodes}\n");
        }
        return y.toString();
    }

    /** Spec {@code i} of a fleet: its own /22 network of ten /26 subnets, one cluster on the first. */
    static String fleetMember(int i) {
        int a = 16 + i / 64;
        int b = (i % 64) * 4;
        StringBuilder y = new StringBuilder("apiVersion: aksnet/v1\nlocation: westeurope\nresourceGroup: rg-" + i + "\n"
                + "virtualNetworks:\n  - name: vnet\n    addressSpace: [10." + a + "." + b + ".0/22]\n    subnets:\n");
        for (int s = 0; s < 10; s++) {
            y.append("      - {name: s").append(s).append(", cidr: 10.").append(a).append('.').append(b + s / 4).append('.')
                    .append((s % 4) * 64).append("/26}\n");
        }
        y.append("clusters:\n  - name: c").append(i).append("\n    network: {plugin: azure-cni-overlay}\n    nodePools:\n")
                .append("      - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3, subnet: s0}\n");
        return y.toString();
    }

    /**
     * One network of {@code subnets} subnets (at most 100,000, which stays under the 4 MiB input limit): all the same
     * /24 ({@code identical}, every pair overlaps), or disjoint /29s.
     */
    static String subnets(int subnets, boolean identical) {
        StringBuilder y = new StringBuilder("apiVersion: aksnet/v1\nlocation: westeurope\nresourceGroup: rg\nvirtualNetworks:\n"
                + "- name: vnet\n  addressSpace: [10.0.0.0/8]\n  subnets:\n");
        for (int i = 0; i < subnets; i++) {
            y.append("  - {name: s").append(Integer.toString(i, 36)).append(", cidr: ");
            y.append(identical ? "10.0.0.0/24" : "10." + ((i >> 13) & 255) + "." + ((i >> 5) & 255) + "." + ((i & 31) * 8) + "/29");
            y.append("}\n");
        }
        y.append("clusters:\n- name: k1\n  network: {plugin: azure-cni-overlay, podCidr: 100.64.0.0/16, serviceCidr: 192.168.0.0/16, "
                + "dnsServiceIp: 192.168.0.10}\n  nodePools:\n  - {name: system, mode: system, vmSize: Standard_D4s_v5, count: 3, subnet: s0}\n");
        return y.toString();
    }
}
