package org.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every record round-trips through the mapper Spring Boot auto-configures, the one Spring Cloud
 * Stream converts messages with, and what it writes satisfies the schema.
 */
class RoundTripTest {

    private final JsonMapper mapper = Contracts.PLATFORM_MAPPER;

    static Stream<String> types() {
        return Contracts.types().stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleReadsIntoItsRecordAndWritesBackUnchanged(String type) {
        PlazaEvent event = mapper.treeToValue(Contracts.sample(type), Contracts.recordOf(type));

        JsonNode written = Contracts.readTree(mapper.writeValueAsString(event));

        assertThat(written).isEqualTo(Contracts.sample(type));
        assertThat(mapper.readValue(written.toString(), Contracts.recordOf(type))).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("types")
    void writtenRecordValidatesAgainstItsSchema(String type) {
        PlazaEvent event = mapper.treeToValue(Contracts.sample(type), Contracts.recordOf(type));

        JsonNode written = Contracts.readTree(mapper.writeValueAsString(event));

        assertThat(Contracts.validate(type, written)).isEmpty();
    }

    /** Required fields, plus those of the first alternative where a schema asks for one of several (anyOf). */
    @ParameterizedTest
    @MethodSource("types")
    void recordWithOnlyRequiredFieldsWritesAValidPayloadAndReadsBack(String type) {
        ObjectNode minimal = (ObjectNode) Contracts.sample(type);
        Set<String> required = new HashSet<>();
        Contracts.schema(type).path("required").forEach(name -> required.add(name.asString()));
        Contracts.schema(type).path("anyOf").path(0).path("required").forEach(name -> required.add(name.asString()));
        minimal.retain(required);

        PlazaEvent event = mapper.treeToValue(minimal, Contracts.recordOf(type));
        String written = mapper.writeValueAsString(event);

        assertThat(Contracts.validate(type, Contracts.readTree(written))).isEmpty();
        assertThat(mapper.readValue(written, Contracts.recordOf(type))).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("types")
    void subjectIsTheSchemasKeyAndStaysOutOfThePayload(String type) {
        JsonNode sample = Contracts.sample(type);
        String key = Contracts.schema(type).path("x-plaza").path("key").asString();

        PlazaEvent event = mapper.treeToValue(sample, Contracts.recordOf(type));

        assertThat(event.subject()).isNotBlank().isEqualTo(sample.path(key).asString());
        assertThat(Contracts.readTree(mapper.writeValueAsString(event)).has("subject")).isFalse();
    }

}
