package dev.aksnet.cli;

import dev.aksnet.schema.SpecSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code aksnet schema}: the JSON Schema of the YAML spec, for editor completion and checks. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of the YAML spec.",
        footer = {"", "Editors with the YAML language server (VS Code's YAML extension, IntelliJ) complete and check a spec",
                "whose first line names the schema:", "  # yaml-language-server: $schema=aksnet.schema.json", "",
                "Example:", "  aksnet schema > aksnet.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SpecSchema.json());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
