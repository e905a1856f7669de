package dev.aksnet.validation;

import dev.aksnet.model.Deployment;
import dev.aksnet.model.SubnetRef;
import dev.aksnet.resolve.ResolvedSpec;
import dev.aksnet.resolve.ResolvedSpec.ClusterAt;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.RefAt;
import dev.aksnet.resolve.ResolvedSpec.Resolution;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;
import dev.aksnet.resolve.ResolvedSpec.VnetAt;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.spec.SourceMap;

import java.util.List;
import java.util.Optional;

/**
 * A spec as the rules see it: where its parts stand ({@link SourceMap}) and what they mean ({@link ResolvedSpec}: references
 * resolved, choices as sealed types), so that each rule is a few lines about one fact.
 */
public final class ValidationContext {
    private final LoadedSpec spec;
    private final ResolvedSpec resolved;

    public ValidationContext(LoadedSpec spec) {
        this.spec = spec;
        this.resolved = ResolvedSpec.of(spec.deployment());
    }

    public String fileName() {
        return spec.fileName();
    }

    public Deployment deployment() {
        return spec.deployment();
    }

    public SourceMap sourceMap() {
        return spec.sourceMap();
    }

    /** The spec resolved. */
    public ResolvedSpec resolved() {
        return resolved;
    }

    public List<VnetAt> vnets() {
        return resolved.vnets();
    }

    public List<SubnetAt> subnets() {
        return resolved.subnets();
    }

    public List<ResolvedSpec.NatAt> natGateways() {
        return resolved.natGateways();
    }

    public List<ResolvedSpec.NsgAt> networkSecurityGroups() {
        return resolved.networkSecurityGroups();
    }

    public List<ResolvedSpec.RouteTableAt> routeTables() {
        return resolved.routeTables();
    }

    /** The route table of the spec a subnet names, if it names a known one. */
    public java.util.Optional<ResolvedSpec.RouteTableAt> routeTableOf(ResolvedSpec.SubnetAt subnet) {
        return resolved.routeTableOf(subnet);
    }

    public List<ResolvedSpec.PeeringAt> peerings() {
        return resolved.peerings();
    }

    /** The connected networks and the networks peered with the cluster's. */
    public List<dev.aksnet.model.ConnectedNetwork> connectedTo(ClusterAt cluster) {
        return resolved.connectedTo(cluster);
    }

    public List<ClusterAt> clusters() {
        return resolved.clusters();
    }

    public List<PoolAt> pools() {
        return resolved.pools();
    }

    /** The pools of one cluster. */
    public List<PoolAt> pools(ClusterAt cluster) {
        return resolved.pools(cluster);
    }

    /** The subnets of one network. */
    public List<SubnetAt> subnets(VnetAt vnet) {
        return resolved.subnets(vnet);
    }

    /** The distinct networks whose subnets the cluster's pools use, in spec order. */
    public List<VnetAt> vnetsOf(ClusterAt cluster) {
        return resolved.vnetsOf(cluster);
    }

    /** The subnet a cluster's ingress names, when it resolves to exactly one. */
    public Optional<SubnetAt> ingressSubnet(ClusterAt cluster) {
        return resolved.ingressSubnet(cluster);
    }

    /** The subnet a cluster's API server is integrated into, when it resolves to exactly one. */
    public Optional<SubnetAt> apiServerSubnet(ClusterAt cluster) {
        return resolved.apiServerSubnet(cluster);
    }

    /** Every subnet reference: of every pool (node subnet before pod subnet), then of every cluster's ingress. */
    public List<RefAt> subnetRefs() {
        return resolved.subnetRefs();
    }

    /** Resolves a subnet reference; empty when there is none. */
    public Optional<Resolution> resolve(SubnetRef ref) {
        return resolved.resolve(ref);
    }
}
