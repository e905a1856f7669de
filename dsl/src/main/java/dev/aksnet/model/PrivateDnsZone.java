package dev.aksnet.model;

import java.util.List;
import java.util.Objects;

/**
 * A private DNS zone aksnet creates, for private clusters of the spec to name by {@code privateDnsZone: <name>}, linked
 * to networks of the spec (a hub's, where its DNS servers resolve; AKS links the cluster's own network itself).
 *
 * @param name  the zone's name: {@code privatelink.<region>.azmk8s.io} (with API Server VNet Integration
 *              {@code private.<region>.azmk8s.io}) or a subzone of it
 * @param links the networks of the spec it is linked to, by name
 */
public record PrivateDnsZone(String name, List<String> links) {
    public PrivateDnsZone {
        Objects.requireNonNull(name, "name");
        links = links == null ? List.of() : List.copyOf(links);
    }
}
