package dev.aksnet.validation;

import dev.aksnet.validation.rules.AccessRules;
import dev.aksnet.validation.rules.AddressRules;
import dev.aksnet.validation.rules.ApiServerRules;
import dev.aksnet.validation.rules.EgressCapacityRules;
import dev.aksnet.validation.rules.FleetRules;
import dev.aksnet.validation.rules.ZoneRules;
import dev.aksnet.validation.rules.IngressRules;
import dev.aksnet.validation.rules.NameRules;
import dev.aksnet.validation.rules.NsgRules;
import dev.aksnet.validation.rules.OutboundRules;
import dev.aksnet.validation.rules.PeeringRules;
import dev.aksnet.validation.rules.RouteTableRules;
import dev.aksnet.validation.rules.SubnetUseRules;
import dev.aksnet.validation.rules.NetworkPolicyRules;
import dev.aksnet.validation.rules.AdvancedNetworkingRules;
import dev.aksnet.validation.rules.AppRoutingRules;
import dev.aksnet.validation.rules.ByoCniRules;
import dev.aksnet.validation.rules.DualStackRules;
import dev.aksnet.validation.rules.IdentityRules;
import dev.aksnet.validation.rules.PoolOsRules;
import dev.aksnet.validation.rules.NetworkIsolationRules;
import dev.aksnet.validation.rules.PoolSizingRules;
import dev.aksnet.validation.rules.AddressSpaceRules;
import dev.aksnet.validation.rules.PluginRules;
import dev.aksnet.validation.rules.PoolRules;
import dev.aksnet.validation.rules.ServiceEndpointRules;
import dev.aksnet.validation.rules.SubnetPolicyRules;
import dev.aksnet.validation.rules.StructureRules;
import dev.aksnet.validation.rules.VersionRules;

import java.util.List;

/** The one place rules are registered: explicitly, in catalogue order, no class-path scanning. */
public final class Rules {
    private Rules() {
    }

    /** Every rule, judging dates by {@link ValidationClock#fromEnvironment()}. */
    public static List<Rule> all() {
        return all(ValidationClock.fromEnvironment());
    }

    /** Every rule; {@code clock} is the day the date-dependent rules (Kubernetes version support) judge by. */
    public static List<Rule> all(java.time.Clock clock) {
        return List.of(
                new StructureRules.SpecVersion(),
                new StructureRules.NameDuplicate(),
                new StructureRules.SubnetRefUnknown(),
                new StructureRules.SubnetRefAmbiguous(),
                new StructureRules.ModelPluginMismatch(),
                new StructureRules.CreatedVnetResourceGroup(),
                new StructureRules.CreatedVnetSubscription(),
                new StructureRules.VnetSubscriptionInvalid(),
                new StructureRules.VnetLocationMismatch(),
                new StructureRules.OtherSubscriptionSubnet(),
                new EgressCapacityRules.NatGatewayOtherSubscription(),
                new AccessRules.PrivateDnsZoneWithoutPrivateCluster(),
                new AccessRules.PrivateDnsZoneInvalid(),
                new AccessRules.PrivateDnsZoneLinkUnknown(),
                new AccessRules.PrivateDnsZoneNotLinked(),
                new AccessRules.PrivateDnsZoneNoneWithoutPublicFqdn(),

                new NameRules.ClusterNameInvalid(),
                new NameRules.ClusterNameReserved(),
                new NameRules.DnsPrefixInvalid(),
                new NameRules.PoolNameInvalid(),
                new NameRules.WindowsPoolNameTooLong(),
                new NameRules.ResourceGroupNameInvalid(),
                new NameRules.VnetNameInvalid(),
                new NameRules.SubnetNameInvalid(),
                new NameRules.TagInvalid(),
                new NameRules.LocationUnknown(),
                new NameRules.NatGatewayNameInvalid(),
                new VersionRules.KubernetesVersionUnsupported(clock),
                new VersionRules.KubernetesVersionEndOfSupport(clock),
                new VersionRules.KubernetesVersionUnknown(),

                new AddressRules.ReservedRange(),
                new AddressRules.VnetSpaceOverlap(),
                new AddressRules.SubnetOutsideVnet(),
                new AddressRules.SubnetOverlap(),
                new AddressRules.SubnetTooSmall(),
                new AddressRules.VnetOverlapsConnected(),
                new AddressRules.VnetOverlap(),
                new AddressRules.ServiceCidrOverlapsSubnet(),
                new AddressRules.ServiceCidrOverlapsVnet(),
                new AddressRules.ServiceCidrOverlapsConnected(),
                new AddressRules.ServiceCidrOverlapsPodCidr(),
                new AddressRules.ServiceCidrTooLarge(),
                new AddressRules.DnsIpOutsideServiceCidr(),
                new AddressRules.DnsIpReserved(),
                new AddressRules.ServiceCidrDnsPair(),
                new AddressRules.PodCidrOverlapsVnet(),
                new AddressRules.KubenetPodCidrInVnet(),
                new AddressRules.PodCidrOverlapsConnected(),
                new AddressRules.VnetPublicRange(),
                new ServiceEndpointRules.ServiceEndpointUnknown(),
                new ServiceEndpointRules.ServiceEndpointsExistingSubnet(),
                new SubnetPolicyRules.SubnetPoliciesExistingSubnet(),
                new SubnetPolicyRules.PrivateEndpointPoliciesNothingToApply(),
                new ServiceEndpointRules.ServiceEndpointsNotOnSubnet(),
                new PluginRules.PodSubnetOtherDelegation(),
                new IngressRules.AgcKubenet(),
                new IngressRules.GatewaySource(),
                new IngressRules.SubnetDelegation(),
                new IngressRules.SubnetTooSmall(),
                new IngressRules.GatewaySubnetSmall(),
                new IngressRules.SubnetShared(),
                new IngressRules.SubnetOtherNetwork(),
                new IngressRules.SubnetCidrPlacement(),
                new IngressRules.KubenetRouteTable(),
                new IngressRules.GatewayIdInvalid(),
                new AddressRules.PodCidrTooSmall(),

                new PluginRules.PodCidrNotAllowed(),
                new PluginRules.PodIpAllocationNotAllowed(),
                new PluginRules.PodSubnetRequired(),
                new PluginRules.PodSubnetNotAllowed(),
                new PluginRules.KubenetNoWindows(),
                new PluginRules.NodeSubnetDelegated(),
                new PluginRules.PoolsMixedNetworks(),
                new PluginRules.CiliumPlugin(),
                new PluginRules.CiliumNodeSubnet(),
                new PluginRules.CiliumPolicyPair(),
                new PluginRules.CiliumNoWindows(),
                new PluginRules.KubenetLegacy(),
                new PluginRules.KubenetMaxNodes(),
                new PluginRules.KubenetPolicy(),
                new PluginRules.KubenetExistingRouteTable(),
                new PluginRules.NodeSubnetLegacy(),
                new PluginRules.PodSubnetIsNodeSubnet(),
                new PluginRules.PodSubnetOtherVnet(),
                new PluginRules.PodSubnetNotDelegated(),
                new PluginRules.ManagedVnetPodSubnet(),

                new OutboundRules.ManagedNatNeedsManagedVnet(),
                new OutboundRules.UserNatNeedsOwnSubnet(),
                new OutboundRules.UserNatExistingSubnet(),
                new OutboundRules.UdrNeedsOwnSubnet(),
                new OutboundRules.UdrRouteTable(),
                new OutboundRules.UdrNextHopRequired(),
                new OutboundRules.EgressNextHopNotAllowed(),
                new OutboundRules.EgressNextHopInvalid(),
                new OutboundRules.EgressNextHopPublic(),
                new OutboundRules.EgressNextHopInNodeSubnet(),
                new OutboundRules.EgressNextHopUnreachable(),

                new EgressCapacityRules.ProfileMismatch(),
                new EgressCapacityRules.SettingRange(),
                new EgressCapacityRules.OutboundIpsChoice(),
                new EgressCapacityRules.OutboundIpIdInvalid(),
                new EgressCapacityRules.PortsInvalid(),
                new EgressCapacityRules.PortsExhausted(),
                new EgressCapacityRules.PortsNoSurge(),
                new EgressCapacityRules.DefaultPortsFew(),
                new EgressCapacityRules.NatPortsFew(),
                new EgressCapacityRules.NatGatewayUnknown(),
                new EgressCapacityRules.NatGatewayWithLbOutbound(),
                new EgressCapacityRules.PrivateSubnetNoEgress(),

                new NsgRules.NameInvalid(),
                new NsgRules.Unknown(),
                new NsgRules.ExistingSubnet(),
                new NsgRules.RulePriority(),
                new NsgRules.RuleInvalid(),
                new NsgRules.BlocksClusterTraffic(),
                new NsgRules.BlocksWorkloadTraffic(),
                new NsgRules.ApplicationGatewayPorts(),
                new AddressSpaceRules.SubnetTooLarge(),
                new AddressSpaceRules.VnetForbiddenRange(),
                new AddressSpaceRules.VnetTooLarge(),
                new AddressSpaceRules.PodCidrPublic(),
                new AddressSpaceRules.PodCidrHeadroom(),
                new AddressSpaceRules.PodCidrOverlapsSpecVnet(),
                new AddressSpaceRules.ServiceCidrOverlapsSpecVnet(),
                new AddressSpaceRules.ManagedVnetOverlap(),
                new PoolSizingRules.PoolSurgeExceedsVmss(),
                new NetworkIsolationRules.OutboundNoneKubenet(),
                new NetworkIsolationRules.OutboundNoneWindows(),
                new NetworkIsolationRules.OutboundNoneK8sVersion(),
                new NetworkIsolationRules.OutboundNonePublicApi(),
                new NetworkIsolationRules.OutboundNoneNeedsCache(),
                new NetworkIsolationRules.BootstrapRegistryInvalid(),
                new NetworkIsolationRules.BootstrapRegistryKubeletIdentity(),
                new DualStackRules.Families(),
                new DualStackRules.CidrCount(),
                new DualStackRules.Plugin(),
                new DualStackRules.Policy(),
                new DualStackRules.K8sVersion(),
                new DualStackRules.SubnetIpv6(),
                new DualStackRules.SubnetIpv6Prefix(),
                new DualStackRules.ServiceCidrV6(),
                new DualStackRules.NatGateway(),
                new DualStackRules.UdrIpv6(),
                new DualStackRules.LbIpv6SingleStack(),
                new ByoCniRules.Unsupported(),
                new ByoCniRules.PodCidr(),
                new ByoCniRules.Policy(),
                new ByoCniRules.Windows(),
                new IdentityRules.IdentityIdInvalid(),
                new PoolOsRules.OsSkuMismatch(),
                new PoolOsRules.WindowsServer2019(),
                new PoolOsRules.WindowsServer2022(),
                new PoolOsRules.WindowsOutboundNat(),
                new AdvancedNetworkingRules.SecurityCilium(),
                new AdvancedNetworkingRules.K8sVersion(),
                new AdvancedNetworkingRules.NothingEnabled(),
                new AccessRules.FqdnSubdomain(),
                new AppRoutingRules.DnsZoneInvalid(),
                new AppRoutingRules.DnsZones(),
                new PoolSizingRules.SystemPoolVmSize(),
                new PoolSizingRules.OnlyCriticalAddonsUserPool(),
                new PoolSizingRules.NoPoolForWorkloads(),
                new PoolSizingRules.MaxPodsPoolTotal(),
                new PoolSizingRules.WindowsMaxPods(),
                new PoolSizingRules.StaticBlockK8sVersion(),
                new PoolSizingRules.StaticBlockSubnetTooLarge(),
                new PoolSizingRules.StaticBlockMaxPodsWaste(),
                new NetworkPolicyRules.NpmWindows(),
                new NetworkPolicyRules.NpmLinuxRetirement(),
                new NetworkPolicyRules.NpmScale(),
                new SubnetUseRules.OverlayDcsv2(),
                new SubnetUseRules.ByoNameLabelTooLong(),
                new SubnetUseRules.OverlaySmallSubnet(),
                new SubnetUseRules.SubnetNameReserved(),
                new SubnetUseRules.PodSubnetModeConflict(),
                new SubnetUseRules.PodSubnetSharedWithNodes(),
                new SubnetUseRules.SharedSubnetMixedPlugins(),
                new SubnetUseRules.DynamicPodIpLimit(),
                new EgressCapacityRules.ManagedNatZonal(),
                new RouteTableRules.KubenetUdrRoutes(),
                new RouteTableRules.NameInvalid(),
                new RouteTableRules.Unknown(),
                new RouteTableRules.ExistingSubnet(),
                new RouteTableRules.RouteInvalid(),
                new RouteTableRules.NextHopUnreachable(),
                new RouteTableRules.UdrDefaultRoute(),
                new RouteTableRules.DefaultRouteBypassesOutbound(),
                new RouteTableRules.KubenetRouteTables(),
                new RouteTableRules.KubenetPrivateCustomDns(),
                new RouteTableRules.KubenetRouteTableShared(),
                new RouteTableRules.KubenetRouteConflict(),
                new RouteTableRules.Full(),

                new PeeringRules.RemoteUnknown(),
                new PeeringRules.Duplicate(),
                new PeeringRules.Overlap(),
                new PeeringRules.RemoteGateway(),
                new PeeringRules.RemoteGatewayRefused(),
                new PeeringRules.DnsServerUnreachable(),

                new ApiServerRules.SettingsTwice(),
                new ApiServerRules.SubnetDelegation(),
                new ApiServerRules.SubnetTooSmall(),
                new ApiServerRules.SubnetShared(),
                new ApiServerRules.SubnetOtherNetwork(),
                new ApiServerRules.SubnetUnused(),
                new ApiServerRules.AuthorizedRangesPrivate(),
                new ApiServerRules.AuthorizedRangesLimit(),
                new ApiServerRules.AuthorizedRangeNotPublic(),
                new ApiServerRules.NodePublicIpNotAuthorized(),
                new ApiServerRules.PublicFqdnWithoutPrivateCluster(),

                new ZoneRules.ZonesInvalid(),
                new ZoneRules.ZonesNotInRegion(),
                new ZoneRules.NatGatewayOneZone(),
                new ZoneRules.NatGatewayZoneMismatch(),
                new ZoneRules.NodePublicIpPrefixWithoutIp(),

                new PoolRules.SystemPoolRequired(),
                new PoolRules.SystemPoolLinux(),
                new PoolRules.SystemPoolScaleToZero(),
                new PoolRules.AutoscaleRange(),
                new PoolRules.PoolCountRange(),
                new PoolRules.MaxPodsRange(),
                new PoolRules.SystemPoolSize(),
                new PoolRules.PoolLimit(),
                new PoolRules.ClusterMaxNodes(),
                new PoolRules.MaxPodsSystemPool());
    }

    /** The rules over all specs validated together. */
    public static List<FleetRule> fleet() {
        return List.of(
                new FleetRules.KubenetSharedSubnet(),
                new FleetRules.SharedSubnetOutboundMismatch(),
                new FleetRules.SubnetCapacity(),
                new FleetRules.SubnetHeadroom(),
                new FleetRules.FleetDuplicateCluster(),
                new FleetRules.FleetSubnetConflict(),
                new FleetRules.FleetVnetOverlap());
    }

    /** A report for one fleet rule into {@code sink}: for running a rule alone (benchmarks, tools). */
    public static FleetReport fleetReportFor(RuleId rule, java.util.List<Diagnostic> sink) {
        return new FleetReport(rule, sink);
    }
}
