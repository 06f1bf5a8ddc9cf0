package org.plaza.supporters.broadcast;

import org.plaza.supporters.supporter.SupporterFilter;

/**
 * Who in a campaign's base a broadcast goes to: a saved segment, or a filter (everyone who acted on the campaign,
 * narrowed to those who took one kind of action on it, such as signing its petition, and to one community). Consent
 * is not part of it: every recipient's consent is checked on their record when the broadcast is queued. Whichever it
 * is, it is read within the broadcast's campaign, on the supporters of the day.
 *
 * @param segmentId     a saved segment, or null for the filter
 * @param did           an {@code ActionKind} name (SIGNED, COMMENTED…) taken on the campaign, or null for any action
 * @param community     a community code from the vocabulary, or null for all
 * @param segmentFilter the segment's filter as it was when the broadcast was written (segments are its owner's to
 *                      change or delete; the broadcast keeps what its author chose), or null
 */
public record AudienceFilter(String segmentId, String did, String community, SupporterFilter segmentFilter) {

    public AudienceFilter(String segmentId, String did, String community) {
        this(segmentId, did, community, null);
    }

    public AudienceFilter {
        segmentId = blankToNull(segmentId);
        did = blankToNull(did);
        community = blankToNull(community);
    }

    /** Everyone who acted on the campaign. */
    public static AudienceFilter everyone() {
        return new AudienceFilter(null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
