package org.plaza.starter.messaging;

import java.time.Instant;

import org.plaza.events.PlazaEvent;

/** An event as a consumer received it: the payload with its CloudEvents id, type and time. */
public record ReceivedEvent<E extends PlazaEvent>(String id, String type, String subject, Instant time, E payload) {
}
