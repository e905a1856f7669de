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
}
