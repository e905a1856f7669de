/**
 * Resolve: what a spec means, worked out once for validation, capacity planning and generation. {@link
 * dev.aksnet.resolve.ResolvedSpec} resolves references and inherited resource groups; {@link dev.aksnet.resolve.Choices}
 * gives each cluster's choices as sealed types with AKS's defaults applied.
 */
package dev.aksnet.resolve;
