/**
 * The aksnet library's stable API: read or build a spec, validate it, generate a target into memory or a folder.
 *
 * <pre>{@code
 * Spec spec = Aksnet.of("Payments.java", () -> Deployment.builder()...build());   // or Aksnet.read(Path.of("cluster.yaml"))
 * Validation validation = Aksnet.validate(spec);
 * validation.diagnostics().forEach(System.out::println);   // file:line:col: severity[RULE]: message, hint
 * if (!validation.hasErrors()) {
 *     Aksnet.generate(spec, Target.TERRAFORM).writeTo(Path.of("infra/payments"));
 * }
 * }</pre>
 *
 * <p>What is stable (changes only with a new major version): this package, the model and its builders
 * ({@code dev.aksnet.model}, {@code dev.aksnet.dsl}), {@link dev.aksnet.validation.Diagnostic} with
 * {@link dev.aksnet.validation.RuleId} and {@link dev.aksnet.validation.Severity}, {@link dev.aksnet.spec.Position},
 * {@link dev.aksnet.generate.Target}, {@link dev.aksnet.generate.Layout}, {@link dev.aksnet.generate.GeneratedFile}
 * and {@link dev.aksnet.generate.OutputCheck}. Every other package is the implementation and may change in any release.
 */
package dev.aksnet.api;
