package dev.aksnet.generate;

/** An IaC language aksnet generates; its name is the CLI value and the output sub-folder. */
public enum Target {
    TERRAFORM("terraform"), BICEP("bicep"),
    /** Terraform with the azapi provider only: every resource at the API version of the Bicep output. */
    TERRAFORM_AZAPI("terraform-azapi");

    private final String cliName;

    Target(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The target of that CLI name ({@code terraform-azapi}), if any: what the CLI and the Maven plugin accept. */
    public static java.util.Optional<Target> byCliName(String name) {
        return java.util.Arrays.stream(values()).filter(t -> t.cliName.equals(name)).findFirst();
    }

    /** Every CLI name, for messages and completion. */
    public static java.util.List<String> cliNames() {
        return java.util.Arrays.stream(values()).map(Target::cliName).toList();
    }
}
