package org.plaza.insights.support;

import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running service as a staff member, with a real token from the test issuer. */
public final class Api {

    private final RestClient http;
    private final StaffTokens tokens;
    private final JsonMapper json;

    public Api(int port, StaffTokens tokens, JsonMapper json) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
        this.tokens = tokens;
        this.json = json;
    }

    /** What came back. */
    public record Answer(int status, HttpHeaders headers, byte[] body) {

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public JsonNode getJson(String path, String staffId, Role... roles) {
        Answer answer = get(path, staffId, roles);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.status() + ": " + answer.text());
        }
        return json.readTree(answer.body());
    }

    public Answer get(String path, String staffId, Role... roles) {
        return exchange("GET", path, staffId, roles);
    }

    public Answer post(String path, String staffId, Role... roles) {
        return exchange("POST", path, staffId, roles);
    }

    public Answer anonymous(String path) {
        return http.get().uri(path).exchange((request, response) -> new Answer(response.getStatusCode().value(),
                response.getHeaders(), response.getBody().readAllBytes()));
    }

    private Answer exchange(String method, String path, String staffId, Role... roles) {
        RestClient.RequestBodySpec request = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header(HttpHeaders.AUTHORIZATION, StaffTokens.bearer(tokens.staffToken(staffId, roles)));
        return request.exchange((req, response) -> new Answer(status(response.getStatusCode()), response.getHeaders(),
                response.getBody().readAllBytes()));
    }

    private static int status(HttpStatusCode code) {
        return code.value();
    }
}
