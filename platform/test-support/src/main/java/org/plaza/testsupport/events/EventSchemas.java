package org.plaza.testsupport.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.plaza.events.EventTypes;

/**
 * The producer's side of a contract: checks the payload a service really put on the wire (a record read back
 * from Kafka, or an outbox entry's JSON) against the JSON Schema of its type in {@code platform/events}, with
 * formats asserted (an email, a date-time) as the catalogue's own tests do. A service test reads what it
 * produced and asserts {@code EventSchemas.violations(record)} is empty.
 */
public final class EventSchemas {

    private static final JsonMapper FILES = JsonMapper.builder().build();

    /** Draft 2020-12, knowing the catalogue's own keywords as annotations. */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .keyword(new AnnotationKeyword("x-plaza"))
            .keyword(new AnnotationKeyword("x-plaza-personal-data"))
            .build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(DIALECT, builder -> builder
            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** What is wrong with a raw record read back from Kafka, by its {@code ce_type}; empty when it is valid. */
    public static List<String> violations(ReceivedEvent<byte[]> record) {
        if (record.type() == null) {
            return List.of("the record has no ce_type header");
        }
        return violations(record.type(), new String(record.event(), StandardCharsets.UTF_8));
    }

    /** What is wrong with a JSON payload of an event type; empty when it is valid. */
    public static List<String> violations(String type, String json) {
        JsonNode payload = FILES.readTree(json);
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load).validate(payload).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    private static Schema load(String type) {
        String resource = EventTypes.schemaResource(type);
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema " + resource + " for " + type);
            }
            return REGISTRY.getSchema(FILES.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
