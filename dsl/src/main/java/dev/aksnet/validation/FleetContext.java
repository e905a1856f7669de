package dev.aksnet.validation;

import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every spec of one validation run, with the cross-spec indexes the fleet rules share (built once, in linear time). */
public final class FleetContext {

    /** Something of one spec. */
    public record In<T>(ValidationContext spec, T item) {
    }

    private final List<ValidationContext> specs;
    private final Map<String, List<In<SubnetAt>>> subnetsByKey = new LinkedHashMap<>();
    private final Map<String, List<In<PoolAt>>> poolsBySubnetKey = new LinkedHashMap<>();

    public FleetContext(List<ValidationContext> specs) {
        this.specs = List.copyOf(specs);
        for (ValidationContext spec : specs) {
            for (SubnetAt s : spec.subnets()) {
                subnetsByKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(new In<>(spec, s));
            }
            for (PoolAt p : spec.pools()) {
                p.subnet().ifPresent(s -> poolsBySubnetKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(new In<>(spec, p)));
                p.podSubnet().filter(s -> p.subnet().map(n -> !n.key().equals(s.key())).orElse(true))
                        .ifPresent(s -> poolsBySubnetKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(new In<>(spec, p)));
            }
        }
    }

    public List<ValidationContext> specs() {
        return specs;
    }

    /** Each subnet identity with its declarations, in the order specs and subnets were given. */
    public Map<String, List<In<SubnetAt>>> subnetsByKey() {
        return subnetsByKey;
    }

    /** Each subnet identity with the pools (of any spec) that put nodes or pods in it. */
    public Map<String, List<In<PoolAt>>> poolsBySubnetKey() {
        return poolsBySubnetKey;
    }
}
