package org.plaza.testsupport.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.plaza.events.EventTypes;
import org.plaza.events.PlazaEvent;

/** The CloudEvents binary-mode header names on Kafka, and how to read them back as text. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";

    public static final String TYPE = "ce_type";

    public static final String SOURCE = "ce_source";

    public static final String SUBJECT = "ce_subject";

    public static final String TIME = "ce_time";

    public static final String SPEC_VERSION = "ce_specversion";

    public static final String CONTENT_TYPE = "contentType";

    /**
     * The header in which Spring's Kafka header mapper records header types. Published with
     * every event so that Spring consumers read the {@code ce_*} headers as strings, exactly as
     * when a Spring producer sent them.
     */
    public static final String SPRING_JSON_HEADER_TYPES = "spring_json_header_types";

    /** The {@code ce_source} of events published by tests. */
    public static final String TEST_SOURCE = "/plaza/test-support";

    private CloudEventHeaders() {
    }

    /** The headers a Plaza event travels with: {@code ce_*} in binary mode and a JSON content type. */
    public static Map<String, String> of(PlazaEvent event, String id, Instant time) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, id);
        headers.put(TYPE, EventTypes.typeOf(event.getClass()));
        headers.put(SOURCE, TEST_SOURCE);
        headers.put(SUBJECT, event.subject());
        headers.put(TIME, time.toString());
        headers.put(SPEC_VERSION, "1.0");
        headers.put(CONTENT_TYPE, "application/json");
        return headers;
    }

    /** A {@value #SPRING_JSON_HEADER_TYPES} value declaring every given header a {@code String}. */
    static byte[] springTypesOf(Iterable<String> names, JsonMapper mapper) {
        Map<String, String> types = new LinkedHashMap<>();
        names.forEach(name -> types.put(name, String.class.getName()));
        return mapper.writeValueAsBytes(types);
    }

    /**
     * Reads Kafka headers as text. Spring producers write strings raw, or JSON-quoted when told
     * to encode them; {@value #SPRING_JSON_HEADER_TYPES} says which, and is left out of the result.
     */
    static Map<String, String> read(Headers headers, JsonMapper mapper) {
        Map<String, String> springTypes = springTypes(headers, mapper);
        Map<String, String> result = new LinkedHashMap<>();
        for (Header header : headers) {
            if (header.key().equals(SPRING_JSON_HEADER_TYPES) || header.value() == null) {
                continue;
            }
            String text = new String(header.value(), StandardCharsets.UTF_8);
            if (String.class.getName().equals(springTypes.get(header.key())) && text.startsWith("\"")) {
                text = mapper.readValue(text, String.class);
            }
            result.put(header.key(), text);
        }
        return result;
    }

    private static Map<String, String> springTypes(Headers headers, JsonMapper mapper) {
        Header types = headers.lastHeader(SPRING_JSON_HEADER_TYPES);
        if (types == null || types.value() == null) {
            return Map.of();
        }
        try {
            Map<String, Object> parsed = mapper.readValue(types.value(), new TypeReference<Map<String, Object>>() { });
            return parsed.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> String.valueOf(entry.getValue())));
        }
        catch (RuntimeException ex) {
            return Map.of();
        }
    }

}
