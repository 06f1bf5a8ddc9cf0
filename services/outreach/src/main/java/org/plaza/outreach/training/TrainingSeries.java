package org.plaza.outreach.training;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A training: one session or a series of them (each a {@link Shift} of kind TRAINING_SESSION). Attending
 * every session completes it; a shift may require it.
 */
@Document("trainings")
public record TrainingSeries(
        @Id String id,
        @Indexed String campaignId,
        String titleEs,
        String titleEn,
        List<String> sessionShiftIds,
        String staffId,
        Instant createdAt) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleEs;
    }

    public int sessions() {
        return sessionShiftIds.size();
    }
}
