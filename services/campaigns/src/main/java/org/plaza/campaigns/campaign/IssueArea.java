package org.plaza.campaigns.campaign;

/** The fixed list of issue areas a campaign belongs to; the codes travel in events. */
public enum IssueArea {
    EDUCATION, WATER_AND_HOUSING_INFRASTRUCTURE, ENVIRONMENTAL_JUSTICE, HEALTH, PARKS_AND_TRANSPORTATION,
    CIVIC_PARTICIPATION, WORK;

    /** The bundle key of the area's name. */
    public String messageKey() {
        return "campaigns.issue-area." + name();
    }
}
