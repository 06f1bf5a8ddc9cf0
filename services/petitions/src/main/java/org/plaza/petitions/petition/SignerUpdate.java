package org.plaza.petitions.petition;

import java.time.Instant;

/**
 * News every verified signer who asked for updates must receive (the delivery, the response). It stays
 * on the petition until every signer got it, so a restart resumes the sending where it stopped.
 */
public record SignerUpdate(String key, Kind kind, Instant requestedAt, Instant completedAt) {

    /** What the news is about. */
    public enum Kind {
        DELIVERED, RESPONDED
    }

    public boolean completed() {
        return completedAt != null;
    }
}
