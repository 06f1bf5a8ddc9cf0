package org.plaza.comments.body;

/** The kinds of public body a drive can address. */
public enum PublicBodyKind {
    WATER_DISTRICT_BOARD, SCHOOL_DISTRICT_BOARD, CITY_COUNCIL, COUNTY_BOARD
}
