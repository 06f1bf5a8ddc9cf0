package org.plaza.campaigns;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test helpers for the staff API with real tokens from the local issuer: complete campaign bodies,
 * create-and-launch in one call, and page fetches in a chosen language.
 */
public class CampaignFixtures {

    private final MockMvc mvc;
    private final StaffTokens tokens;
    private final JsonMapper json;

    public CampaignFixtures(MockMvc mvc, StaffTokens tokens, JsonMapper json) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.json = json;
    }

    /** A fresh staff id, so tests sharing the context never see each other's campaigns. */
    public static String staffId() {
        return "stf-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A campaign body complete in both languages; the title carries a unique word to find it. */
    public static Map<String, Object> completeCampaign(String word) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("es", "Agua limpia para Oasis " + word, "en", "Clean water for Oasis " + word));
        body.put("summary", Map.of("es", "Agua potable segura en cada casa de Oasis.",
                "en", "Safe drinking water in every Oasis home."));
        body.put("story", Map.of("es", "Las familias de Oasis llevan años esperando.\n\nJuntos podemos lograrlo.",
                "en", "Oasis families have waited for years.\n\nTogether we can make it happen."));
        body.put("issueArea", "WATER_AND_HOUSING_INFRASTRUCTURE");
        body.put("communities", List.of("OASIS", "THERMAL"));
        body.put("startsOn", "2026-03-02");
        body.put("endsOn", "2026-09-30");
        return body;
    }

    public MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String staffId, Role... roles) {
        return request.header(HttpHeaders.AUTHORIZATION, StaffTokens.bearer(tokens.staffToken(staffId, roles)));
    }

    public MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    public JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Creates a complete campaign as this organizer and launches it; returns the launched campaign. */
    public JsonNode launchedCampaign(String organizer, Map<String, Object> body) throws Exception {
        MvcResult created = perform(jsonBody(as(post("/api/staff/campaigns"), organizer, Role.ORGANIZER), body));
        if (created.getResponse().getStatus() != 201) {
            throw new AssertionError("create failed: " + created.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        String id = read(created).get("id").asString();
        MvcResult launched = perform(as(post("/api/staff/campaigns/{id}/launch", id), organizer, Role.ORGANIZER));
        if (launched.getResponse().getStatus() != 200) {
            throw new AssertionError("launch failed: " + launched.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        return read(launched);
    }

    /** The resident page's HTML in a language. */
    public String page(String path, String language) throws Exception {
        MvcResult result = perform(get(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError(path + " answered " + result.getResponse().getStatus());
        }
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
