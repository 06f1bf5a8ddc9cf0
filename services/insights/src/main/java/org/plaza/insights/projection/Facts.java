package org.plaza.insights.projection;

import java.util.List;

/** Names of the projection collections; a replay empties exactly these and rebuilds them. */
public final class Facts {

    public static final String CAMPAIGNS = "insights_campaigns";
    /** Petitions, comment drives and shifts: {@code _id} is {@code <kind>:<id>}. */
    public static final String ITEMS = "insights_items";
    public static final String SIGNATURES = "insights_signatures";
    public static final String MILESTONES = "insights_milestones";
    public static final String SPIKES = "insights_spikes";
    public static final String COMMENTS = "insights_comments";
    public static final String PACKETS = "insights_packets";
    public static final String PACKET_DELIVERIES = "insights_packet_deliveries";
    public static final String VOLUNTEERS = "insights_volunteers";
    public static final String SIGNUPS = "insights_signups";
    public static final String ATTENDANCE = "insights_attendance";
    public static final String TRAININGS = "insights_trainings";
    public static final String NOTIFICATION_FAILURES = "insights_notification_failures";
    public static final String STAFF_ACTIONS = "insights_staff_actions";
    /** Organizers' broadcasts, by broadcast id. */
    public static final String BROADCASTS = "insights_broadcasts";
    /** What became of each broadcast request, by request id ({@code <broadcastId>:<supporterId>}). */
    public static final String BROADCAST_OUTCOMES = "insights_broadcast_outcomes";
    /** Community meetings with their latest counts, by meeting id. */
    public static final String MEETINGS = "insights_meetings";

    public static final List<String> ALL = List.of(CAMPAIGNS, ITEMS, SIGNATURES, MILESTONES, SPIKES, COMMENTS,
            PACKETS, PACKET_DELIVERIES, VOLUNTEERS, SIGNUPS, ATTENDANCE, TRAININGS, NOTIFICATION_FAILURES,
            STAFF_ACTIONS, BROADCASTS, BROADCAST_OUTCOMES, MEETINGS);

    /** Kinds of campaign items in {@link #ITEMS}. */
    public static final String PETITION = "PETITION";
    public static final String DRIVE = "DRIVE";
    public static final String SHIFT = "SHIFT";

    private Facts() {
    }

    public static String itemKey(String kind, String id) {
        return kind.toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
