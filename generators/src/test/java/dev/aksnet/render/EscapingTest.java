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
        assertEquals(hostile, HclLiteral.decode(literal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a'b", "'\n}\nresource x 'y' = {\n", "${secret}", "back\\slash\\", "tab\there", "\u0000\u001b[31m",
            "line\u2028sep"})
    void hostileTagValueStaysInsideItsBicepString(String hostile) {
        String hostileOut = all(Target.BICEP, hostile);
        String literal = BicepStrings.quote(hostile);
        assertEquals(all(Target.BICEP, HARMLESS), hostileOut.replace(literal, BicepStrings.quote(HARMLESS)));
        assertEquals(hostile, BicepLiteral.decode(literal));
    }

    /** Decodes an HCL quoted string as Terraform would (test-side, independent of the encoder). */
    static final class HclLiteral {
        static String decode(String literal) {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < literal.length() - 1; i++) {
                char c = literal.charAt(i);
                if (c == '"' || c < 0x20) {
                    throw new AssertionError("raw quote or control character inside the literal at " + i);
                }
                if (c == '\\') {
                    char e = literal.charAt(++i);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case '"' -> out.append('"');
                        case '\\' -> out.append('\\');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                        default -> throw new AssertionError("unknown escape \\" + e);
                    }
                } else if ((c == '$' || c == '%') && literal.charAt(i + 1) == '{') {
                    throw new AssertionError("live template sequence at " + i);
                } else if ((c == '$' || c == '%') && literal.charAt(i + 1) == c && literal.charAt(i + 2) == '{') {
                    out.append(c).append('{');
                    i += 2;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    /** Decodes a Bicep single-quoted string (test-side). */
    static final class BicepLiteral {
        static String decode(String literal) {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < literal.length() - 1; i++) {
                char c = literal.charAt(i);
                if (c == '\'' || c < 0x20) {
                    throw new AssertionError("raw quote or control character inside the literal at " + i);
                }
                if (c == '$' && literal.charAt(i + 1) == '{') {
                    throw new AssertionError("live interpolation at " + i);
                }
                if (c == '\\') {
                    char e = literal.charAt(++i);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case '\'' -> out.append('\'');
                        case '\\' -> out.append('\\');
                        case '$' -> out.append('$');
                        case 'u' -> {
                            int close = literal.indexOf('}', i);
                            out.append((char) Integer.parseInt(literal.substring(i + 2, close), 16));
                            i = close;
                        }
                        default -> throw new AssertionError("unknown escape \\" + e);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
