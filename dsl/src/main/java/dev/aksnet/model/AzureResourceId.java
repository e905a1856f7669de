package dev.aksnet.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a resource id of one Azure resource type in a resource group, parsed strictly: the subscription is a
 * GUID, the resource group follows Azure's naming rules, the provider and type are the expected ones (case-insensitive,
 * as ARM compares them) and the name is one segment.
 *
 * @param id             the id as written
 * @param subscriptionId its subscription
 * @param resourceGroup  its resource group
 * @param name           the resource's name
 */
public record AzureResourceId(String id, String subscriptionId, String resourceGroup, String name) {
    /** A subscription id: a GUID (a regular expression, matched whole). */
    public static final String SUBSCRIPTION_ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** Resource types the spec refers to by id. */
    public enum Type {
        PUBLIC_IP("Microsoft.Network/publicIPAddresses", "public IP", 80),
        PUBLIC_IP_PREFIX("Microsoft.Network/publicIPPrefixes", "public IP prefix", 80),
        CONTAINER_REGISTRY("Microsoft.ContainerRegistry/registries", "container registry", 80),
        /** Names of 3-128 characters (ARM's naming rules for Microsoft.ManagedIdentity). */
        USER_ASSIGNED_IDENTITY("Microsoft.ManagedIdentity/userAssignedIdentities", "user-assigned managed identity", 128),
        /** A public Azure DNS zone: its name is the domain. */
        DNS_ZONE("Microsoft.Network/dnszones", "DNS zone", 253),
        PRIVATE_DNS_ZONE("Microsoft.Network/privateDnsZones", "private DNS zone", 253);

        private final String armType;
        private final String description;
        private final Pattern pattern;

        Type(String armType, String description, int longestName) {
            this.armType = armType;
            this.description = description;
            this.pattern = Pattern.compile("/subscriptions/(" + SUBSCRIPTION_ID + ")"
                    + "/resourceGroups/([-\\w._()]{1,90})/providers/" + Pattern.quote(armType) + "/([A-Za-z0-9](?:[-\\w.]{0,"
                    + (longestName - 2) + "}\\w)?)", Pattern.CASE_INSENSITIVE);
        }

        /** The ARM resource type, {@code Microsoft.Network/publicIPAddresses}. */
        public String armType() {
            return armType;
        }

        /** What it is, in words ("public IP"). */
        public String description() {
            return description;
        }

        /** The form of such an id, for hints. */
        public String form() {
            return "/subscriptions/<subscription id>/resourceGroups/<group>/providers/" + armType + "/<name>";
        }
    }

    /** The id's parts, when it is an id of that type. */
    public static Optional<AzureResourceId> parse(String id, Type type) {
        Matcher m = type.pattern.matcher(id);
        return m.matches() ? Optional.of(new AzureResourceId(id, m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }
}
