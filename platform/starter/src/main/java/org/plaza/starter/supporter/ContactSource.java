package org.plaza.starter.supporter;

/** What a resident did that handed their details to the supporters service ({@code SupporterContactShared.source}). */
public enum ContactSource {
    PETITION_SIGNATURE, PUBLIC_COMMENT, VOLUNTEER_SIGNUP, SHIFT_SIGNUP, PAPER_SHEET, IMPORT,
    /** An RSVP to a community meeting, confirmed by email (outreach). */
    MEETING_RSVP
}
