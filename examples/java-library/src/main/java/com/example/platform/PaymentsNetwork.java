package com.example.platform;

import dev.aksnet.api.Aksnet;
import dev.aksnet.api.Generation;
import dev.aksnet.api.Spec;
import dev.aksnet.api.Validation;
import dev.aksnet.generate.Layout;
import dev.aksnet.generate.Target;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The payments team's cluster network, written in Java, and a small program that validates it and writes its
 * Terraform module: {@code java -cp … com.example.platform.PaymentsNetwork OUT_DIR}.
 */
public final class PaymentsNetwork {
    private PaymentsNetwork() {
    }

    /** One place for the team's conventions: every environment gets the same shape, its own address space. */
    public static Deployment spec(String environment, int secondOctet) {
        String net = "10." + secondOctet + ".";
        return Deployment.builder()
                .location("westeurope")
                .resourceGroup("rg-payments-" + environment)
                .tag("owner", "payments")
                .tag("env", environment)
                .virtualNetwork(VirtualNetwork.named("vnet-payments-" + environment)
                        .addressSpace(net + "0.0/16")
                        .subnet("nodes", net + "0.0/22"))
                .cluster(Cluster.named("payments-" + environment)
                        .network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize("Standard_D4s_v5").count(3).subnet("nodes")))
                .build();
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "out");
        Spec prod = Aksnet.of("PaymentsNetwork.java", () -> spec("prod", 10));
        Spec dev = Aksnet.of("PaymentsNetwork.java", () -> spec("dev", 11));
        // Validated together: two environments whose networks overlap would be reported here.
        Validation validation = Aksnet.validate(prod, dev);
        validation.diagnostics().forEach(System.err::println);
        if (validation.hasErrors()) {
            System.exit(1);
        }
        for (var env : new Object[][]{{"prod", prod}, {"dev", dev}}) {
            Generation module = Aksnet.generate((Spec) env[1], Target.TERRAFORM, Layout.MODULE);
            module.writeTo(out.resolve((String) env[0]));
            System.out.println("wrote " + module.files().size() + " files in " + out.resolve((String) env[0]));
        }
    }
}
