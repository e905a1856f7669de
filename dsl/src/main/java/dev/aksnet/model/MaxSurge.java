package dev.aksnet.model;

import java.util.Optional;

/**
 * How many extra nodes a pool adds while it upgrades: a node count ({@code 5}) or a percentage of the pool's nodes
 * ({@code 33%}, rounded up), as AKS's {@code upgradeSettings.maxSurge}. AKS never surges more nodes than the pool has.
 *
 * @param value   the count (at least 1: AKS needs a surge while maxUnavailable is 0, which aksnet keeps) or the percentage
 *                (1 to 100: 100% already surges the whole pool)
 * @param percent whether {@code value} is a percentage
 */
public record MaxSurge(int value, boolean percent) {
    /** aksnet's default on every pool: 10%, the surge AKS's large-cluster guidance names (network-rules.md G_MAX_SURGE). */
    public static final MaxSurge DEFAULT = new MaxSurge(10, true);

    public MaxSurge {
        if (value < 1 || (percent && value > 100)) {
            throw new IllegalArgumentException("max surge must be at least 1 node, or from 1% to 100%, not " + value + (percent ? "%" : ""));
        }
    }

    public static MaxSurge count(int nodes) {
        return new MaxSurge(nodes, false);
    }

    public static MaxSurge percent(int percent) {
        return new MaxSurge(percent, true);
    }

    /** {@code 5} or {@code 33%}; empty for anything else (a sign, a fraction, zero, above 100%, spaces). */
    public static Optional<MaxSurge> parse(String text) {
        if (text == null || !text.matches("[0-9]{1,6}%?")) {
            return Optional.empty();
        }
        boolean percent = text.endsWith("%");
        int value = Integer.parseInt(percent ? text.substring(0, text.length() - 1) : text);
        return value < 1 || (percent && value > 100) ? Optional.empty() : Optional.of(new MaxSurge(value, percent));
    }

    /** The extra nodes while a pool of {@code poolNodes} upgrades: at least 1, at most the pool's nodes (when it has any). */
    public int surgeNodes(int poolNodes) {
        int wanted = percent ? (int) Math.ceil(value * (double) poolNodes / 100) : value;
        return Math.max(1, Math.min(wanted, poolNodes));
    }

    /** As the API and the spec write it. */
    public String text() {
        return percent ? value + "%" : String.valueOf(value);
    }
}
