package org.plaza.events.supporters;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A resident changed what they agree to receive on one channel for one kind of message, and the supporters service
 * recorded it with its provenance. The notifications service keeps its suppression list from it, so a withdrawn
 * consent stops those messages at once. No personal data: the person is their pseudonym.
 *
 * @param changeId Idempotency key of the change.
 * @param supporterId The resident's pseudonym.
 * @param channel EMAIL or SMS.
 * @param category The kind of message, a {@code NotificationCategory} name (CAMPAIGN_UPDATES, REMINDERS,
 *        INVITATIONS).
 * @param granted Whether the resident now agrees.
 * @param source Where the change was made: MY_DATA_PAGE (the resident's own page).
 * @param changedAt When the resident made the change.
 */
@EventType("plaza.supporters.supporter-consent-changed.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupporterConsentChanged(
        String changeId,
        String supporterId,
        String channel,
        String category,
        boolean granted,
        String source,
        Instant changedAt) implements PlazaEvent {

    /** The source of a change the resident made on their "my data" page. */
    public static final String MY_DATA_PAGE = "MY_DATA_PAGE";

    @Override
    public String subject() {
        return supporterId;
    }

}
