package org.plaza.petitions.petition;

import java.time.Instant;
import java.time.LocalDate;

/** The decision-maker's answer to a delivered petition, summarized by an organizer in both languages. */
public record Response(LocalDate respondedOn, ResponseOutcome outcome, String summaryEs, String summaryEn,
        String staffId, Instant recordedAt) {

    public String summary(String language) {
        return "en".equals(language) ? summaryEn : summaryEs;
    }
}
