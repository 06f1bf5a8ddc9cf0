package org.plaza.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MultipartCsrfFieldTest {

    private static final String TYPE = "multipart/form-data; boundary=----b1";

    @Test
    void theTokenIsReadFromItsOwnPartWhereverItIs() {
        String body = "------b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hoja.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnombre\r\nRosa\r\n"
                + "------b1\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok-123\r\n------b1--\r\n";

        assertThat(MultipartCsrfField.field(TYPE, bytes(body))).isEqualTo("tok-123");
    }

    @Test
    void aFileThatMerelyMentionsTheFieldNameGivesNoToken() {
        String body = "------b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\nforged\r\n------b1--\r\n";

        assertThat(MultipartCsrfField.field(TYPE, bytes(body))).isNull();
    }

    @Test
    void aQuotedBoundaryAndAFormWithoutTokenOrBoundaryAreHandled() {
        String body = "--q\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nt\r\n--q--\r\n";

        assertThat(MultipartCsrfField.field("multipart/form-data; boundary=\"q\"", bytes(body))).isEqualTo("t");
        assertThat(MultipartCsrfField.field("multipart/form-data", bytes(body))).isNull();
        assertThat(MultipartCsrfField.field(TYPE, bytes("------b1--\r\n"))).isNull();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
