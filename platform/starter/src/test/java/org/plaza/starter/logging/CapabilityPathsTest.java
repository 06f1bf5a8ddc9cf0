package org.plaza.starter.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class CapabilityPathsTest {

    private static final String TOKEN = "Xq3vT9kLm2Pz8RwYb4Nc7Hd1Jf6Gs5Ae0Ku-Vo_iZtB";
    private final CapabilityPaths paths = CapabilityPaths.of(List.of("/comments/c/{token}/**",
            "/outreach/me/*/{key}/**", "/internal/comments/packets/*/{token}/**"));

    @Test
    void replacesTheSecretSegmentsOfListedLinksByTheirNames() {
        assertThat(paths.redact("/comments/c/abc")).isEqualTo("/comments/c/{token}");
        assertThat(paths.redact("/comments/c/abc/withdraw")).isEqualTo("/comments/c/{token}/withdraw");
        assertThat(paths.redact("/outreach/me/vol_01hx/k3y/signups")).isEqualTo("/outreach/me/vol_01hx/{key}/signups");
        assertThat(paths.redact("/internal/comments/packets/pkt_1/abc/csv"))
                .isEqualTo("/internal/comments/packets/pkt_1/{token}/csv");
    }

    @Test
    void leavesOtherPathsAndPlazaIdsReadable() {
        assertThat(paths.redact("/comments/drives/drv_01hx3k9m2p8r4w7y6t5v1b0c9d")).isEqualTo(
                "/comments/drives/drv_01hx3k9m2p8r4w7y6t5v1b0c9d");
        assertThat(paths.redact("/comments/c")).isEqualTo("/comments/c");
        assertThat(paths.redact("/")).isEqualTo("/");
    }

    @Test
    void aTokenOnAPathNobodyListedIsStillRedacted() {
        assertThat(paths.redact("/petitions/new-link/" + TOKEN + "/open")).isEqualTo("/petitions/new-link/{redacted}/open");
    }

    @Test
    void thePlatformsListHidesTheKeyOfEveryKindOfPersonalLinkPlazaSends() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = CapabilityPathsTest.class.getResourceAsStream("/plaza-defaults/logging.properties")) {
            defaults.load(in);
        }
        CapabilityPaths platform = CapabilityPaths.of(List.of(defaults.getProperty("plaza.logging.capability-paths")
                .split(",")));
        String key = "Psa6Zmx-7Buy7iMgNdet3a";

        assertThat(List.of("/comments/c/" + key + "/withdraw", "/api/public/comments/links/" + key + "/confirmation",
                "/internal/comments/packets/pkt_1/" + key + "/csv", "/outreach/me/vol_1/" + key + "/signups",
                "/outreach/signups/sgn_1/" + key, "/outreach/certificates/crt_1/" + key,
                "/outreach/rsvps/rsv_1/" + key, "/outreach/rsvps/rsv_1/" + key + "/cancel",
                "/notifications/unsubscribe/" + key)).allSatisfy(link -> assertThat(platform.redact(link))
                        .as(link).doesNotContain(key).containsPattern("\\{(key|token)}"));
    }
}
