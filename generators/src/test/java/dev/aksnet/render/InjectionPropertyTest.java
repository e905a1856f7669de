package dev.aksnet.render;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generators;
import dev.aksnet.generate.Target;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.Validator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No spec value changes the structure of generated Terraform or Bicep. For every string-valued field of a spec, a random
 * or adversarial value either fails validation (names have Azure's alphabets), or generates files whose token structure
 * equals that of a harmless value, with no live template sequence, and with the value back intact inside a string
 * literal.
 */
// Seeds are pinned so that CI is reproducible; remove a seed locally to explore other samples.
class InjectionPropertyTest {
    private static final Generators GENERATORS = Generators.standard();
    private static final Validator VALIDATOR = Validator.standard();

    /** The string fields of a spec; each builds a spec with the given text in that field. */
    enum Field {
        TAG_VALUE(v -> spec(b -> b.tag("note", v), "k1", "system", "vnet", "nodes", "Standard_D4s_v5", "1.33", "westeurope", "rg")),
        TAG_NAME(v -> spec(b -> b.tag(v, "x"), "k1", "system", "vnet", "nodes", "Standard_D4s_v5", "1.33", "westeurope", "rg")),
        VM_SIZE(v -> spec(b -> b, "k1", "system", "vnet", "nodes", v, "1.33", "westeurope", "rg")),
        KUBERNETES_VERSION(v -> spec(b -> b, "k1", "system", "vnet", "nodes", "Standard_D4s_v5", v, "westeurope", "rg")),
        LOCATION(v -> spec(b -> b, "k1", "system", "vnet", "nodes", "Standard_D4s_v5", "1.33", v, "rg")),
        RESOURCE_GROUP(v -> spec(b -> b, "k1", "system", "vnet", "nodes", "Standard_D4s_v5", "1.33", "westeurope", v)),
        CLUSTER_NAME(v -> spec(b -> b, v, "system", "vnet", "nodes", "Standard_D4s_v5", "1.33", "westeurope", "rg")),
        POOL_NAME(v -> spec(b -> b, "k1", v, "vnet", "nodes", "Standard_D4s_v5", "1.33", "westeurope", "rg")),
        VNET_NAME(v -> spec(b -> b, "k1", "system", v, "nodes", "Standard_D4s_v5", "1.33", "westeurope", "rg")),
        SUBNET_NAME(v -> spec(b -> b, "k1", "system", "vnet", v, "Standard_D4s_v5", "1.33", "westeurope", "rg"));

        final Function<String, Deployment> build;

        Field(Function<String, Deployment> build) {
            this.build = build;
        }

        /** Whether the value is written into {@code target}'s output as a literal: Bicep deploys into the resource group. */
        boolean emittedIn(Target target) {
            return !(this == RESOURCE_GROUP && target == Target.BICEP);
        }

        /** A value with the same token shape as {@code value} would have, but harmless. */
        String harmless(String value) {
            boolean identifierLike = value.matches("[A-Za-z_][A-Za-z0-9_]*");
            return switch (this) {
                case TAG_NAME -> identifierLike ? "harmless" : "harm less";
                default -> "harmless";
            };
        }
    }

    private static Deployment spec(Function<dev.aksnet.dsl.DeploymentBuilder, dev.aksnet.dsl.DeploymentBuilder> tags, String cluster, String pool,
                                   String vnet, String subnet, String vmSize, String version, String location, String resourceGroup) {
        return tags.apply(Deployment.builder().location(location).resourceGroup(resourceGroup))
                .virtualNetwork(VirtualNetwork.named(vnet).addressSpace("10.10.0.0/16").subnet(subnet, "10.10.0.0/22"))
                .cluster(Cluster.named(cluster).kubernetesVersion(version).network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux(pool).system().vmSize(vmSize).count(3).subnet(vnet + "/" + subnet)))
                .build();
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> structural = Arbitraries.strings().withChars("\"'\\${}%#/*\n\r\t:=[](),.~`-_ab1\u0000\u001b\u2028\u00e9")
                .ofMinLength(1).ofMaxLength(24);
        Arbitrary<String> known = Arbitraries.of("\"\n}\nresource \"x\" \"y\" {\n", "${var.secret}", "%{ if true }x%{ endif }", "$${x}",
                "'; evil() //", "' }\nresource x 'y' = {\n", "\\", "\\\"", "*/ /*", "# not a comment", "a\"b'c", "${", "%{", "$", "%");
        return Arbitraries.oneOf(structural, known, Arbitraries.strings().ofMinLength(1).ofMaxLength(30));
    }

    @Property(tries = 400, seed = "20261132")
    void noValueChangesTheStructureOfTheOutput(@ForAll Field field, @ForAll("hostile") String value) {
        LoadedSpec hostile = LoadedSpec.ofJava("spec.yaml", field.build.apply(value));
        if (VALIDATOR.validate(hostile).stream().anyMatch(Diagnostic::isError)) {
            return; // refused before any code is generated: nothing to inject into
        }
        LoadedSpec harmless = LoadedSpec.ofJava("spec.yaml", field.build.apply(field.harmless(value)));
        for (Target target : Target.values()) {
            List<GeneratedFile> mine = GENERATORS.forTarget(target).generate(hostile);
            List<GeneratedFile> baseline = GENERATORS.forTarget(target).generate(harmless);
            assertEquals(baseline.size(), mine.size());
            boolean found = false;
            for (int i = 0; i < mine.size(); i++) {
                List<OutputTokens.Token> tokens = tokens(target, mine.get(i).content());
                assertTrue(tokens.stream().noneMatch(t -> t.kind() == OutputTokens.Kind.TEMPLATE),
                        () -> "a live template sequence for " + field + " = " + value);
                assertEquals(OutputTokens.structure(tokens(target, baseline.get(i).content())), OutputTokens.structure(tokens),
                        () -> "structure changed by " + field + " = " + printable(value) + " in " + target);
                found |= tokens.stream().anyMatch(t -> t.kind() == OutputTokens.Kind.STRING && t.value().contains(value));
            }
            if (field.emittedIn(target)) {
                assertTrue(found, () -> field + " = " + printable(value) + " not found inside any string literal of " + target);
            }
        }
    }

    @Property(tries = 50, seed = "20261133")
    void theTokenizersSeeAnInjectionWhenOneHappens(@ForAll("hostile") String value) {
        // Proves the check can fail: splice the raw value into a literal without escaping, as a broken generator would.
        String hcl = "x = \"" + value + "\"\n";
        boolean breaksHcl = value.contains("\"") || value.contains("\n") || value.contains("\\") || value.contains("${") || value.contains("%{");
        if (breaksHcl) {
            assertFalse(safeHcl(hcl), () -> "the HCL tokenizer missed " + printable(value));
        }
    }

    private static boolean safeHcl(String text) {
        try {
            List<OutputTokens.Token> tokens = OutputTokens.hcl(text);
            return OutputTokens.structure(tokens).equals(List.of("IDENT", "PUNCT =", "STRING", "NEWLINE"))
                    && tokens.stream().noneMatch(t -> t.kind() == OutputTokens.Kind.TEMPLATE);
        } catch (AssertionError | RuntimeException e) {
            return false;
        }
    }

    private static List<OutputTokens.Token> tokens(Target target, String text) {
        return target == Target.TERRAFORM ? OutputTokens.hcl(text) : OutputTokens.bicep(text);
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
