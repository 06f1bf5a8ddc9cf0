package org.plaza.petitions.tally;

/**
 * What one signature adds to its petition's counts: 1 or 0 to the total and to the verified count,
 * the latter under its community and its channel ({@code WEB}, {@code PAPER_FORM}, {@code CANVASS}). Changes
 * are applied as the difference between two contributions.
 */
public record Contribution(int total, int verified, String community, String channel) {

    public static final Contribution NONE = new Contribution(0, 0, null, null);

    /** A contribution of a signature made on the web. */
    public Contribution(int total, int verified, String community) {
        this(total, verified, community, Channels.WEB);
    }

    public boolean isZero() {
        return total == 0 && verified == 0;
    }
}
