package org.plaza.outreach.shift;

import java.time.Instant;
import java.util.List;

/**
 * A shift as a page or a public API shows it, in one language.
 *
 * @param when          the local date and time span, formatted for the reader
 * @param openSpots     places left now
 * @param waiting       volunteers on the waitlist now
 * @param trainingTitle the title of the training it requires, if any
 * @param session       "2 / 3" for a session of a series, else null
 */
public record ShiftView(
        String shiftId,
        String campaignId,
        String activity,
        String title,
        String description,
        String community,
        String communityName,
        String address,
        String when,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        int openSpots,
        int waiting,
        int minimumVolunteers,
        List<String> languagesNeeded,
        List<String> roles,
        String requiredTrainingId,
        String trainingTitle,
        String trainingId,
        String session,
        String status,
        boolean open) {

    public boolean full() {
        return openSpots <= 0;
    }
}
