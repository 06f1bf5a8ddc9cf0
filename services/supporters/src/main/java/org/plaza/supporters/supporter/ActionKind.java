package org.plaza.supporters.supporter;

/** What a supporter did: the actions organizers filter on. */
public enum ActionKind {
    /** Signed a petition (item: the petition). */
    SIGNED,
    /** Sent a public comment (item: the comment drive). */
    COMMENTED,
    /** Registered as a volunteer (item: the volunteer record). */
    VOLUNTEERED,
    /** Took a place on a shift (item: the shift). */
    SIGNED_UP,
    /** Was checked in at a shift (item: the shift). */
    ATTENDED,
    /** Completed a training (item: the training). */
    TRAINED,
    /** RSVPed to a community meeting and confirmed it (item: the meeting). */
    RSVPED,
    /** Was on a paper sign-up sheet (item: the sheet). */
    PAPER_SHEET,
    /** Was imported from a typed sign-up sheet (item: the import). */
    IMPORTED;

    /** The kind of action a contact hand-over's {@code source} stands for, if it names one. */
    public static ActionKind ofShareSource(String source) {
        if (source == null) {
            return null;
        }
        return switch (source) {
            case "PETITION_SIGNATURE" -> SIGNED;
            case "PUBLIC_COMMENT" -> COMMENTED;
            case "VOLUNTEER_SIGNUP" -> VOLUNTEERED;
            case "SHIFT_SIGNUP" -> SIGNED_UP;
            case "MEETING_RSVP" -> RSVPED;
            case "PAPER_SHEET" -> PAPER_SHEET;
            case "IMPORT" -> IMPORTED;
            default -> null;
        };
    }
}
