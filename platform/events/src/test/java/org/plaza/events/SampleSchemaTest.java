package org.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Every schema is a valid draft 2020-12 schema and every sample satisfies its schema. */
class SampleSchemaTest {

    private static final String SIGNATURE_VERIFIED = "plaza.petitions.signature-verified.v1";

    static Stream<String> types() {
        return Contracts.types().stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaIsAValidDraft202012Schema(String type) {
        assertThat(Contracts.metaSchema().validate(Contracts.schema(type))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleValidatesAgainstItsSchema(String type) {
        assertThat(Contracts.validate(type, Contracts.sample(type))).isEmpty();
    }

    @Test
    void schemaRejectsAPayloadWithoutARequiredField() {
        ObjectNode payload = (ObjectNode) Contracts.sample(SIGNATURE_VERIFIED);
        payload.remove("supporterId");
        assertThat(Contracts.validate(SIGNATURE_VERIFIED, payload)).isNotEmpty();
    }

    @Test
    void schemaRejectsATimeThatIsNotIso8601() {
        ObjectNode payload = (ObjectNode) Contracts.sample(SIGNATURE_VERIFIED);
        payload.put("verifiedAt", "06/03/2026 02:14");
        assertThat(Contracts.validate(SIGNATURE_VERIFIED, payload)).isNotEmpty();
    }

    @Test
    void schemaRejectsACommunityThatIsNotACode() {
        ObjectNode payload = (ObjectNode) Contracts.sample(SIGNATURE_VERIFIED);
        payload.put("community", "North Shore");
        assertThat(Contracts.validate(SIGNATURE_VERIFIED, payload)).isNotEmpty();
    }

    @Test
    void schemaAcceptsFieldsItDoesNotKnowYet() {
        ObjectNode payload = (ObjectNode) Contracts.sample(SIGNATURE_VERIFIED);
        payload.put("referrer", "SHARE_LINK");
        assertThat(Contracts.validate(SIGNATURE_VERIFIED, payload)).isEmpty();
    }

}
