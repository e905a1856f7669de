package dev.aksnet.render;

import dev.aksnet.generate.GeneratedFile;
import dev.aksnet.generate.Generators;
import dev.aksnet.generate.Target;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.model.NodePool;
import dev.aksnet.spec.LoadedSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A hostile value cannot break out of its string literal: with the value in every free-text field that reaches a
 * template (a tag value, the VM size, the Kubernetes version), the output equals the output for a harmless value once
 * the hostile literal is swapped for the harmless one, and the literal decodes back to the value.
 */
class EscapingTest {
    private static final String HARMLESS = "harmless";

    static LoadedSpec spec(String tagValue) {
        // The same text in three fields: a tag value, the Kubernetes version and the VM size.
        Deployment d = Deployment.builder().location("westeurope").resourceGroup("rg")
                .tag("note", tagValue)
                .cluster(Cluster.named("k").kubernetesVersion(tagValue).network(Network.azureCniOverlay())
                        .nodePool(NodePool.linux("system").system().vmSize(tagValue).count(3)))
                .build();
        return LoadedSpec.ofJava("spec.yaml", d);
    }

    static String all(Target target, String tagValue) {
        List<GeneratedFile> files = Generators.standard().forTarget(target).generate(spec(tagValue));
        return String.join("\n---\n", files.stream().map(GeneratedFile::content).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\"b", "\"\n}\nresource \"x\" \"y\" {\n", "${var.secret}", "%{ if true }x%{ endif }", "back\\slash\\",
            "'; evil() //", "tab\there", "\u0000\u001b[31m", "$${}", "line\u2028sep"})
    void hostileTagValueStaysInsideItsTerraformString(String hostile) {
        String hostileOut = all(Target.TERRAFORM, hostile);
        String literal = TerraformStrings.quote(hostile);
        assertNotEquals(all(Target.TERRAFORM, HARMLESS), hostileOut);
        assertEquals(all(Target.TERRAFORM, HARMLESS), hostileOut.replace(literal, TerraformStrings.quote(HARMLESS)));
        assertEquals(hostile, hclValue(literal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a'b", "'\n}\nresource x 'y' = {\n", "${secret}", "back\\slash\\", "tab\there", "\u0000\u001b[31m",
            "line\u2028sep"})
    void hostileTagValueStaysInsideItsBicepString(String hostile) {
        String hostileOut = all(Target.BICEP, hostile);
        String literal = BicepStrings.quote(hostile);
        assertEquals(all(Target.BICEP, HARMLESS), hostileOut.replace(literal, BicepStrings.quote(HARMLESS)));
        assertEquals(hostile, bicepValue(literal));
    }

    /** A literal's meaning, read by the test-side tokenizer: exactly one string token, no live template sequence. */
    private static String decoded(List<OutputTokens.Token> tokens) {
        List<OutputTokens.Token> strings = tokens.stream().filter(t -> t.kind() == OutputTokens.Kind.STRING).toList();
        assertEquals(1, strings.size(), "one string literal");
        assertEquals(List.of(), tokens.stream().filter(t -> t.kind() == OutputTokens.Kind.TEMPLATE).toList(), "no live template");
        return strings.get(0).value();
    }

    static String hclValue(String literal) {
        return decoded(OutputTokens.hcl("x = " + literal + "\n"));
    }

    static String bicepValue(String literal) {
        return decoded(OutputTokens.bicep("x: " + literal + "\n"));
    }
}
