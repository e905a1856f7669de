package dev.aksnet.validation.rules;

import dev.aksnet.model.OsType;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Azure's naming rules (NAME: "Naming rules and restrictions for Azure resources"; NP and the az CLI validators for
 * pools). They also keep every name that reaches generated code to a small, safe alphabet.
 */
public final class NameRules {
    private NameRules() {
    }

    /** Letters, digits, '-' and '_', 1–63, starting and ending with a letter or digit. */
    public static final Pattern CLUSTER_NAME = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?");
    /** Letters, digits and '-', 1–54, starting and ending with a letter or digit. */
    public static final Pattern DNS_PREFIX = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]{0,52}[a-zA-Z0-9])?");
    /** Lowercase letters and digits, starting with a letter, 1–12. */
    public static final Pattern POOL_NAME = Pattern.compile("[a-z][a-z0-9]{0,11}");
    /** AKS: "Windows agent pool name can not be longer than 6 characters". */
    public static final int WINDOWS_POOL_NAME_MAX = 6;
    /** Letters, digits, '_', '-', '.', '(' and ')', 1–90, not ending with '.'. */
    public static final Pattern RESOURCE_GROUP = Pattern.compile("[a-zA-Z0-9_.()-]{0,89}[a-zA-Z0-9_()-]");
    /** Letters, digits, '_', '.', '-', 2–64, starting with a letter or digit, ending with a letter, digit or '_'. */
    public static final Pattern VNET_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}[a-zA-Z0-9_]");
    /** As networks, 1–80. */
    public static final Pattern SUBNET_NAME = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9_.-]{0,78}[a-zA-Z0-9_])?");
    /** NAT gateways are named as subnets are (1–80). */
    public static final Pattern NAT_GATEWAY_NAME = SUBNET_NAME;
    /** Route tables and their routes: as subnets (NAME). */
    public static final Pattern ROUTE_TABLE_NAME = SUBNET_NAME;
    public static final Pattern TAG_NAME_FORBIDDEN = Pattern.compile("[<>%&\\\\?/]");
    public static final int TAG_NAME_MAX = 512;
    public static final int TAG_VALUE_MAX = 256;
    public static final int TAGS_MAX = 50;

    /** CLUSTER_NAME_INVALID (NAME). */
    public static final class ClusterNameInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.CLUSTER_NAME_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (!CLUSTER_NAME.matcher(c.cluster().name()).matches()) {
                    report.at(c.path() + ".name", "cluster name '" + c.cluster().name() + "' is not a valid AKS cluster name",
                            "use 1-63 letters, digits, '-' or '_', starting and ending with a letter or digit");
                }
            }
        }
    }

    /**
     * CLUSTER_NAME_RESERVED (NAME: "Resolve errors for reserved resource names", ReservedResourceName): a resource with a
     * public endpoint, as a cluster is, cannot be named a reserved word, contain MICROSOFT or WINDOWS, or start with
     * LOGIN. Case-insensitive.
     */
    public static final class ClusterNameReserved implements Rule {
        static final java.util.Set<String> RESERVED = java.util.Set.of("ACCESS", "APP_CODE", "APP_THEMES", "APP_DATA",
                "APP_GLOBALRESOURCES", "APP_LOCALRESOURCES", "APP_WEBREFERENCES", "APP_BROWSERS", "AZURE", "BING", "BIZSPARK",
                "BIZTALK", "CORTANA", "DIRECTX", "DOTNET", "DYNAMICS", "EXCEL", "EXCHANGE", "FOREFRONT", "GROOVE", "HOLOLENS",
                "HYPERV", "KINECT", "LYNC", "MSDN", "O365", "OFFICE", "OFFICE365", "ONEDRIVE", "ONENOTE", "OUTLOOK", "POWERPOINT",
                "SHAREPOINT", "SKYPE", "VISIO", "VISUALSTUDIO", "WEB.CONFIG", "XBOX");
        static final java.util.List<String> NOWHERE = java.util.List.of("MICROSOFT", "WINDOWS");
        static final String NOT_FIRST = "LOGIN";

        @Override
        public RuleId id() {
            return RuleId.CLUSTER_NAME_RESERVED;
        }

        /** Why Azure refuses the name, or null. */
        static String reserved(String name) {
            String upper = name.toUpperCase(java.util.Locale.ROOT);
            if (RESERVED.contains(upper)) {
                return "'" + name + "' is a reserved word";
            }
            return NOWHERE.stream().filter(upper::contains).findFirst().map(w -> "it contains '" + w.toLowerCase(java.util.Locale.ROOT)
                    + "', which no name with a public endpoint may").orElse(upper.startsWith(NOT_FIRST) ? "it starts with 'login'" : null);
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                String why = reserved(c.cluster().name());
                if (why != null) {
                    report.at(c.path() + ".name", "Azure refuses cluster name '" + c.cluster().name() + "': " + why + " (ReservedResourceName)",
                            "choose a name without Microsoft's reserved words or trademarks");
                }
            }
        }
    }

    /** DNS_PREFIX_INVALID (NAME, CLI): checked on the prefix in force, which defaults to the cluster name. */
    public static final class DnsPrefixInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.DNS_PREFIX_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                String subdomain = c.cluster().fqdnSubdomain();
                if (subdomain != null && !DNS_PREFIX.matcher(subdomain).matches()) {
                    report.at(c.path() + ".fqdnSubdomain", "fqdnSubdomain '" + subdomain + "' is not a valid DNS label",
                            "use 1-54 letters, digits or '-', starting and ending with a letter or digit");
                }
                String prefix = c.cluster().effectiveDnsPrefix();
                if (prefix == null || DNS_PREFIX.matcher(prefix).matches()) {
                    continue;
                }
                if (c.cluster().dnsPrefix() != null) {
                    report.at(c.path() + ".dnsPrefix", "dnsPrefix '" + prefix + "' is not a valid DNS prefix",
                            "use 1-54 letters, digits or '-', starting and ending with a letter or digit");
                } else {
                    report.at(c.path() + ".name", "cluster name '" + prefix + "' cannot serve as its DNS prefix",
                            "set dnsPrefix: 1-54 letters, digits or '-', starting and ending with a letter or digit");
                }
            }
        }
    }

    /** POOL_NAME_INVALID (NP, CLI). */
    public static final class PoolNameInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.POOL_NAME_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (!POOL_NAME.matcher(p.pool().name()).matches()) {
                    report.at(p.path() + ".name", "node pool name '" + p.pool().name() + "' is not a valid AKS pool name",
                            "use 1-12 lowercase letters and digits, starting with a letter");
                }
            }
        }
    }

    /** WINDOWS_POOL_NAME_TOO_LONG (NP): "Windows agent pool name can not be longer than 6 characters". */
    public static final class WindowsPoolNameTooLong implements Rule {
        @Override
        public RuleId id() {
            return RuleId.WINDOWS_POOL_NAME_TOO_LONG;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                String name = p.pool().name();
                if (p.pool().os() == OsType.WINDOWS && name.length() > WINDOWS_POOL_NAME_MAX) {
                    report.at(p.path() + ".name", "Windows node pool name '" + name + "' has " + name.length()
                            + " characters; AKS allows at most " + WINDOWS_POOL_NAME_MAX, "shorten it, e.g. '"
                            + name.substring(0, WINDOWS_POOL_NAME_MAX) + "'");
                }
            }
        }
    }

    /** RESOURCE_GROUP_NAME_INVALID (NAME): the deployment's and every network's override. */
    public static final class ResourceGroupNameInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.RESOURCE_GROUP_NAME_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            check(spec.deployment().resourceGroup(), "resourceGroup", report);
            for (var v : spec.vnets()) {
                v.vnet().resourceGroupOverride().ifPresent(rg -> check(rg, v.path() + ".resourceGroup", report));
            }
        }

        private static void check(String name, String path, Report report) {
            if (!RESOURCE_GROUP.matcher(name).matches()) {
                report.at(path, "resource group name '" + name + "' is not valid",
                        "use 1-90 letters, digits, '_', '-', '.', '(' or ')', not ending with '.'");
            }
        }
    }

    /** VNET_NAME_INVALID (NAME). */
    public static final class VnetNameInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.VNET_NAME_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (var v : spec.vnets()) {
                if (!VNET_NAME.matcher(v.vnet().name()).matches()) {
                    report.at(v.path() + ".name", "virtual network name '" + v.vnet().name() + "' is not valid",
                            "use 2-64 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'");
                }
            }
        }
    }

    /** SUBNET_NAME_INVALID (NAME). */
    public static final class SubnetNameInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SUBNET_NAME_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (var s : spec.subnets()) {
                if (!SUBNET_NAME.matcher(s.subnet().name()).matches()) {
                    report.at(s.path() + ".name", "subnet name '" + s.subnet().name() + "' is not valid",
                            "use 1-80 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'");
                }
            }
        }
    }

    /** TAG_INVALID (NAME: "Use tags to organize your Azure resources", limitations). */
    public static final class TagInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.TAG_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            Map<String, String> tags = spec.deployment().tags();
            if (tags.size() > TAGS_MAX) {
                report.at("tags", tags.size() + " tags given; Azure allows at most " + TAGS_MAX + " per resource", "drop some tags");
            }
            for (var tag : tags.entrySet()) {
                String path = "tags." + tag.getKey();
                if (tag.getKey().isEmpty() || tag.getKey().length() > TAG_NAME_MAX || TAG_NAME_FORBIDDEN.matcher(tag.getKey()).find()) {
                    report.at(spec.sourceMap().keyOf(path), "tag name '" + tag.getKey() + "' is not allowed",
                            "tag names have 1-" + TAG_NAME_MAX + " characters and none of < > % & \\ ? /");
                }
                if (tag.getValue().length() > TAG_VALUE_MAX) {
                    report.at(path, "tag '" + tag.getKey() + "' has a value of " + tag.getValue().length()
                            + " characters; Azure allows at most " + TAG_VALUE_MAX, "shorten the value");
                }
            }
        }
    }

    /** NAT_GATEWAY_NAME_INVALID (NAME: Microsoft.Network/natGateways, 1-80 characters as subnets). */
    public static final class NatGatewayNameInvalid implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NAT_GATEWAY_NAME_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (var n : spec.natGateways()) {
                if (!NAT_GATEWAY_NAME.matcher(n.nat().name()).matches()) {
                    report.at(n.path() + ".name", "NAT gateway name '" + n.nat().name() + "' is not a valid Azure NAT gateway name",
                            "use 1-80 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'");
                }
            }
        }
    }

    /** LOCATION_UNKNOWN (ARM): a warning, since new regions appear ({@link AzureRegions}). */
    public static final class LocationUnknown implements Rule {
        private static final java.util.Set<String> REGIONS = AzureRegions.KNOWN;

        @Override
        public RuleId id() {
            return RuleId.LOCATION_UNKNOWN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            String location = spec.deployment().location();
            if (!REGIONS.contains(location)) {
                String lower = spec.deployment().region();
                report.at("location", "location '" + location + "' is not a known Azure region name",
                        REGIONS.contains(lower) ? "write the region's name as '" + lower + "'"
                                : dev.aksnet.yaml.Suggestions.closest(lower, REGIONS).map(r -> "did you mean '" + r + "'?")
                                .orElse("use a region name such as westeurope (az account list-locations -o table lists them)"));
            }
        }
    }
}
