package dev.aksnet.validation.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What aksnet knows of Azure's regions, from resource files that name their sources (a region that appears, or gains
 * availability zones, only needs a line changed there): their names, and those without availability zones.
 */
public final class AzureRegions {
    private AzureRegions() {
    }

    /** Region names (az account list-locations): public cloud, sovereign clouds and Jio. */
    public static final Set<String> KNOWN = lines("azure-regions.txt");
    /** Public regions without availability zones (ZONES_NOT_IN_REGION). */
    public static final Set<String> WITHOUT_ZONES = lines("regions-without-zones.txt");

    private static Set<String> lines(String resource) {
        try (var in = AzureRegions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
