package org.plaza.comments.comment.web;

import java.time.Duration;

import org.plaza.starter.supporter.Hmac;
import org.plaza.starter.supporter.SupporterSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may read a draft on its code page ({@code /comments/confirm/{id}}): the browser that sent the form. The
 * address carries only the draft's id, which a browser's history, a shared screen or a forwarded link gives away,
 * so the text of a draft nobody has confirmed yet is shown only to a request with the cookie the form's answer set:
 * a MAC of the draft's id (keyed from the platform's supporter key), HttpOnly, limited to that draft's page. Anyone
 * else with the address sees the code form without the text; the resident whose address was used reads the text
 * in the email, and on the personal link it carries.
 */
@Component
class DraftViews {

    static final String COOKIE = "plaza_draft";
    static final String PURPOSE = "comments.draft-view";
    private static final Duration LIFETIME = Duration.ofDays(2);

    private final Hmac hmac;

    DraftViews(SupporterSettings supporter) {
        this.hmac = Hmac.forPurpose(supporter, PURPOSE);
    }

    /** Lets this browser read the draft it just sent on the draft's code page. */
    void grant(String commentId, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, hmac.mac(commentId)).path(codePage(commentId))
                .httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(LIFETIME).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** Whether this request comes from the browser that sent the draft. */
    boolean granted(String commentId, HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && hmac.verify(commentId, cookie.getValue())) {
                return true;
            }
        }
        return false;
    }

    static String codePage(String commentId) {
        return "/comments/confirm/" + commentId;
    }
}
