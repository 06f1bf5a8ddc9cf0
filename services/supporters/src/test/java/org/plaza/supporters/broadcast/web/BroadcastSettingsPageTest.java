package org.plaza.supporters.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.starter.access.CampaignTeamProjection;
import org.plaza.starter.id.Ids;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.security.StaffRole;
import org.plaza.supporters.broadcast.ApprovalPolicy;
import org.plaza.supporters.broadcast.BroadcastStatus;
import org.plaza.supporters.broadcast.Broadcasts;
import org.plaza.supporters.testing.StoredAudience;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The approval threshold is an administrator's setting in the product: only administrators see and change it, each
 * change is audited, a broadcast asked to send afterwards follows it, and a bad value is refused next to its field in
 * the reader's language, changing nothing.
 */
@SupportersTest
class BroadcastSettingsPageTest {

    private static final String PATH = "/staff/supporters/settings/broadcasts";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffTokens tokens;
    @Autowired
    ApprovalPolicy policy;
    @Autowired
    CampaignTeamProjection teams;
    @Autowired
    StoredAudience audience;
    @Autowired
    Broadcasts broadcasts;
    @Autowired
    KafkaTestEvents events;

    /** Other tests count on the deployment's default (500). */
    @AfterEach
    void backToTheDefault() {
        policy.change(new StaffMember("admin-1", Set.of(StaffRole.ADMIN)), "500");
    }

    @Test
    void onlyAnAdministratorSeesOrChangesTheApprovalThreshold() throws Exception {
        mvc.perform(as("org-ana", Role.ORGANIZER, get(PATH))).andExpect(status().isForbidden());
        mvc.perform(as("org-ana", Role.ORGANIZER, post(PATH).param("threshold", "1"))).andExpect(status().isForbidden());
        mvc.perform(get(PATH)).andExpect(status().isUnauthorized());

        assertThat(policy.threshold()).isEqualTo(500);
        assertThat(page(as("admin-1", Role.ADMIN, get(PATH + "?lang=es")))).contains("Ajustes de los envíos",
                "value=\"500\"", "Valor por defecto de esta instalación: 500");
        assertThat(page(as("admin-1", Role.ADMIN, get("/staff/supporters?lang=en")))).contains(PATH);
        assertThat(page(as("org-ana", Role.ORGANIZER, get("/staff/supporters?lang=en")))).doesNotContain(PATH);
    }

    @Test
    void anAdministratorsNewThresholdIsAuditedAndTheNextBroadcastAboveItWaitsForApproval() throws Exception {
        mvc.perform(as("admin-7", Role.ADMIN, post(PATH).param("threshold", "2"))).andExpect(status().isSeeOther());

        assertThat(policy.threshold()).isEqualTo(2);
        assertThat(page(as("admin-1", Role.ADMIN, get(PATH + "?lang=en")))).contains("In force: 2 recipients, set by admin-7");
        StaffActionAudited audit = events.awaitEvent(StaffActionAudited.class,
                e -> e.itemType().equals("BROADCAST_SETTINGS") && e.staffId().equals("admin-7"), Duration.ofSeconds(30))
                .event();
        assertThat(audit.action()).isEqualTo("UPDATE");
        assertThat(audit.service()).isEqualTo("supporters");

        String campaign = Ids.random("cmp");
        teams.teamChanged(new CampaignTeamChanged(campaign, List.of("org-ana"), List.of("org-ana"), List.of(), "admin-1",
                Instant.now()));
        audience.add(campaign, campaign + "-", 3, 0, null, "OASIS");
        String location = mvc.perform(as("org-ana", Role.ORGANIZER, post("/staff/supporters/campaigns/" + campaign
                        + "/broadcasts").param("esSubject", "Hola").param("esBody", "Texto").param("enSubject", "Hello")
                        .param("enBody", "Text")))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        String id = location.replaceAll(".*/broadcasts/([^?]+).*", "$1");
        mvc.perform(as("org-ana", Role.ORGANIZER, post("/staff/supporters/broadcasts/" + id + "/send")
                .param("when", "now"))).andExpect(status().isSeeOther());
        assertThat(broadcasts.findById(id).orElseThrow().status()).isEqualTo(BroadcastStatus.AWAITING_APPROVAL);
    }

    @Test
    void aThresholdThatIsNotAWholeNumberInRangeIsRefusedNextToItsFieldAndChangesNothing() throws Exception {
        for (String bad : List.of("abc", "-1", "1000001", "", "2.5")) {
            assertThat(page(as("admin-1", Role.ADMIN, post(PATH + "?lang=en").param("threshold", bad))))
                    .as(bad).contains("id=\"threshold-error\"", "Write a whole number from 0 to 1,000,000",
                            "aria-invalid=\"true\"", "value=\"" + bad + "\"");
        }
        assertThat(page(as("admin-1", Role.ADMIN, post(PATH + "?lang=es").param("threshold", "mil"))))
                .contains("Escribe un número entero de 0 a 1.000.000");
        assertThat(policy.threshold()).isEqualTo(500);

        mvc.perform(as("admin-1", Role.ADMIN, post(PATH).param("threshold", "1.500"))).andExpect(status().isSeeOther());
        assertThat(policy.threshold()).isEqualTo(1500);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    private MockHttpServletRequestBuilder as(String staffId, Role role, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, StaffTokens.bearer(tokens.staffToken(staffId, role)));
    }
}
