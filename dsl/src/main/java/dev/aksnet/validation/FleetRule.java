package dev.aksnet.validation;

/**
 * A rule over every spec validated together: facts that span specs (subnets shared across specs, capacity of a
 * subnet all of them use, names and ranges that collide). A single spec is a fleet of one.
 */
public interface FleetRule {
    RuleId id();

    void check(FleetContext fleet, FleetReport report);
}
