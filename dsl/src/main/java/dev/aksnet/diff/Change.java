package dev.aksnet.diff;

import dev.aksnet.spec.Position;

import java.util.Optional;

/**
 * One change between two specs and what it does.
 *
 * @param subject what changes ({@code cluster 'prod'}, {@code network 'vnet-spoke'})
 * @param path    the field's path in NEW (in BASE for what NEW removed)
 * @param from    the value in BASE, or empty when NEW adds it
 * @param to      the value in NEW, or empty when NEW removes it
 * @param fact    what such a change does, and why
 * @param at      where NEW has it, or empty when NEW removed it
 */
public record Change(String subject, String path, Optional<String> from, Optional<String> to, ChangeFact fact, Optional<Position> at) {
    public Impact impact() {
        return fact.worst();
    }
}
