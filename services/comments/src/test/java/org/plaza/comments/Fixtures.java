package org.plaza.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.plaza.comments.notification.NotificationRequests;
import org.plaza.comments.support.TestClock;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sets up bodies, drives and comments through the service's own APIs, as organizers and residents would. */
@TestComponent
public class Fixtures {

    public static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    /**
     * A genuine CSRF token as a browser that loaded the form sends it (the starter's cookie and the same
     * token masked with an all-zero mask). Unlike spring-security-test's {@code csrf()}, it leaves the
     * shared context's token repository alone.
     */
    public static final RequestPostProcessor CSRF = request -> {
        String token = "comments-test-form-token";
        byte[] raw = token.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] masked = new byte[raw.length * 2];
        System.arraycopy(raw, 0, masked, raw.length, raw.length);
        request.setCookies(new jakarta.servlet.http.Cookie("plaza_csrf", token));
        request.setParameter("_csrf", java.util.Base64.getUrlEncoder().encodeToString(masked));
        return request;
    };
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;
    private final StaffTokens tokens;
    private final KafkaTestEvents events;
    private final JsonMapper json;

    Fixtures(MockMvc mvc, StaffTokens tokens, KafkaTestEvents events, JsonMapper json) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.events = events;
        this.json = json;
    }

    public String admin() {
        return StaffTokens.bearer(tokens.staffToken("admin-1", Role.ADMIN));
    }

    public String token(String staffId, Role... roles) {
        return StaffTokens.bearer(tokens.staffToken(staffId, roles));
    }

    public MockMvc mvc() {
        return mvc;
    }

    public JsonMapper json() {
        return json;
    }

    public String body(int lengthLimit) {
        return postJson("/api/staff/comments/bodies", admin(), bodyRequest(lengthLimit)).get("id").asString();
    }

    /** A public body as the API takes it, with a new name each time. */
    public Map<String, Object> bodyRequest(int lengthLimit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Coachella Valley Water District Board " + SEQUENCE.incrementAndGet());
        body.put("kind", "WATER_DISTRICT_BOARD");
        body.put("clerkEmail", "clerk@cvwd.example.org");
        body.put("clerkLanguage", "en");
        body.put("timeZone", "America/Los_Angeles");
        body.put("meetingLanguage", "en");
        body.put("deadlineHoursBeforeMeeting", 24);
        body.put("commentLengthLimit", lengthLimit);
        return body;
    }

    /** A drive whose deadline is {@code untilDeadline} from the test clock's now, on whole minutes in Pacific time. */
    public String drive(String bodyId, Duration untilDeadline, boolean autoApprove) {
        return postJson("/api/staff/comments/drives", admin(), driveRequest(bodyId, untilDeadline, autoApprove))
                .get("id").asString();
    }

    public Map<String, Object> driveRequest(String bodyId, Duration untilDeadline, boolean autoApprove) {
        LocalDateTime deadline = LocalDateTime.ofInstant(TestClock.shared().instant().plus(untilDeadline), PACIFIC)
                .truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        Map<String, Object> drive = new LinkedHashMap<>();
        drive.put("campaignId", "cmp_water");
        drive.put("publicBodyId", bodyId);
        drive.put("meetingStartsAt", deadline.plusDays(1).toString());
        drive.put("agendaItemNumber", "7");
        drive.put("titleEs", "Aumento de tarifas de agua");
        drive.put("titleEn", "Water rate increase");
        drive.put("agendaUrl", "https://cvwd.example.org/agenda");
        drive.put("decisionEs", "La junta decide si sube las tarifas un 15%.");
        drive.put("decisionEn", "The board decides whether to raise rates by 15%.");
        drive.put("talkingPointsEs", "- Las familias ya pagan mucho\n- El agua del pozo no es segura");
        drive.put("talkingPointsEn", "- Families already pay a lot\n- Well water is unsafe");
        drive.put("commentDeadline", deadline.toString());
        drive.put("speakingRequestsAllowed", true);
        drive.put("autoApprove", autoApprove);
        return drive;
    }

    public Instant deadlineOf(String driveId) {
        return Instant.parse(getJson("/api/staff/comments/drives/" + driveId, admin()).get("commentDeadline").asString());
    }

    /** Submits through the JSON API and returns the new comment's id. */
    public String submit(String driveId, Map<String, Object> fields, String lang) {
        return postJson("/api/public/comments/drives/" + driveId + "/comments?lang=" + lang, null, fields)
                .get("commentId").asString();
    }

    public static Map<String, Object> comment(String name, String email, String community, String position,
            String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("community", community);
        fields.put("position", position);
        fields.put("comment", text);
        fields.put("language", "es");
        return fields;
    }

    /** The latest confirmation email the service asked for, as the notifications service receives it. */
    public NotificationRequested confirmationEmail(String commentId) {
        java.util.function.Predicate<NotificationRequested> mine = request -> request.relatedIds().contains(commentId)
                && NotificationRequests.CONFIRMATION.equals(request.templateKey());
        events.awaitEvent(NotificationRequested.class, mine, Duration.ofSeconds(30));
        return events.eventsSoFar(NotificationRequested.class, mine).stream().map(received -> received.event())
                .max(java.util.Comparator.comparing(NotificationRequested::requestId)).orElseThrow();
    }

    /** The token in a confirmation email's personal link. */
    public String linkToken(String commentId) {
        String link = confirmationEmail(commentId).templateParameters().get("confirmUrl");
        return link.substring(link.indexOf("/c/") + 3, link.indexOf('?'));
    }

    public void confirm(String commentId) {
        String code = confirmationEmail(commentId).templateParameters().get("code");
        postJson("/api/public/comments/comments/" + commentId + "/confirmation", null, Map.of("code", code));
    }

    public String submitAndConfirm(String driveId, Map<String, Object> fields) {
        String commentId = submit(driveId, fields, "es");
        confirm(commentId);
        return commentId;
    }

    public CommentSubmitted awaitSubmitted(String commentId, int revision) {
        return events.awaitEvent(CommentSubmitted.class,
                event -> event.commentId().equals(commentId) && event.revision() == revision, Duration.ofSeconds(30))
                .event();
    }

    public void approveAll(String driveId) {
        postJson("/api/staff/comments/drives/" + driveId + "/moderation/approve-unflagged", admin(), Map.of());
    }

    public JsonNode postJson(String path, String bearer, Object body) {
        return send(post(path), path, bearer, body);
    }

    public JsonNode putJson(String path, String bearer, Object body) {
        return send(put(path), path, bearer, body);
    }

    private JsonNode send(MockHttpServletRequestBuilder request, String path, String bearer, Object body) {
        try {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
            if (bearer != null) {
                request.header(HttpHeaders.AUTHORIZATION, bearer);
            }
            String response = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                    .getContentAsString();
            return response.isEmpty() ? json.createObjectNode() : json.readTree(response);
        } catch (Exception e) {
            throw new IllegalStateException(path + " failed", e);
        }
    }

    public JsonNode getJson(String path, String bearer) {
        try {
            var request = get(path);
            if (bearer != null) {
                request.header(HttpHeaders.AUTHORIZATION, bearer);
            }
            String response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(response).isNotEmpty();
            return json.readTree(response);
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }
}
