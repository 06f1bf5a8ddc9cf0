package org.plaza.starter.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.plaza.starter.security.StaffSecurityAutoConfiguration;
import org.plaza.starter.webtest.WebTest;

/** A form sent as a browser sends it (the page's CSRF token and cookie) is answered with See Other. */
class SeeOtherRedirectsTest extends WebTest {

    @Test
    void aFormThatRedirectsAnswersSeeOtherSoAReloadNeverPostsItAgain() {
        HttpResponse<String> page = get("/petition");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(StaffSecurityAutoConfiguration.CSRF_COOKIE + "="))
                .map(header -> header.substring(0, header.indexOf(';'))).findFirst().orElseThrow();

        HttpResponse<String> answer = send("POST", "/petition/reminders",
                BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)),
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/petition?done=reminded");
    }
}
