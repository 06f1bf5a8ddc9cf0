package org.plaza.outreach.lead;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A resident who said they would like to volunteer, per campaign: only their pseudonym, community and
 * language, where it came from, and whether they have signed up since ({@code volunteerId}). Built from
 * events as upserts keyed on campaign and pseudonym, so a redelivered event changes nothing.
 */
@Document("leads")
public record Lead(
        @Id String id,
        @Indexed String campaignId,
        @Indexed String supporterId,
        String community,
        String language,
        List<String> sources,
        List<String> sourceIds,
        Instant firstSeenAt,
        Instant lastSeenAt,
        String volunteerId,
        Instant convertedAt) {

    static String idOf(String campaignId, String supporterId) {
        return campaignId + "|" + supporterId;
    }

    public boolean converted() {
        return volunteerId != null;
    }

    /** A short, stable label organizers can tell leads apart by, without any personal data. */
    public String label() {
        return supporterId.substring(supporterId.length() - 6).toUpperCase(Locale.ROOT);
    }
}
