package org.plaza.insights.support;

import java.net.URI;
import java.util.Arrays;

import org.plaza.starter.security.PlazaHttpSecurityCustomizer;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * TEST ONLY, never on the main classpath: a staff sign-in for browsers. A browser cannot send a
 * bearer token, and the real sign-in (identity + gateway) is not part of this module, so
 * {@code GET /test-login?staffId=…&roles=OPERATOR} mints a token from the test issuer, keeps it in an
 * HttpOnly cookie, and the resource server reads it from there.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InsightsTestConfiguration {

    public static final String LOGIN_PATH = "/test-login";
    static final String COOKIE = "plaza_test_staff_token";

    @Bean
    PlazaHttpSecurityCustomizer testStaffSignIn() {
        return new PlazaHttpSecurityCustomizer() {
            @Override
            public void authorize(
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
                rules.requestMatchers(LOGIN_PATH).permitAll();
            }

            @Override
            public void customize(HttpSecurity http) {
                http.oauth2ResourceServer(server -> server.bearerTokenResolver(new HeaderOrCookie()));
            }
        };
    }

    /** Signs a browser in as a staff member with the given roles, then sends it to a page. */
    @Bean
    RouterFunction<ServerResponse> testLogin(StaffTokens tokens) {
        return RouterFunctions.route().GET(LOGIN_PATH, request -> {
            String staffId = request.param("staffId").orElseThrow();
            Role[] roles = Arrays.stream(request.param("roles").orElseThrow().split(","))
                    .map(Role::valueOf).toArray(Role[]::new);
            String then = request.param("then").filter(path -> path.startsWith("/")).orElse("/staff/insights");
            ResponseCookie cookie = ResponseCookie.from(COOKIE, tokens.staffToken(staffId, roles)).path("/")
                    .httpOnly(true).sameSite("Lax").build();
            return ServerResponse.status(302).header(HttpHeaders.SET_COOKIE, cookie.toString())
                    .location(URI.create(then)).build();
        }).build();
    }

    /** The Authorization header as usual, else the test sign-in cookie. */
    static final class HeaderOrCookie implements BearerTokenResolver {

        private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

        @Override
        public String resolve(HttpServletRequest request) {
            String token = header.resolve(request);
            if (token != null) {
                return token;
            }
            Cookie cookie = WebUtils.getCookie(request, COOKIE);
            return cookie == null ? null : cookie.getValue();
        }
    }
}
