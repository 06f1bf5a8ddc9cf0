package org.plaza.gateway.routing;

import java.net.URI;

import org.plaza.starter.problem.ApiRequests;
import org.plaza.starter.problem.LocalizedProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Sends the signed-in staff member's access token to the service as {@code Authorization: Bearer},
 * refreshing it when it has expired. When identity refuses the refresh (the account was disabled, the
 * sign-in is too old), the gateway's session ends: a page goes back through sign-in, an API call gets
 * 401 as a localized problem. A request that came with its own bearer token keeps it.
 */
@Component
class StaffTokenRelay implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private final OAuth2AuthorizedClientManager clients;
    private final LocalizedProblems problems;

    StaffTokenRelay(OAuth2AuthorizedClientManager clients, LocalizedProblems problems) {
        this.clients = clients;
        this.problems = problems;
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken signedIn)) {
            return next.handle(request);
        }
        HttpServletRequest servlet = request.servletRequest();
        OAuth2AuthorizedClient client;
        try {
            client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(signedIn.getAuthorizedClientRegistrationId())
                    .principal(signedIn)
                    .attribute(HttpServletRequest.class.getName(), servlet)
                    .build());
        } catch (OAuth2AuthorizationException refused) {
            client = null;
        }
        if (client == null) {
            return signInAgain(request);
        }
        String token = client.getAccessToken().getTokenValue();
        return next.handle(ServerRequest.from(request).headers(headers -> headers.setBearerAuth(token)).build());
    }

    private ServerResponse signInAgain(ServerRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.servletRequest().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (ApiRequests.isApi(request.servletRequest())) {
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
                    .build((servletRequest, response) -> {
                        problems.write(servletRequest, response,
                                problems.forStatus(servletRequest, HttpStatus.UNAUTHORIZED));
                        return null;
                    });
        }
        String query = request.servletRequest().getQueryString();
        return ServerResponse.seeOther(URI.create(request.path() + (query == null ? "" : "?" + query))).build();
    }
}
