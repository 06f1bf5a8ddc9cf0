package org.plaza.outreach.shift;

import java.time.Instant;
import java.util.List;

/** A checked shift, ready to schedule: what {@link ShiftRules} makes of an organizer's request. */
record ShiftPlan(
        String campaignId,
        Activity activity,
        String titleEs,
        String titleEn,
        String descriptionEs,
        String descriptionEn,
        String community,
        String address,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        int capacity,
        int minimumVolunteers,
        List<String> languagesNeeded,
        List<String> roles,
        String requiredTrainingId,
        String leadStaffId) {
}
