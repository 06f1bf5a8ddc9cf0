package org.plaza.testsupport.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored sample, with the {@code ce_id} of the event that recorded it when one did. */
@Document("samples")
public record Sample(@Id String id, String community, String recordedByEventId) {
}
