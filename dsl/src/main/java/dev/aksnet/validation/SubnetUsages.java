package dev.aksnet.validation;

import dev.aksnet.capacity.AddressDemand;
import dev.aksnet.capacity.IpPlanning;
import dev.aksnet.capacity.SubnetUsage;
import dev.aksnet.validation.FleetContext.In;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.resolve.ResolvedSpec.SubnetAt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every declared subnet with what all the fleet's pools need from it: for the capacity rules and {@code aksnet plan}. */
public final class SubnetUsages {
    private SubnetUsages() {
    }

    /** A subnet's first declaration (where diagnostics point) and its usage by the whole fleet. */
    public record Entry(In<SubnetAt> declaration, SubnetUsage usage) {
    }

    public static List<Entry> of(FleetContext fleet) {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<In<SubnetAt>>> subnet : fleet.subnetsByKey().entrySet()) {
            In<SubnetAt> first = subnet.getValue().get(0);
            List<AddressDemand> demands = new ArrayList<>();
            for (In<PoolAt> p : fleet.poolsBySubnetKey().getOrDefault(subnet.getKey(), List.of())) {
                var cluster = p.item().cluster().cluster();
                var pool = p.item().pool();
                if (p.item().subnet().map(s -> s.key().equals(subnet.getKey())).orElse(false)) {
                    demands.add(IpPlanning.nodeSubnetDemand(cluster, pool));
                }
                if (p.item().podSubnet().map(s -> s.key().equals(subnet.getKey())).orElse(false)) {
                    IpPlanning.podSubnetDemand(cluster, pool).ifPresent(demands::add);
                }
            }
            entries.add(new Entry(first, new SubnetUsage(first.item().qualifiedName(), first.item().subnet().cidr(), demands)));
        }
        return entries;
    }
}
