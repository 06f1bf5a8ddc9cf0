package org.plaza.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.pages.ResidentHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** An address notifications does not have is a page of the site, in the visitor's language; APIs get problem JSON. */
class ErrorPagesTest extends NotificationsServiceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownAddressIsAPageOfTheSiteInSpanishAndInEnglish() throws Exception {
        MockHttpServletResponse spanish = page("/notifications/no-such-page", "text/html");
        assertThat(spanish.getStatus()).isEqualTo(404);
        ResidentHttp.assertInLayout(spanish.getContentAsString(StandardCharsets.UTF_8), "es");
        assertThat(spanish.getContentAsString(StandardCharsets.UTF_8)).contains("No encontrado");

        MockHttpServletResponse english = page("/notifications/no-such-page?lang=en", "text/html");
        assertThat(english.getStatus()).isEqualTo(404);
        ResidentHttp.assertInLayout(english.getContentAsString(StandardCharsets.UTF_8), "en");
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("Not found");

        MockHttpServletResponse json = page("/notifications/no-such-page", "application/json");
        assertThat(json.getStatus()).isEqualTo(404);
        assertThat(json.getContentType()).isEqualTo("application/problem+json");
    }

    private MockHttpServletResponse page(String path, String accept) throws Exception {
        return mvc.perform(get(path).header("Accept", accept)).andReturn().getResponse();
    }
}
