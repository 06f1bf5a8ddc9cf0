package org.plaza.outreach.shift;

/** Kinds of outreach activity; labels in the bundles as {@code shift.activity.<NAME>}. */
public enum Activity {
    CANVASS, PHONE_BANK, TEXT_BANK, COMMUNITY_MEETING, FESTIVAL_BOOTH, TRAINING_SESSION
}
