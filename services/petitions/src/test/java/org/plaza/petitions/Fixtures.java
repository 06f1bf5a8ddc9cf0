package org.plaza.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.access.CampaignTeams;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.events.ReceivedEvent;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What most tests need: campaigns announced over Kafka, open petitions made through the staff API,
 * signatures made through the form, and the verification email read back from the notification topic.
 */
@TestComponent
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern TICKET = Pattern.compile("[?&]t=([^&]+)");

    private final MockMvc mvc;
    private final StaffTokens tokens;
    private final KafkaTestEvents events;
    private final CampaignTeams teams;
    private final JsonMapper json;

    Fixtures(MockMvc mvc, StaffTokens tokens, KafkaTestEvents events, CampaignTeams teams, JsonMapper json) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.events = events;
        this.teams = teams;
        this.json = json;
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** A different client address per call, so per-client limits stay out of tests that are not about them. */
    public static String nextAddress() {
        int n = SEQUENCE.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    public String bearer(String staffId, Role... roles) {
        return StaffTokens.bearer(tokens.staffToken(staffId, roles));
    }

    public String admin() {
        return bearer("admin-1", Role.ADMIN);
    }

    /** Announces a campaign with its team and waits until this service knows it. */
    public String campaign(String... organizers) {
        String campaignId = unique("cmp");
        events.publish(new CampaignLaunched(campaignId, "Agua", "Water", "WATER_AND_HOUSING_INFRASTRUCTURE",
                List.of("MECCA"), null, null, List.of(organizers), "admin-1", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> teams.find(campaignId).isPresent());
        return campaignId;
    }

    public String petitionBody(String campaignId, String slug, int goal, String extra) {
        return """
                {"campaignId":"%s","slug":"%s","titleEs":"Agua limpia para Mecca","titleEn":"Clean water for Mecca",
                 "textEs":"Pedimos agua limpia.\\nPara todas las familias.","textEn":"We ask for clean water.\\nFor every family.",
                 "decisionMakerEs":"La junta del distrito de agua","decisionMakerEn":"The water district board",
                 "signatureGoal":%d,"communities":["MECCA","OASIS"]%s}""".formatted(campaignId, slug, goal, extra);
    }

    /** Creates a draft through the staff API as an administrator; returns its JSON. */
    public JsonNode draft(String campaignId, int goal, String extra) throws Exception {
        MvcResult result = mvc.perform(post("/api/staff/petitions").header("Authorization", admin())
                .contentType(MediaType.APPLICATION_JSON).content(petitionBody(campaignId, unique("agua"), goal, extra)))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** An open petition with the given goal (and milestones or other fields in {@code extra}). */
    public OpenPetition openPetition(int goal, String extra) throws Exception {
        String campaignId = campaign("organizer-1");
        JsonNode draft = draft(campaignId, goal, extra);
        String id = draft.get("id").asString();
        mvc.perform(post("/api/staff/petitions/{id}/publish", id).header("Authorization", admin()))
                .andExpect(status().isOk());
        return new OpenPetition(id, draft.get("slug").asString(), campaignId);
    }

    public OpenPetition openPetition() throws Exception {
        return openPetition(100, "");
    }

    /** The signing form as a browser posts it, from a fresh client address. */
    public MockHttpServletRequestBuilder signForm(String slug, String name, String email, String community) {
        String address = nextAddress();
        return post("/petitions/{slug}/signatures", slug).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("fullName", name).param("email", email).param("community", community).param("website", "");
    }

    /** Signs through the form and returns the ticket of the check-your-email page. */
    public String sign(String slug, String email, String community, String language) throws Exception {
        MvcResult result = mvc.perform(signForm(slug, "Rosa Martínez", email, community)
                .header("Accept-Language", language))
                .andExpect(status().isSeeOther()).andReturn();
        return ticketOf(result.getResponse().getRedirectedUrl());
    }

    /** Signs from a given client address (and with a comment, if any); returns the ticket. */
    public String signFrom(String slug, String email, String community, String address, String comment)
            throws Exception {
        return signFrom(slug, "Firmante " + email.substring(0, email.indexOf('@')), email, community, address, comment);
    }

    /** Signs under a given name from a given client address; returns the ticket. */
    public String signFrom(String slug, String name, String email, String community, String address, String comment)
            throws Exception {
        MvcResult result = mvc.perform(post("/petitions/{slug}/signatures", slug).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("fullName", name).param("email", email)
                .param("community", community).param("comment", comment == null ? "" : comment)
                .param("updatesOptIn", "true")).andExpect(status().isSeeOther()).andReturn();
        return ticketOf(result.getResponse().getRedirectedUrl());
    }

    /** Signs from an address and confirms with the emailed link. */
    public void signAndConfirm(String slug, String email, String community, String address, String comment)
            throws Exception {
        signAndConfirm(slug, "Firmante " + email.substring(0, email.indexOf('@')), email, community, address, comment);
    }

    /** Signs under a given name from an address and confirms with the emailed link. */
    public void signAndConfirm(String slug, String name, String email, String community, String address,
            String comment) throws Exception {
        Position before = notificationPosition();
        signFrom(slug, name, email, community, address, comment);
        Mail mail = verificationMail(before, email);
        mvc.perform(post("/petitions/{slug}/confirm", slug).with(csrf()).param("token", mail.token()))
                .andExpect(status().isSeeOther());
    }

    /**
     * The events once each: the outbox delivers at least once, so a record may arrive twice with the same
     * {@code ce_id}, which consumers skip. "Exactly once" means one {@code ce_id}.
     */
    public static <T> List<T> distinct(List<ReceivedEvent<T>> received) {
        Map<String, T> byId = new LinkedHashMap<>();
        received.forEach(event -> byId.putIfAbsent(event.id(), event.event()));
        return List.copyOf(byId.values());
    }

    public static String ticketOf(String redirect) {
        Matcher matcher = TICKET.matcher(redirect);
        assertThat(matcher.find()).as("ticket in " + redirect).isTrue();
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    /** The verification email requested for an address after a position. */
    public Mail verificationMail(Position after, String email) {
        NotificationRequested request = events.awaitEvent(after, NotificationRequested.class,
                n -> email.equals(n.recipientEmail()) && "petitions.signature-verification".equals(n.templateKey()),
                Duration.ofSeconds(30)).event();
        Map<String, String> parameters = request.templateParameters();
        String url = parameters.get("confirmUrl");
        String token = URLDecoder.decode(url.replaceAll(".*[?&]token=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        return new Mail(request, parameters.get("code"), url, token);
    }

    public JsonNode json(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    public Position notificationPosition() {
        return events.positionOf(NotificationRequested.class);
    }

    /** An open petition. */
    public record OpenPetition(String id, String slug, String campaignId) {
    }

    /** A verification email: the request, its code, its link and the link's token. */
    public record Mail(NotificationRequested request, String code, String confirmUrl, String token) {
    }
}
