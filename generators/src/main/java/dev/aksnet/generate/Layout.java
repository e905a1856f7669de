package dev.aksnet.generate;

import java.util.Locale;

/**
 * How the output is meant to be used. Both layouts deploy the same resources into the same resource group; they differ
 * only in who owns the surroundings.
 */
public enum Layout {
    /**
     * A deployable root: Terraform with its provider configuration that creates the resource group, Bicep with the
     * spec's location. The default.
     */
    ROOT,
    /**
     * A child module for the team's own root module or main.bicep: Terraform without provider configuration or resource
     * group (variables: the group's name, the spec's by default, and the location, the group's by default), Bicep with
     * {@code param location string = resourceGroup().location}; every useful id is an output, as in the root layout.
     */
    MODULE;

    /** The CLI value: {@code root} or {@code module}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layout of that CLI name ({@code module}), if any: what the CLI and the Maven plugin accept. */
    public static java.util.Optional<Layout> byCliName(String name) {
        return java.util.Arrays.stream(values()).filter(l -> l.cliName().equals(name)).findFirst();
    }
}
