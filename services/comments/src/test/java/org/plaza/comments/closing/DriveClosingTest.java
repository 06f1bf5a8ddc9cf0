package org.plaza.comments.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.comments.support.TestClock;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The drive closes by itself exactly at its deadline, and nothing that arrives from then on counts. */
@CommentsServiceTest
class DriveClosingTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTestEvents events;

    @AfterEach
    void letTimeRun() {
        TestClock.shared().release();
    }

    @Test
    void closesExactlyAtTheDeadlineAndRefusesLaterSubmissionsInBothLanguages() throws Exception {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofMinutes(5), true);
        Instant deadline = fixtures.deadlineOf(driveId);
        String early = fixtures.submit(driveId, Fixtures.comment("Ana", "ana." + System.nanoTime() + "@example.org",
                "MECCA", "OPPOSE", "Antes del cierre."), "es");
        String late = fixtures.submit(driveId, Fixtures.comment("Beto", "beto." + System.nanoTime() + "@example.org",
                "MECCA", "OPPOSE", "Confirmo tarde."), "es");
        String lateCode = fixtures.confirmationEmail(late).templateParameters().get("code");

        TestClock.shared().freezeAt(deadline.minusMillis(1));
        fixtures.confirm(early);
        submit(driveId, "es").andExpect(status().isAccepted());

        TestClock.shared().freezeAt(deadline);
        submit(driveId, "es").andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Los comentarios están cerrados"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Los comentarios sobre este punto cerraron el")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("No se registró nada.")));
        submit(driveId, "en").andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Comments are closed"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Nothing was recorded.")));
        mvc.perform(post("/api/public/comments/comments/" + late + "/confirmation?lang=en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + lateCode + "\"}"))
                .andExpect(status().isConflict());
        assertThat(mvc.perform(get("/comments/drives/" + driveId + "?lang=es")).andReturn().getResponse()
                .getContentAsString()).contains("Los comentarios cerraron el").doesNotContain("name=\"comment\"");
        assertThat(mvc.perform(get("/comments/drives/" + driveId + "?lang=en")).andReturn().getResponse()
                .getContentAsString()).contains("Comments closed on");

        CommentDriveClosed closed = events.awaitEvent(CommentDriveClosed.class, e -> e.driveId().equals(driveId),
                Duration.ofSeconds(30)).event();
        assertThat(closed.closedAt()).isEqualTo(deadline);
        assertThat(closed.reason()).isEqualTo(CommentDriveClosed.Reason.DEADLINE_PASSED);
        assertThat(closed.confirmedCommentCount()).isEqualTo(1);
        assertThat(closed.staffId()).isNull();
    }

    @Test
    void anOrganizerMayCloseADriveEarly() throws Exception {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(3), false);
        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/close", fixtures.admin(), Map.of());
        CommentDriveClosed closed = events.awaitEvent(CommentDriveClosed.class, e -> e.driveId().equals(driveId),
                Duration.ofSeconds(30)).event();
        assertThat(closed.reason()).isEqualTo(CommentDriveClosed.Reason.CLOSED_BY_ORGANIZER);
        assertThat(closed.staffId()).isEqualTo("admin-1");
        submit(driveId, "en").andExpect(status().isConflict());
    }

    private ResultActions submit(String driveId, String lang) throws Exception {
        Map<String, Object> comment = Fixtures.comment("Tarde", "tarde." + System.nanoTime() + "@example.org",
                "OASIS", "SUPPORT", "¿Llego a tiempo?");
        return mvc.perform(post("/api/public/comments/drives/" + driveId + "/comments?lang=" + lang)
                .contentType(MediaType.APPLICATION_JSON).content(fixtures.json().writeValueAsString(comment)));
    }
}
