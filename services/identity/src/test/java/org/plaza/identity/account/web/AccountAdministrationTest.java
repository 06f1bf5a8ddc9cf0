package org.plaza.identity.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.identity.IdentityTest;
import org.plaza.identity.account.AccountService;
import org.plaza.identity.account.StaffAccount;
import org.plaza.starter.security.StaffRole;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The administrators' pages and APIs: who may use them, what they show, and the audit they leave. */
@IdentityTest
class AccountAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    KafkaTestEvents events;

    @Test
    void everyStaffPageCarriesTheStaffNavigationWithAccountsCurrentAndSignOut() throws Exception {
        String page = mvc.perform(get("/staff/identity/accounts?lang=es").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<nav class=\"staff-nav\" aria-label=\"Personal\">",
                "<a href=\"/staff/identity/accounts\" aria-current=\"page\">Cuentas del personal</a>",
                "<a href=\"/staff/campaigns\">Campañas</a>", "<a href=\"/sign-out\">Cerrar sesión</a>");
    }

    @Test
    void anAdministratorInvitesAStaffMemberInSpanishAndSeesTheOneTimePasswordOnce() throws Exception {
        String username = "ana-" + UUID.randomUUID().toString().substring(0, 8);

        MvcResult result = mvc.perform(post("/staff/identity/accounts?lang=es").with(admin()).with(csrf())
                        .param("username", username).param("displayName", "Ana Ruiz").param("roles", "ORGANIZER"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("Se creó la cuenta " + username)))
                .andReturn();

        StaffAccount account = accounts.byUsername(username).orElseThrow();
        assertThat(account.roles()).containsExactly(StaffRole.ORGANIZER);
        assertThat(account.passwordChangeRequired()).isTrue();
        String body = result.getResponse().getContentAsString();
        String oneTimePassword = body.replaceAll("(?s).*id=\"one-time-password\">([^<]+)<.*", "$1");
        assertThat(oneTimePassword).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(account.passwordHash()).doesNotContain(oneTimePassword);
        mvc.perform(get("/staff/identity/accounts/" + account.id()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(oneTimePassword))));
    }

    @Test
    void anInvitationWithErrorsAnswers400KeepsWhatWasTypedAndSaysWhyInEnglish() throws Exception {
        String page = mvc.perform(post("/staff/identity/accounts?lang=en").with(admin()).with(csrf())
                        .param("username", "Bad Name!").param("displayName", "Luis Pérez"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Please correct the following", "value=\"Luis P&eacute;rez\"", "value=\"Bad Name!\"",
                "aria-describedby=\"roles-error\"", "Choose at least one role", "Use 3 to 40 lower-case letters");
    }

    @Test
    void anAdministratorGivesAnInvitedStaffMemberAnEmailAddressAndChangesIt() throws Exception {
        String username = "eva-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/staff/identity/accounts?lang=en").with(admin()).with(csrf()).param("username", username)
                        .param("displayName", "Eva Soto").param("email", "  eva.soto@example.org ")
                        .param("roles", "ORGANIZER"))
                .andExpect(status().isOk());
        StaffAccount account = accounts.byUsername(username).orElseThrow();
        assertThat(account.email()).isEqualTo("eva.soto@example.org");

        mvc.perform(get("/staff/identity/accounts/" + account.id() + "?lang=es").with(admin()))
                .andExpect(content().string(allOf(containsString("Guardar correo"),
                        containsString("value=\"eva.soto@example.org\""))));
        mvc.perform(post("/staff/identity/accounts/" + account.id() + "/email").with(admin()).with(csrf())
                        .param("email", "eva@example.org"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.get(account.id()).email()).isEqualTo("eva@example.org");
        mvc.perform(put("/api/staff/identity/accounts/" + account.id() + "/email").with(admin())
                        .contentType("application/json").content("{\"email\":\"\"}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"email\":null")));
        assertThat(accounts.get(account.id()).email()).isNull();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/api/staff/identity/audit").param("itemId", account.id()).with(admin()))
                        .andExpect(content().string(containsString("\"action\":\"EMAIL_CHANGE\""))));
    }

    @Test
    void aMalformedEmailAddressIsRefusedNextToItsFieldWith400InBothLanguagesAndOnTheApi() throws Exception {
        String page = mvc.perform(post("/staff/identity/accounts?lang=es").with(admin()).with(csrf())
                        .param("username", "rafa-" + UUID.randomUUID().toString().substring(0, 8))
                        .param("displayName", "Rafa").param("email", "rafa@ejemplo").param("roles", "ORGANIZER"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"email-error\"", "Escribe un correo como alguien@ejemplo.org",
                "value=\"rafa@ejemplo\"");

        StaffAccount account = accounts.invite(adminId(), "mal-" + UUID.randomUUID().toString().substring(0, 8),
                "Mal", EnumSet.of(StaffRole.OPERATOR)).account();
        String english = mvc.perform(post("/staff/identity/accounts/" + account.id() + "/email?lang=en").with(admin())
                        .with(csrf()).param("email", "two@at@example.org"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("id=\"email-error\"", "Write an email address like someone@example.org");
        mvc.perform(put("/api/staff/identity/accounts/" + account.id() + "/email").with(admin())
                        .contentType("application/json").content("{\"email\":\"no spaces@example.org\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"email\"")));
        assertThat(accounts.get(account.id()).email()).isNull();
    }

    @Test
    void onlyAdministratorsReachTheAccountPagesAndTheAuditTrail() throws Exception {
        mvc.perform(get("/staff/identity/accounts").with(staff("stf_organizer", StaffRole.ORGANIZER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/identity/audit").with(staff("stf_operator", StaffRole.OPERATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/identity/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/staff/identity/directory").with(staff("stf_organizer", StaffRole.ORGANIZER)))
                .andExpect(status().isOk());
        mvc.perform(get("/staff/identity/directory?lang=es").with(staff("stf_organizer", StaffRole.ORGANIZER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Directorio del personal")));
    }

    @Test
    void aRoleChangeReachesTheAuditTrailThroughKafka() throws Exception {
        StaffAccount account = accounts.invite(adminId(), "rol-" + UUID.randomUUID().toString().substring(0, 8),
                "Rosa", EnumSet.of(StaffRole.OPERATOR)).account();

        mvc.perform(post("/staff/identity/accounts/" + account.id() + "/roles").with(admin()).with(csrf())
                        .param("roles", "OPERATOR").param("roles", "MODERATOR"))
                .andExpect(status().is3xxRedirection());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/api/staff/identity/audit").param("itemId", account.id()).with(admin()))
                        .andExpect(content().string(allOf(
                                containsString("\"action\":\"ROLE_CHANGE\""),
                                containsString("\"action\":\"CREATE\"")))));
    }

    @Test
    void keepsOneEntryPerEventFromAnyServiceEvenWhenDeliveredTwice() throws Exception {
        String petitionId = "pet_" + UUID.randomUUID();
        StaffActionAudited published = new StaffActionAudited("stf_organizer", "PUBLISH", "PETITION", petitionId,
                "cmp_agua", "petitions", Instant.parse("2026-05-04T17:00:00Z"));
        String eventId = UUID.randomUUID().toString();

        events.publish(published, eventId);
        events.publish(published, eventId);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/api/staff/identity/audit").param("itemId", petitionId).with(admin()))
                        .andExpect(content().string(allOf(containsString("\"totalEntries\":1"),
                                containsString("\"service\":\"petitions\""), containsString("\"campaignId\":\"cmp_agua\"")))));
        mvc.perform(get("/staff/identity/audit?lang=en").param("campaignId", "cmp_agua").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Audit trail"), containsString(petitionId))));
    }

    private JwtRequestPostProcessor admin() {
        return staff(adminId(), StaffRole.ADMIN);
    }

    private static JwtRequestPostProcessor staff(String staffId, StaffRole role) {
        return jwt().jwt(token -> token.subject(staffId)).authorities(new SimpleGrantedAuthority(role.authority()));
    }

    private String adminId() {
        return accounts.byUsername("admin").orElseThrow().id();
    }
}
