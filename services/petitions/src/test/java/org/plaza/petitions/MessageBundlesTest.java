package org.plaza.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.i18n.ServiceMessageBundleTests;

/** The service's bundles: same keys in English and Spanish, Spanish that is Spanish, and valid patterns. */
class MessageBundlesTest extends ServiceMessageBundleTests {

    MessageBundlesTest() {
        super(Set.of());
    }

    @Test
    void spanishIsReadAsUtf8() {
        assertThat(bundles().spanish("signature.form.heading")).isEqualTo("Firma esta petición");
    }
}
