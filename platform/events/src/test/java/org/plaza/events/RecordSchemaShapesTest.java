package org.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecordSchemaShapesTest {

    private record Probe(String id, Instant at, int count, Integer optionalCount, List<String> tags) {
    }

    @Test
    void agreesWithASchemaOfTheSameShape() {
        String schema = """
                {"type": "object",
                 "properties": {
                   "id": {"type": "string"},
                   "at": {"type": "string", "format": "date-time"},
                   "count": {"type": "integer"},
                   "optionalCount": {"type": ["integer", "null"]},
                   "tags": {"type": "array", "items": {"type": "string"}}},
                 "required": ["id", "at", "count", "tags"]}
                """;
        assertThat(RecordSchemaShapes.differences(Probe.class, Contracts.readTree(schema))).isEmpty();
    }

    @Test
    void reportsMissingExtraMistypedAndWronglyRequiredProperties() {
        String schema = """
                {"type": "object",
                 "properties": {
                   "id": {"type": "string"},
                   "at": {"type": "integer"},
                   "count": {"type": ["integer", "null"]},
                   "optionalCount": {"type": ["integer", "null"]},
                   "extra": {"type": "string"}},
                 "required": ["id", "at"]}
                """;
        assertThat(RecordSchemaShapes.differences(Probe.class, Contracts.readTree(schema))).containsExactlyInAnyOrder(
                "Probe.at: schema type [integer] but Java needs string",
                "Probe.at: needs format date-time",
                "Probe.count: a primitive component must be required",
                "Probe.tags: no schema property",
                "Probe.extra: schema property without a record component");
    }

}
