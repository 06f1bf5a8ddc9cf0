package org.plaza.supporters.supporter;

import java.time.Instant;

/** An organizer's note on a supporter. */
public record Note(String id, String staffId, String text, Instant at) {
}
