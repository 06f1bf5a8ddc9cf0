package org.plaza.insights.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.insights.support.Fixtures.campaign;
import static org.plaza.insights.support.Fixtures.id;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.events.PlazaEvent;
import org.plaza.events.outreach.MeetingAttended;
import org.plaza.events.outreach.MeetingCancelled;
import org.plaza.events.outreach.MeetingRescheduled;
import org.plaza.events.outreach.MeetingRsvpCancelled;
import org.plaza.events.outreach.MeetingRsvped;
import org.plaza.events.outreach.MeetingScheduled;
import org.plaza.events.outreach.MeetingWaitlisted;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.testsupport.security.Role;

import tools.jackson.databind.JsonNode;

/**
 * The consumer's side of the meeting events: RSVPs going and waiting, a promotion, check-ins, a meeting called off
 * and one moved, each event counting, none naming anyone, through real Kafka to the campaign page in both languages;
 * the numbers stay the same after duplicates, redeliveries with new ids, an older count delivered late, and a replay.
 */
class MeetingProjectionTest extends InsightsServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void eachMeetingOfACampaignShowsItsRsvpsWaitlistAndAttendanceOnceThroughRedeliveriesAndReplay() {
        String campaign = id("cmp");
        String hall = id("mtg");
        String calledOff = id("mtg");
        String moved = id("mtg");
        Instant t = Instant.parse("2026-12-01T18:00:00Z");
        Instant day = t.plus(10, ChronoUnit.DAYS);
        List<PlazaEvent> story = new ArrayList<>(List.of(
                campaign(campaign, "Agua limpia", "Clean water", "org-1"),
                new MeetingScheduled(hall, campaign, "MECCA", day, day.plus(2, ChronoUnit.HOURS), 2, "org-1", t,
                        "Asamblea del agua", "Water town hall"),
                new MeetingRsvped(hall, campaign, 1, 2, at(t, 1), 0, false),
                new MeetingRsvped(hall, campaign, 2, 2, at(t, 2), 0, false),
                new MeetingWaitlisted(hall, campaign, 1, 2, 2, at(t, 3)),
                new MeetingRsvpCancelled(hall, campaign, "rsv_a", 2, at(t, 4), 0),
                new MeetingRsvped(hall, campaign, 2, 2, at(t, 4).plusMillis(1), 0, true),
                new MeetingAttended(hall, campaign, 1, 2, "org-1", at(t, 5)),
                new MeetingScheduled(calledOff, campaign, "OASIS", day.plus(3, ChronoUnit.HOURS),
                        day.plus(4, ChronoUnit.HOURS), null, "org-1", t,
                        "Taller de firmas", "Signature workshop"),
                new MeetingRsvped(calledOff, campaign, 1, null, at(t, 6), 0, false),
                new MeetingCancelled(calledOff, campaign, 1, 0, "org-1", at(t, 7)),
                new MeetingScheduled(moved, campaign, "MECCA", day, day.plus(1, ChronoUnit.HOURS), null, "org-1", t,
                        "Reunión de jóvenes", "Youth meeting"),
                new MeetingRescheduled(moved, campaign, "THERMAL", day.plus(1, ChronoUnit.DAYS),
                        day.plus(1, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS), 1, 0, "org-1", at(t, 8))));
        List<String> ids = publishAll(story);
        String path = "/api/staff/insights/campaigns/" + campaign;

        JsonNode detail = await().atMost(WAIT).until(() -> api().getJson(path, "op-1", Role.OPERATOR),
                d -> d.get("meetings").size() == 3 && "THERMAL".equals(d.at("/meetings/2/community").asString())
                        && d.at("/meetings/0/attended").asLong() == 1 && "CANCELLED".equals(d.at("/meetings/1/status").asString()));

        assertThat(rows(detail)).containsExactly(
                "Water town hall SCHEDULED MECCA: going 2 of 2, waiting 0, attended 1",
                "Signature workshop CANCELLED OASIS: going 1 of -, waiting 0, attended 0",
                "Youth meeting SCHEDULED THERMAL: going 0 of -, waiting 0, attended 0");
        assertThat(detail.at("/meetings/2/startsAt").asString()).isEqualTo(day.plus(1, ChronoUnit.DAYS).toString());
        String spanish = api().get("/staff/insights/campaigns/" + campaign + "?lang=es", "op-1", Role.OPERATOR).text();
        assertThat(spanish).contains("Reuniones comunitarias", "Asamblea del agua", "Vinieron", "50 %",
                "Todas las reuniones", "Cancelado");
        String english = api().get("/staff/insights/campaigns/" + campaign + "?lang=en", "op-1", Role.OPERATOR).text();
        assertThat(english).contains("Community meetings", "Water town hall", "Going (RSVPs)", "All meetings");

        List<String> before = rows(detail);
        List<PlazaEvent> withALateOne = new ArrayList<>(story);
        withALateOne.add(new MeetingRsvped(hall, campaign, 1, 2, at(t, 1), 0, false));
        List<String> lateIds = new ArrayList<>(ids);
        lateIds.add(UUID.randomUUID().toString());
        deliverAgain(withALateOne, lateIds);
        assertThat(rows(api().getJson(path, "op-1", Role.OPERATOR))).as("an older count delivered late changes nothing")
                .isEqualTo(before);

        replay();
        assertThat(rows(api().getJson(path, "op-1", Role.OPERATOR))).isEqualTo(before);
    }

    private static Instant at(Instant start, int minutes) {
        return start.plus(minutes, ChronoUnit.MINUTES);
    }

    private static List<String> rows(JsonNode detail) {
        List<String> rows = new ArrayList<>();
        for (JsonNode m : detail.get("meetings")) {
            rows.add(m.get("titleEn").asString() + " " + m.get("status").asString() + " " + m.get("community").asString()
                    + ": going " + m.get("going").asLong() + " of "
                    + (m.path("capacity").isNumber() ? m.path("capacity").asString() : "-") + ", waiting "
                    + m.get("waitlisted").asLong() + ", attended " + m.get("attended").asLong());
        }
        return rows;
    }
}
