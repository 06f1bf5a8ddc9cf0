package org.plaza.outreach.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Posts forms the way a browser does: it first loads the page, then sends the CSRF cookie it got with the
 * hidden {@code _csrf} field the page carried.
 */
public final class Forms {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** A POST to {@code action} carrying the CSRF token of the page at {@code page}. */
    public static MockHttpServletRequestBuilder postFrom(MockMvc mvc, String page, String action) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();
        Matcher matcher = CSRF_FIELD.matcher(response.getContentAsString());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF field on " + page);
        }
        MockHttpServletRequestBuilder request = post(action).param("_csrf", matcher.group(1));
        for (Cookie cookie : response.getCookies()) {
            request.cookie(cookie);
        }
        return request;
    }

    /**
     * Sends a form that is accepted and answers the page it leads to: post/redirect/get, a {@code 303 See Other} to a
     * page of its own, so a reload sends nothing again.
     */
    public static String accepted(MockMvc mvc, MockHttpServletRequestBuilder form) throws Exception {
        MockHttpServletResponse answer = mvc.perform(form).andReturn().getResponse();
        if (answer.getStatus() != HttpStatus.SEE_OTHER.value() || answer.getRedirectedUrl() == null) {
            throw new AssertionError("Expected a 303 See Other, got " + answer.getStatus() + ": "
                    + answer.getContentAsString(StandardCharsets.UTF_8));
        }
        return mvc.perform(get(answer.getRedirectedUrl())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
