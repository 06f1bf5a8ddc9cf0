package org.plaza.supporters.erasure;

import java.time.Instant;

import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.events.supporters.SupporterErased;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What is left of an erased person: their pseudonym and when they were last erased, nothing else. It carries the
 * erasure's announcements through the outbox ({@code SupporterErased} and the tombstone of the person's contact
 * hand-overs), because the supporter's own document, which would otherwise carry them, is gone. A person who acts
 * again after an erasure is a new, fresh supporter; erasing them again moves {@code erasedAt} on.
 */
@Document("erasures")
public class Erasure extends OutboxAggregate {

    @Id
    private String supporterId;
    private String erasureId;
    private Instant erasedAt;

    protected Erasure() {
    }

    static Erasure of(String supporterId) {
        Erasure erasure = new Erasure();
        erasure.supporterId = supporterId;
        return erasure;
    }

    /** Erases (again) at {@code now}: one {@code SupporterErased} and one tombstone per erasure. */
    void erase(String erasureId, Instant now) {
        this.erasureId = erasureId;
        this.erasedAt = now;
        raise(new SupporterErased(erasureId, supporterId, now));
        raiseTombstone(SupporterContactShared.class, supporterId);
    }

    /** Whether a fact about the person from {@code at} is covered by the erasure (happened before it). */
    boolean covers(Instant at) {
        return erasedAt != null && (at == null || !at.isAfter(erasedAt));
    }

    public String supporterId() {
        return supporterId;
    }

    public String erasureId() {
        return erasureId;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
