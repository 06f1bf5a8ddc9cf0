package org.plaza.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which answers may be shared, and for how long. */
class PublicResponseCacheRulesTest {

    @Test
    void sharesOnlyPublicOkAnswersWithAMaxAgeForAtMostAMinute() {
        assertThat(PublicResponseCache.cacheableFor(answer(200, "public, max-age=1"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(PublicResponseCache.cacheableFor(answer(200, "max-age=30, public"))).isEqualTo(Duration.ofSeconds(30));
        assertThat(PublicResponseCache.cacheableFor(answer(200, "public, max-age=86400"))).isEqualTo(Duration.ofSeconds(60));
        assertThat(PublicResponseCache.cacheableFor(answer(200, "public, s-max-age=5"))).isNull();
        assertThat(PublicResponseCache.cacheableFor(answer(200, "public, max-age=0"))).isNull();
        assertThat(PublicResponseCache.cacheableFor(answer(200, "private, max-age=60"))).isNull();
        assertThat(PublicResponseCache.cacheableFor(answer(200, "public, no-store, max-age=60"))).isNull();
        assertThat(PublicResponseCache.cacheableFor(answer(200, null))).isNull();
        assertThat(PublicResponseCache.cacheableFor(answer(404, "public, max-age=60"))).isNull();
    }

    @Test
    void anAnswerThatVariesOnMoreThanLanguageIsNotShared() {
        MockHttpServletResponse byOrigin = answer(200, "public, max-age=5");
        byOrigin.addHeader("Vary", "Origin");
        MockHttpServletResponse byLanguage = answer(200, "public, max-age=5");
        byLanguage.addHeader("Vary", "Accept-Language, Accept-Encoding");

        assertThat(PublicResponseCache.cacheableFor(byOrigin)).isNull();
        assertThat(PublicResponseCache.cacheableFor(byLanguage)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anAnswerAServiceCompressedIsNotKeptForReadersWhoMayNotAcceptIt() {
        MockHttpServletResponse gzipped = answer(200, "public, max-age=5");
        gzipped.setHeader("Content-Encoding", "gzip");
        MockHttpServletResponse identity = answer(200, "public, max-age=5");
        identity.setHeader("Content-Encoding", "identity");

        assertThat(PublicResponseCache.cacheableFor(gzipped)).isNull();
        assertThat(PublicResponseCache.cacheableFor(identity)).isEqualTo(Duration.ofSeconds(5));
    }

    private static MockHttpServletResponse answer(int status, String cacheControl) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        if (cacheControl != null) {
            response.setHeader("Cache-Control", cacheControl);
        }
        return response;
    }
}
