package org.plaza.starter.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the source codes Plaza writes travel as they are; anything else is "other", nothing is none. */
class ShareSourcesTest {

    @Test
    void everyCodeTheShareKitWritesIsKeptInAnyCase() {
        for (String code : ShareSources.CODES) {
            assertThat(ShareSources.code(code.toUpperCase())).isEqualTo(code);
            assertThat(ShareSources.of(" " + code + " ")).isEqualTo(code.toUpperCase());
        }
    }

    @Test
    void anyOtherValueBecomesOtherAndNoValueNone() {
        assertThat(ShareSources.of("<script>alert(1)</script>")).isEqualTo("OTHER");
        assertThat(ShareSources.code("ana@example.org")).isEqualTo("other");
        assertThat(ShareSources.of("   ")).isNull();
        assertThat(ShareSources.code(null)).isNull();
    }
}
