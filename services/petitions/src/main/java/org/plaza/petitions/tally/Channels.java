package org.plaza.petitions.tally;

import java.util.List;

/**
 * Where signatures come from, as {@code SignatureVerified.channel} says: the web form, a paper form typed in by
 * staff, or a canvass (door to door, a table) typed in by staff.
 */
public final class Channels {

    public static final String WEB = "WEB";
    public static final String PAPER_FORM = "PAPER_FORM";
    public static final String CANVASS = "CANVASS";
    /** Every channel, in the order pages and files show them. */
    public static final List<String> ALL = List.of(WEB, PAPER_FORM, CANVASS);

    private Channels() {
    }
}
