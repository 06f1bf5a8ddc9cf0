package org.plaza.events.supporters;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A resident asked Plaza to erase what it keeps about them, and the supporters service did. Every service that
 * holds a copy of that person's details removes or anonymizes it; counts and earlier events stay.
 *
 * @param erasureId Idempotency key of the erasure.
 * @param supporterId The erased resident's pseudonym.
 * @param erasedAt When the supporters service erased its own record.
 */
@EventType("plaza.supporters.supporter-erased.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupporterErased(String erasureId, String supporterId, Instant erasedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return supporterId;
    }

}
