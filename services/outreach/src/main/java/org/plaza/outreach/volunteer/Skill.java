package org.plaza.outreach.volunteer;

/** What a volunteer offers to do; labels in the bundles as {@code volunteer.skill.<NAME>}. */
public enum Skill {
    CANVASSING, PHONE_BANKING, TEXT_BANKING, INTERPRETING, DRIVING, SOCIAL_MEDIA, EVENT_SETUP, CHILDCARE
}
