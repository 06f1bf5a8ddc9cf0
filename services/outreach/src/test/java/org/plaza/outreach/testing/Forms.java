package org.plaza.outreach.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletResponse;
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
}
