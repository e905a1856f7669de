package dev.aksnet.validation.rules;

import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.validation.ValidationContext.SubnetAt;
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
}
