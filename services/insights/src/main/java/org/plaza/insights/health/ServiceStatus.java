package org.plaza.insights.health;

import java.time.Instant;

/**
 * What the last check of one service found.
 *
 * @param name                  the service
 * @param url                   its base URL
 * @param state                 UP, DOWN (answered, not healthy, or did not answer) or UNKNOWN (not checked yet)
 * @param detail                the health status it reported, or why it could not be reached
 * @param outboxBacklog         {@code plaza_outbox_backlog}: aggregates waiting to be published; null if not exposed
 * @param outboxOldestAgeSeconds {@code plaza_outbox_oldest_age_seconds}; null if not exposed
 * @param deadLettered          {@code plaza_events_dead_lettered_total} summed; null if not exposed
 * @param checkedAt             when it was checked
 */
public record ServiceStatus(String name, String url, State state, String detail, Double outboxBacklog,
        Double outboxOldestAgeSeconds, Double deadLettered, Instant checkedAt) {

    /** Whether a service answers healthy. */
    public enum State {
        UP, DOWN, UNKNOWN
    }

    public boolean up() {
        return state == State.UP;
    }
}
