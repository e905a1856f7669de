package dev.aksnet.azapi;

import dev.aksnet.arm.ArmValue;
import dev.aksnet.terraform.TerraformView.Attribute;
import dev.aksnet.terraform.TerraformView.Output;
import dev.aksnet.terraform.TerraformView.Provider;
import dev.aksnet.terraform.TerraformView.Variable;

import java.util.List;

/**
 * Everything the azapi Terraform templates print, spelt in Java ({@link AzapiViewBuilder}): finished HCL
 * expressions (quoted literals or references).
 *
 * @param header            the generated-file comment
 * @param requiredTerraform the Terraform version constraint
 * @param configuresProviders whether versions.tf configures azapi (a root) or only requires it (a module)
 * @param moduleLocation    a module's location local (the caller's variable, else the group's); null in a root
 * @param providers         required providers (azapi only)
 * @param variables         variables.tf
 * @param tags              the tags local, sorted
 * @param blocks            main.tf's data sources and resources, in print order
 * @param outputs           outputs.tf
 */
public record AzapiView(String header, String requiredTerraform, boolean configuresProviders, String moduleLocation, List<Provider> providers, List<Variable> variables,
                        List<Attribute> tags, List<Block> blocks, List<Output> outputs) {

    /**
     * A {@code resource} or {@code data} block.
     *
     * @param kind          {@code resource} or {@code data}
     * @param type          {@code azapi_resource} or {@code azapi_client_config}
     * @param comments      comment lines (with their {@code #}) printed first
     * @param attributes    one-line arguments: type, name, parent_id, location, tags
     * @param identity      the identity block's arguments; empty for none
     * @param body          the ARM request body; null for none
     * @param exportValues  response_export_values; null for none
     * @param ignoreChanges lifecycle.ignore_changes paths; empty for none
     * @param dependsOn     depends_on references; empty for none
     */
    public record Block(String kind, String type, String local, List<String> comments, List<Attribute> attributes,
                        List<Attribute> identity, ArmValue.ArmObject body, String exportValues, List<String> ignoreChanges,
                        List<String> dependsOn) {
        public boolean hasBody() {
            return body != null;
        }

        public boolean hasExportValues() {
            return exportValues != null;
        }
    }
}
