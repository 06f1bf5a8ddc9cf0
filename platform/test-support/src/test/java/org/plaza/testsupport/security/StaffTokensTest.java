package org.plaza.testsupport.security;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.PlazaServiceTest;
import org.plaza.testsupport.sample.SampleApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The service under test trusts the local issuer, and only its good tokens. */
@PlazaServiceTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class StaffTokensTest {

    @Autowired
    StaffTokens staffTokens;

    @LocalServerPort
    int port;

    @Test
    void acceptsATokenFromTheLocalIssuerWithItsSubjectAndRoles() {
        Response response = whoami(this.staffTokens.staffToken("staff-42", Role.ORGANIZER, Role.MODERATOR));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"staffId\":\"staff-42\"").contains("\"roles\":[\"ORGANIZER\",\"MODERATOR\"]");
    }

    @Test
    void refusesATokenWithABadSignature() {
        assertThat(whoami(this.staffTokens.tokenWithBadSignature("staff-42", Role.ADMIN)).status()).isEqualTo(401);
    }

    @Test
    void refusesATokenFromAnUnknownIssuer() {
        assertThat(whoami(this.staffTokens.tokenFromUnknownIssuer("staff-42", Role.ADMIN)).status()).isEqualTo(401);
    }

    @Test
    void refusesAnExpiredToken() {
        assertThat(whoami(this.staffTokens.expiredToken("staff-42", Role.ADMIN)).status()).isEqualTo(401);
    }

    @Test
    void refusesARequestWithoutAToken() {
        int status = RestClient.create("http://127.0.0.1:" + this.port).get().uri("/staff/whoami")
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(status).isEqualTo(401);
    }

    @Test
    void issuerServesItsConfigurationOnLoopback() {
        String configuration = RestClient.create(this.staffTokens.issuer()).get().uri("/.well-known/openid-configuration")
                .retrieve().body(String.class);

        assertThat(this.staffTokens.issuer()).startsWith("http://127.0.0.1:");
        assertThat(configuration).contains("\"issuer\":\"" + this.staffTokens.issuer() + "\"").contains("\"jwks_uri\"");
    }

    private Response whoami(String token) {
        return RestClient.create("http://127.0.0.1:" + this.port).get().uri("/staff/whoami")
                .header(HttpHeaders.AUTHORIZATION, StaffTokens.bearer(token))
                .exchange((request, response) -> new Response(response.getStatusCode().value(), response.bodyTo(String.class)));
    }

    private record Response(int status, String body) {
    }

}
