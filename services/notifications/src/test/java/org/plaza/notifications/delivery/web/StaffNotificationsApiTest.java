package org.plaza.notifications.delivery.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** The delivery log over HTTP: operators and admins only, never an address. */
class StaffNotificationsApiTest extends NotificationsServiceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffTokens tokens;

    @Test
    void operatorReadsTheDeliveryLogWithoutContactDetails() throws Exception {
        String requestId = uniqueId("ntf-api");
        String email = address("example.org");
        events.publish(verification(requestId, "es", email));
        awaitState(requestId, "SENT");

        mvc.perform(get("/api/staff/notifications/" + requestId)
                        .header(HttpHeaders.AUTHORIZATION, StaffTokens.bearer(tokens.staffToken("op-1", Role.OPERATOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SENT"))
                .andExpect(jsonPath("$.templateKey").value("petitions.signature-verification"))
                .andExpect(jsonPath("$.history[0].outcome").value("SENT"))
                .andExpect(content().string(not(containsString(email))))
                .andExpect(content().string(not(containsString("482913"))));
    }

    @Test
    void organizersAndAnonymousCallersCannotReadTheLog() throws Exception {
        mvc.perform(get("/api/staff/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/staff/notifications")
                        .header(HttpHeaders.AUTHORIZATION, StaffTokens.bearer(tokens.staffToken("org-1", Role.ORGANIZER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownRequestIsAProblemInTheCallersLanguage() throws Exception {
        String admin = StaffTokens.bearer(tokens.staffToken("admin-1", Role.ADMIN));

        mvc.perform(get("/api/staff/notifications/nope?lang=es").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("No existe esa notificación"));
        mvc.perform(post("/api/staff/notifications/nope/retry?lang=en").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("No such notification"));
    }

    @Test
    void onlyFailedNotificationsCanBeSentAgain() throws Exception {
        String requestId = uniqueId("ntf-sent");
        events.publish(verification(requestId, "en", address("example.org")));
        awaitState(requestId, "SENT");

        mvc.perform(post("/api/staff/notifications/" + requestId + "/retry?lang=en")
                        .header(HttpHeaders.AUTHORIZATION, StaffTokens.bearer(tokens.staffToken("admin-1", Role.ADMIN))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("This notification cannot be sent again"));
    }
}
