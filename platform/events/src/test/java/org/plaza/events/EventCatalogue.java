package org.plaza.events;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Generates the README's event catalogue, a Markdown table of every type with its producer,
 * consumers, key and meaning, from the {@code x-plaza} metadata of the JSON Schemas, and
 * splices it between the README's markers.
 */
final class EventCatalogue {

    static final String START = "<!-- event-catalogue:start -->";
    static final String END = "<!-- event-catalogue:end -->";

    private EventCatalogue() {
    }

    /** The section between the markers: its origin, the topics and one row per type in catalogue order. */
    static String generate() {
        List<String> lines = new ArrayList<>();
        lines.add("<!-- Generated from the JSON Schemas in platform/events; do not edit by hand. Regenerate with");
        lines.add("     ./mvnw -pl platform/events test -Dtest=EventCatalogueTest -Dplaza.catalogue.write=true -->");
        lines.add("");
        List<String> topics = EventTypes.topics().stream().map(topic -> "`" + topic + "`").toList();
        lines.add("Topics: " + String.join(", ", topics)
                + ". Each record's key is the event's subject (the Key column).");
        lines.add("");
        lines.add("| Type | Producer | Consumers | Key | Meaning |");
        lines.add("|---|---|---|---|---|");
        for (String type : Contracts.types()) {
            lines.add(row(type, Contracts.schema(type).path("x-plaza")));
        }
        return "\n" + String.join("\n", lines) + "\n";
    }

    static String row(String type, JsonNode metadata) {
        return "| `" + type + "` | " + cell(list(metadata.path("producer"))) + " | "
                + cell(list(metadata.path("consumers"))) + " | `" + cell(metadata.path("key").asString()) + "` | "
                + cell(metadata.path("meaning").asString()) + " |";
    }

    /** Replaces the text between the markers of a README with the given section. */
    static String splice(String readme, String section) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("README has no " + START + " ... " + END + " section");
        }
        return readme.substring(0, start + START.length()) + section + readme.substring(end);
    }

    /** The text between the markers of a README. */
    static String section(String readme) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("README has no " + START + " ... " + END + " section");
        }
        return readme.substring(start + START.length(), end);
    }

    private static String list(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            return String.join(", ", items);
        }
        return value.asString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

}
