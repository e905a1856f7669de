package dev.aksnet.examples;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Target;
import dev.aksnet.plan.ResourcePlan;
import dev.aksnet.plan.ResourcePlanner;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, "every useful id as an output": in every example and target, each network, subnet, network security group,
 * route table, NAT gateway and private DNS zone the deployment creates has an output, and no two outputs share a name.
 */
class ResourceIdOutputsTest {
    private static final Pattern TERRAFORM_OUTPUT = Pattern.compile("(?m)^output \"([^\"]+)\" \\{\\n  description = \"([^\"]*)\"");
    private static final Pattern BICEP_OUTPUT = Pattern.compile("(?m)^@description\\('([^']*)'\\)\\noutput (\\w+) ");

    @TestFactory
    List<DynamicTest> everyCreatedResourceHasAnIdOutputInEveryTarget() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String example : ExampleFiles.names()) {
            for (Target target : Target.values()) {
                tests.add(DynamicTest.dynamicTest(example + " " + target.cliName(), () -> verify(example, target)));
            }
        }
        return tests;
    }

    private static void verify(String example, Target target) {
        LoadedSpec spec = ExampleFiles.load(example);
        ResourcePlan plan = ResourcePlanner.plan(spec.deployment());
        List<String> expected = new ArrayList<>();
        plan.networks().stream().filter(ResourcePlan.Network::created).forEach(n -> {
            expected.add("Resource id of virtual network " + n.name() + ".");
            n.subnets().forEach(s -> expected.add("Resource id of subnet " + s.name() + " of " + n.name() + "."));
        });
        plan.networkSecurityGroups().forEach(g -> expected.add("Resource id of network security group " + g.name() + "."));
        plan.routeTables().forEach(t -> expected.add("Resource id of route table " + t.name() + "."));
        plan.natGateways().forEach(g -> expected.add("Resource id of NAT gateway " + g.name() + "."));
        plan.privateDnsZones().forEach(z -> expected.add("Resource id of private DNS zone " + z.name() + "."));

        String outputs = ExampleFiles.generate(spec, target).stream()
                .filter(f -> f.relativePath().equals(target == Target.BICEP ? "main.bicep" : "outputs.tf"))
                .map(GeneratedFile::content).findFirst().orElseThrow();
        List<String> names = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        Matcher m = (target == Target.BICEP ? BICEP_OUTPUT : TERRAFORM_OUTPUT).matcher(outputs);
        while (m.find()) {
            names.add(target == Target.BICEP ? m.group(2) : m.group(1));
            descriptions.add(target == Target.BICEP ? m.group(1) : m.group(2));
        }
        assertEquals(names.size(), new HashSet<>(names).size(), "output names are unique: " + names);
        List<String> idOutputs = descriptions.stream().filter(d -> expected.contains(d)).toList();
        assertEquals(expected, idOutputs, example + " " + target.cliName());
        assertTrue(descriptions.containsAll(expected));
    }
}
