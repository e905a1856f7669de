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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No spec value changes the structure of generated Terraform or Bicep. For every string-valued field of a spec, a random
 * or adversarial value either fails validation (names have Azure's alphabets), or generates files whose token structure
 * equals that of a harmless value, with no live template sequence, and with the value back intact inside a string
 * literal.
 */
// Samples come from seeded generators (JUnit parameterized tests): the seeds are pinned so that CI is reproducible; change
// a seed locally to explore other samples. Each sample's name says its try number and value, so a failure reproduces alone.
class InjectionPropertyTest {
    private static final Generators GENERATORS = Generators.standard();
    private static final Validator VALIDATOR = Validator.standard();

    /** The string fields of a spec; each builds a spec with the given text in that field. */
    enum Field {
        TAG_VALUE(v -> spec(b -> b.tag("note", v), "k1", "system", "vnet", "nodes", "Standard_D4s_v5", "1.36", "westeurope", "rg")),
        TAG_NAME(v -> spec(b -> b.tag(v, "x"), "k1", "system", "vnet", "nodes", "Standard_D4s_v5", "1.36", "westeurope", "rg")),
        VM_SIZE(v -> spec(b -> b, "k1", "system", "vnet", "nodes", v, "1.36", "westeurope", "rg")),
        KUBERNETES_VERSION(v -> spec(b -> b, "k1", "system", "vnet", "nodes", "Standard_D4s_v5", v, "westeurope", "rg")),
        LOCATION(v -> spec(b -> b, "k1", "system", "vnet", "nodes", "Standard_D4s_v5", "1.36", v, "rg")),
        RESOURCE_GROUP(v -> spec(b -> b, "k1", "system", "vnet", "nodes", "Standard_D4s_v5", "1.36", "westeurope", v)),
        CLUSTER_NAME(v -> spec(b -> b, v, "system", "vnet", "nodes", "Standard_D4s_v5", "1.36", "westeurope", "rg")),
        POOL_NAME(v -> spec(b -> b, "k1", v, "vnet", "nodes", "Standard_D4s_v5", "1.36", "westeurope", "rg")),
        VNET_NAME(v -> spec(b -> b, "k1", "system", v, "nodes", "Standard_D4s_v5", "1.36", "westeurope", "rg")),
        SUBNET_NAME(v -> spec(b -> b, "k1", "system", "vnet", v, "Standard_D4s_v5", "1.36", "westeurope", "rg"));

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

    /** Characters that mean something to HCL, Bicep or a terminal, and a few harmless ones. */
    private static final String STRUCTURAL = "\"'\\${}%#/*\n\r\t:=[](),.~`-_ab1\u0000\u001b\u2028\u00e9";
    /** Known injection attempts. */
    private static final List<String> KNOWN = List.of("\"\n}\nresource \"x\" \"y\" {\n", "${var.secret}", "%{ if true }x%{ endif }",
            "$${x}", "'; evil() //", "' }\nresource x 'y' = {\n", "\\", "\\\"", "*/ /*", "# not a comment", "a\"b'c", "${", "%{", "$", "%");

    /** One hostile value: structural characters, a known attempt, or any string at all (controls, surrogate pairs, …). */
    static String hostile(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> random(r, 1 + r.nextInt(24), () -> (int) STRUCTURAL.charAt(r.nextInt(STRUCTURAL.length())));
            case 1 -> KNOWN.get(r.nextInt(KNOWN.size()));
            default -> random(r, 1 + r.nextInt(30), () -> switch (r.nextInt(4)) {
                case 0 -> 0x20 + r.nextInt(0x5f);          // printable ASCII
                case 1 -> r.nextInt(0x20);                  // C0 controls
                case 2 -> 0xa0 + r.nextInt(0xd800 - 0xa0);  // the rest of the BMP below the surrogates
                default -> 0x10000 + r.nextInt(0x10000);    // supplementary planes (surrogate pairs)
            });
        };
    }

    private static String random(Random r, int length, java.util.function.IntSupplier codePoint) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.appendCodePoint(codePoint.getAsInt());
        }
        return b.toString();
    }

    /** 400 tries from seed 20261132: a field of the spec and a hostile value for it. */
    static Stream<Arguments> fieldsAndValues() {
        Random r = new Random(20261132L);
        return IntStream.range(0, 400).mapToObj(i -> Arguments.of(i, Field.values()[r.nextInt(Field.values().length)], hostile(r)));
    }

    /** 50 tries from seed 20261133. */
    static Stream<Arguments> values() {
        Random r = new Random(20261133L);
        return IntStream.range(0, 50).mapToObj(i -> Arguments.of(i, hostile(r)));
    }

    @ParameterizedTest(name = "try {0}: {1}")
    @MethodSource("fieldsAndValues")
    void noValueChangesTheStructureOfTheOutput(int attempt, Field field, String value) {
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
                // Only the azapi target interpolates, and only references ("${azapi_resource.vnet.id}/subnets/nodes").
                assertTrue(tokens.stream().filter(t -> t.kind() == OutputTokens.Kind.TEMPLATE)
                                .allMatch(t -> target == Target.TERRAFORM_AZAPI && REFERENCE.matcher(t.value()).matches()),
                        () -> "a live template sequence for " + field + " = " + value + " in " + target);
                assertEquals(OutputTokens.structure(tokens(target, baseline.get(i).content())), OutputTokens.structure(tokens),
                        () -> "structure changed by " + field + " = " + printable(value) + " in " + target);
                found |= tokens.stream().anyMatch(t -> t.kind() == OutputTokens.Kind.STRING && t.value().contains(value));
            }
            if (field.emittedIn(target)) {
                assertTrue(found, () -> field + " = " + printable(value) + " not found inside any string literal of " + target);
            }
        }
    }

    @ParameterizedTest(name = "try {0}")
    @MethodSource("values")
    void theTokenizersSeeAnInjectionWhenOneHappens(int attempt, String value) {
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
        return target == Target.BICEP ? OutputTokens.bicep(text) : OutputTokens.hcl(text);
    }

    /** A reference to an attribute of a resource, data source or variable: all an interpolation may hold. */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+");

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
