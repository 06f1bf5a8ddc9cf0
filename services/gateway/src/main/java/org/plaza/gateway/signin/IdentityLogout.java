package org.plaza.gateway.signin;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After the gateway's session ends, identity's ends too (OpenID Connect RP-initiated logout): the browser
 * goes to identity's {@code /connect/logout} on this same origin with the ID token as a hint, and comes
 * back to identity's "you are signed out" page.
 */
class IdentityLogout implements LogoutSuccessHandler {

    static final String END_SESSION = "/connect/logout";
    static final String SIGNED_OUT = "/identity/signed-out";

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        if (!(authentication != null && authentication.getPrincipal() instanceof OidcUser user)) {
            response.sendRedirect(request.getContextPath() + SIGNED_OUT);
            return;
        }
        String origin = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                .replacePath(null).replaceQuery(null).build().toUriString();
        String target = UriComponentsBuilder.fromPath(END_SESSION)
                .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                .queryParam("post_logout_redirect_uri", origin + SIGNED_OUT)
                .encode().build().toUriString();
        response.sendRedirect(request.getContextPath() + target);
    }
}
