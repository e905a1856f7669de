package dev.aksnet.validation.rules;

import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.yaml.Suggestions;

import java.util.List;
import java.util.Set;

/** Service endpoints on subnets (VNET: "Virtual network service endpoints"). */
public final class ServiceEndpointRules {
    private ServiceEndpointRules() {
    }

    /** The service endpoint names Azure offers (VNET); a warning beyond them, since the list grows. */
    static final Set<String> KNOWN = Set.of("Microsoft.AzureActiveDirectory", "Microsoft.AzureCosmosDB", "Microsoft.CognitiveServices",
            "Microsoft.ContainerRegistry", "Microsoft.EventHub", "Microsoft.KeyVault", "Microsoft.ServiceBus", "Microsoft.Sql",
            "Microsoft.Storage", "Microsoft.Storage.Global", "Microsoft.Web");

    /** SERVICE_ENDPOINT_UNKNOWN (VNET). */
    public static final class ServiceEndpointUnknown implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SERVICE_ENDPOINT_UNKNOWN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                List<String> endpoints = s.subnet().serviceEndpoints();
                for (int i = 0; i < endpoints.size(); i++) {
                    if (!KNOWN.contains(endpoints.get(i))) {
                        report.at(s.path() + ".serviceEndpoints[" + i + "]", "'" + endpoints.get(i) + "' on subnet '" + s.qualifiedName()
                                + "' is not a service endpoint aksnet knows", Suggestions.closest(endpoints.get(i), KNOWN)
                                .map(k -> "did you mean '" + k + "'?").orElse("use one of " + String.join(", ", KNOWN.stream().sorted().toList())));
                    }
                }
            }
        }
    }

    /** SERVICE_ENDPOINTS_EXISTING_SUBNET (CNI support scope): aksnet changes only what it creates. */
    public static final class ServiceEndpointsExistingSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SERVICE_ENDPOINTS_EXISTING_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (SubnetAt s : spec.subnets()) {
                if (s.vnet().vnet().existing() && !s.subnet().serviceEndpoints().isEmpty()) {
                    report.at(s.path() + ".serviceEndpoints", "subnet '" + s.qualifiedName()
                                    + "' exists already: aksnet does not add service endpoints to it",
                            "make sure the subnet has these service endpoints before deploying, or let aksnet create the network");
                }
            }
        }
    }

    /**
     * SERVICE_ENDPOINTS_NOT_ON_SUBNET (CNI support scope): service endpoints belong to a subnet. A cluster on an
     * AKS-managed network has none it may change, so the request is refused rather than dropped.
     */
    public static final class ServiceEndpointsNotOnSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SERVICE_ENDPOINTS_NOT_ON_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (ClusterAt c : spec.clusters()) {
                if (c.cluster().serviceEndpoints().isEmpty()) {
                    continue;
                }
                List<String> subnets = c.cluster().nodePools().stream().filter(p -> p.subnet() != null)
                        .map(p -> p.subnet().toString()).distinct().sorted().toList();
                if (subnets.isEmpty()) {
                    report.at(c.path() + ".serviceEndpoints", "cluster '" + c.cluster().name() + "' runs on an AKS-managed network,"
                                    + " which may not be changed (support scope): it has no subnet to carry service endpoints",
                            "declare the network under virtualNetworks, list serviceEndpoints on its node subnet and set subnet on every pool");
                } else {
                    report.at(c.path() + ".serviceEndpoints", "service endpoints are a property of a subnet, not of cluster '"
                            + c.cluster().name() + "'", "list serviceEndpoints on the subnet itself: " + String.join(", ", subnets));
                }
            }
        }
    }
}
