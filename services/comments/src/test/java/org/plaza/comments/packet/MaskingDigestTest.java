package org.plaza.comments.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class MaskingDigestTest {

    @Test
    void textsThatDifferOnlyInTheMaskedTimestampHashTheSame() {
        String first = digest("(D:20260501100000Z) body (2026-05-01T10:00:00Z) end",
                List.of("D:20260501100000Z", "2026-05-01T10:00:00Z"));
        String second = digest("(D:20260502111111Z) body (2026-05-02T11:11:11Z) end",
                List.of("D:20260502111111Z", "2026-05-02T11:11:11Z"));
        assertThat(first).isEqualTo(second);
    }

    @Test
    void anyOtherDifferenceChangesTheHash() {
        List<String> mask = List.of("D:20260501100000Z");
        assertThat(digest("(D:20260501100000Z) body", mask)).isNotEqualTo(digest("(D:20260501100000Z) bodz", mask));
    }

    @Test
    void partialMatchesAreHashedAsWritten() {
        assertThat(digest("D:2026 then D:20260501100000Z", List.of("D:20260501100000Z")))
                .isNotEqualTo(digest("D:2027 then D:20260501100000Z", List.of("D:20260501100000Z")));
    }

    private static String digest(String text, List<String> mask) {
        MaskingDigest digest = new MaskingDigest(mask);
        digest.write(text.getBytes(StandardCharsets.ISO_8859_1), 0, text.length());
        return digest.hex();
    }
}
