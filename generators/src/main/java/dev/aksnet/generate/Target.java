package dev.aksnet.generate;

/** An IaC language aksnet generates; its name is the CLI value and the output sub-folder. */
public enum Target {
    TERRAFORM("terraform"), BICEP("bicep");

    private final String cliName;

    Target(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }
}
