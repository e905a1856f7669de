package dev.aksnet.validation.rules;

import dev.aksnet.model.Deployment;
import dev.aksnet.model.Network;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;
import dev.aksnet.resolve.ResolvedSpec.RefAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The spec's structure: its version, references between its parts, and model/plugin agreement. */
public final class StructureRules {
    private StructureRules() {
    }

    /** SPEC_VERSION: the only format so far is {@code aksnet/v1} (contract). */
    public static final class SpecVersion implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SPEC_VERSION;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            String version = spec.deployment().apiVersion();
            if (!Deployment.API_VERSION.equals(version)) {
                report.at("apiVersion", "apiVersion '" + version + "' is not supported", "write apiVersion: " + Deployment.API_VERSION);
            }
        }
    }

    /** SUBNET_REF_UNKNOWN: a pool's subnet or podSubnet, or an ingress subnet, must name a declared subnet (contract). */
    public static final class SubnetRefUnknown implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SUBNET_REF_UNKNOWN;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (RefAt ref : spec.subnetRefs()) {
                if (ref.resolution().matches().isEmpty()) {
                    String known = spec.subnets().stream().map(SubnetAt::qualifiedName).collect(Collectors.joining(", "));
                    report.at(ref.path(), ref.owner() + " names subnet '" + ref.ref()
                                    + "', which no virtual network declares",
                            known.isEmpty() ? "declare the subnet under virtualNetworks, or omit subnet for an AKS-managed network"
                                    : "declared subnets: " + known);
                }
            }
        }
    }

    /** SUBNET_REF_AMBIGUOUS: an unqualified subnet name must match one subnet only (contract). */
    public static final class SubnetRefAmbiguous implements Rule {
        @Override
        public RuleId id() {
            return RuleId.SUBNET_REF_AMBIGUOUS;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (RefAt ref : spec.subnetRefs()) {
                List<SubnetAt> matches = ref.resolution().matches();
                if (matches.size() > 1) {
                    report.at(ref.path(), "subnet '" + ref.ref() + "' of " + ref.owner() + " matches "
                            + matches.size() + " subnets", "qualify it with its network: one of "
                            + matches.stream().map(SubnetAt::qualifiedName).collect(Collectors.joining(", ")));
                }
            }
        }
    }

    /** MODEL_PLUGIN_MISMATCH: a declared model must be the plugin's (CNI). */
    public static final class ModelPluginMismatch implements Rule {
        @Override
        public RuleId id() {
            return RuleId.MODEL_PLUGIN_MISMATCH;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (var cluster : spec.clusters()) {
                Network network = cluster.cluster().network();
                if (network.model() != null && network.plugin().model() == null) {
                    report.at(cluster.networkPath() + ".model", "model '" + network.model().specName() + "' is given, but plugin '"
                                    + network.plugin().specName() + "' leaves the networking model to your own CNI",
                            "leave model out");
                } else if (network.model() != null && network.model() != network.plugin().model()) {
                    report.at(cluster.networkPath() + ".model", "model '" + network.model().specName() + "' disagrees with plugin '"
                                    + network.plugin().specName() + "', which is " + network.plugin().model().specName(),
                            "write model: " + network.plugin().model().specName() + ", or leave model out");
                }
            }
        }
    }

    /** NAME_DUPLICATE: Azure names are case-insensitive; two siblings may not share one (ARM). */
    public static final class NameDuplicate implements Rule {
        @Override
        public RuleId id() {
            return RuleId.NAME_DUPLICATE;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            duplicates(spec.clusters(), c -> c.cluster().name(), c -> c.path() + ".name", "cluster", report);
            duplicates(spec.vnets(), v -> v.vnet().name(), v -> v.path() + ".name", "virtual network", report);
            duplicates(spec.natGateways(), n -> n.nat().name(), n -> n.path() + ".name", "NAT gateway", report);
            duplicates(spec.networkSecurityGroups(), n -> n.nsg().name(), n -> n.path() + ".name", "network security group", report);
            duplicates(spec.routeTables(), r -> r.routeTable().name(), r -> r.path() + ".name", "route table", report);
            for (var rt : spec.routeTables()) {
                List<Integer> indexes = java.util.stream.IntStream.range(0, rt.routeTable().routes().size()).boxed().toList();
                duplicates(indexes, i -> rt.routeTable().routes().get(i).name(), i -> rt.routePath(i) + ".name",
                        "route of '" + rt.routeTable().name() + "'", report);
            }
            for (var nsg : spec.networkSecurityGroups()) {
                List<Integer> indexes = java.util.stream.IntStream.range(0, nsg.nsg().rules().size()).boxed().toList();
                duplicates(indexes, i -> nsg.nsg().rules().get(i).name(), i -> nsg.path() + ".rules[" + i + "].name",
                        "rule of '" + nsg.nsg().name() + "'", report);
            }
            var zones = spec.deployment().privateDnsZones();
            List<Integer> zoneIndexes = java.util.stream.IntStream.range(0, zones.size()).boxed().toList();
            duplicates(zoneIndexes, z -> zones.get(z).name(), z -> "privateDnsZones[" + z + "].name", "private DNS zone", report);
            for (int z : zoneIndexes) {
                List<String> links = zones.get(z).links();
                List<Integer> indexes = java.util.stream.IntStream.range(0, links.size()).boxed().toList();
                // A network is linked to a zone once: a second link is a second name for the same link resource.
                duplicates(indexes, i -> links.get(i), i -> "privateDnsZones[" + z + "].links[" + i + "]",
                        "link of private DNS zone '" + zones.get(z).name() + "'", report);
            }
            for (var vnet : spec.vnets()) {
                duplicates(spec.subnets(vnet), s -> s.subnet().name(), s -> s.path() + ".name",
                        "subnet of '" + vnet.vnet().name() + "'", report);
            }
            for (var cluster : spec.clusters()) {
                duplicates(spec.pools(cluster), p -> p.pool().name(), p -> p.path() + ".name",
                        "node pool of '" + cluster.cluster().name() + "'", report);
            }
        }

        /** Every item whose name an earlier item has already (case-insensitive), in linear time. */
        private static <T> void duplicates(List<T> items, Function<T, String> name, Function<T, String> path, String what, Report report) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (T item : items) {
                if (!seen.add(name.apply(item).toLowerCase(java.util.Locale.ROOT))) {
                    report.at(path.apply(item), "a second " + what + " is named '" + name.apply(item) + "'",
                            "names are case-insensitive in Azure: rename one of them");
                }
            }
        }
    }

    /**
     * CREATED_VNET_RESOURCE_GROUP: aksnet creates networks in the deployment's resource group; a resource group of
     * the network's own is for networks that exist already (contract, as extended in the README).
     */
    public static final class CreatedVnetResourceGroup implements Rule {
        @Override
        public RuleId id() {
            return RuleId.CREATED_VNET_RESOURCE_GROUP;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (var v : spec.vnets()) {
                String rg = v.vnet().resourceGroup();
                if (!v.vnet().existing() && rg != null && !rg.equalsIgnoreCase(spec.deployment().resourceGroup())) {
                    report.at(v.path() + ".resourceGroup", "network '" + v.vnet().name() + "' is created by aksnet, which puts it in the deployment's resource group '"
                                    + spec.deployment().resourceGroup() + "', not in '" + rg + "'",
                            "remove resourceGroup, or set existing: true if the network is already there");
                }
            }
        }
    }

    /** CREATED_VNET_SUBSCRIPTION (aksnet): a deployment creates its networks in its own subscription. */
    public static final class CreatedVnetSubscription implements Rule {
        @Override
        public RuleId id() {
            return RuleId.CREATED_VNET_SUBSCRIPTION;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (var v : spec.vnets()) {
                if (!v.vnet().existing() && v.vnet().subscriptionId() != null) {
                    report.at(v.path() + ".subscriptionId", "network '" + v.vnet().name() + "' is created by aksnet, in the subscription it "
                                    + "deploys into; subscriptionId is for networks that exist already",
                            "remove subscriptionId, or set existing: true if the network is already there");
                }
            }
        }
    }

    /**
     * VNET_LOCATION_MISMATCH (CNI: the network in the cluster's "same location and subscription"; VNET: "A virtual network is
     * limited to a single region"): a network holding a cluster's subnets is in the cluster's region, and a network aksnet
     * creates is in the deployment's location.
     */
    public static final class VnetLocationMismatch implements Rule {
        @Override
        public RuleId id() {
            return RuleId.VNET_LOCATION_MISMATCH;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            String region = spec.deployment().region();
            for (var v : spec.vnets()) {
                String declared = v.vnet().location();
                if (declared == null || dev.aksnet.model.Deployment.regionToken(declared).equals(region)) {
                    continue;
                }
                if (v.created()) {
                    report.at(v.path() + ".location", "network '" + v.vnet().name() + "' is created by aksnet in the deployment's location, "
                                    + spec.deployment().location() + ", not in " + declared,
                            "remove location, or set existing: true if the network is already there");
                    continue;
                }
                spec.clusters().stream().filter(c -> spec.vnetsOf(c).contains(v)).findFirst().ifPresent(c ->
                        report.at(v.path() + ".location", "cluster '" + c.cluster().name() + "' is in " + spec.deployment().location()
                                        + ", but its network '" + v.vnet().name() + "' is in " + declared + ": a network is limited to one "
                                        + "region, and AKS needs it in the cluster's",
                                "use a network in " + spec.deployment().location() + " for the cluster's subnets, or deploy to " + declared));
            }
        }
    }

    /** VNET_SUBSCRIPTION_INVALID (ARM): a subscription id is a GUID. */
    public static final class VnetSubscriptionInvalid implements Rule {
        private static final java.util.regex.Pattern GUID = java.util.regex.Pattern.compile(dev.aksnet.model.AzureResourceId.SUBSCRIPTION_ID);

        @Override
        public RuleId id() {
            return RuleId.VNET_SUBSCRIPTION_INVALID;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (var v : spec.vnets()) {
                String id = v.vnet().subscriptionId();
                if (id != null && !GUID.matcher(id).matches()) {
                    report.at(v.path() + ".subscriptionId", "subscriptionId '" + id + "' of network '" + v.vnet().name()
                            + "' is not a subscription id", "write the subscription's GUID, e.g. 00000000-0000-0000-0000-000000000000 "
                            + "(az account show --query id)");
                }
            }
        }
    }

    /**
     * OTHER_SUBSCRIPTION_SUBNET (W, *unconfirmed*): a cluster's node, pod, ingress or API server subnet in a network of
     * another subscription. aksnet grants the cluster identity there as in any existing network; that AKS accepts a
     * subnet outside its own subscription (the RP refuses a kubenet route table that crosses subscriptions,
     * CustomRouteTableCannotCrossSubscription) is not confirmed.
     */
    public static final class OtherSubscriptionSubnet implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OTHER_SUBSCRIPTION_SUBNET;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (var ref : spec.subnetRefs()) {
                ref.resolution().unique().filter(s -> s.vnet().vnet().existing() && s.vnet().vnet().subscriptionId() != null).ifPresent(s ->
                        report.at(ref.path(), ref.owner() + " uses subnet '" + s.qualifiedName() + "' of subscription "
                                        + s.vnet().vnet().subscriptionId() + ", not the cluster's: AKS's support for that is unconfirmed",
                                "keep the cluster's subnets in its own subscription (a spoke there, peered with the hub)"));
            }
        }
    }
}
