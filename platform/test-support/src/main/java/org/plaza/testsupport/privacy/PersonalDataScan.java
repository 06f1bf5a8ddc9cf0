package org.plaza.testsupport.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reads every document of every collection of a service's MongoDB as it is stored and looks for a person's traces
 * (their email, name, phone, words they wrote), ignoring case. Binary values (GridFS chunks of a CSV) are read as
 * UTF-8 text too. For the erasure tests: after {@code SupporterErased}, none of the person's traces may be left.
 *
 * <pre>{@code
 * await().untilAsserted(() -> PersonalDataScan.assertNoTraceOf(mongo, "erin@example.org", "Erin Borrada"));
 * }</pre>
 */
public final class PersonalDataScan {

    private PersonalDataScan() {
    }

    /** Where each trace is stored: {@code collection _id: "trace"}, in no particular order; empty when nowhere. */
    public static List<String> findings(MongoTemplate mongo, String... traces) {
        List<String> found = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                String text = text(document).toLowerCase(Locale.ROOT);
                for (String trace : traces) {
                    if (text.contains(trace.toLowerCase(Locale.ROOT))) {
                        found.add(collection + " " + document.get("_id") + ": \"" + trace + "\"");
                    }
                }
            }
        }
        return found;
    }

    /** Fails, naming each place, if any trace is stored anywhere. */
    public static void assertNoTraceOf(MongoTemplate mongo, String... traces) {
        List<String> found = findings(mongo, traces);
        if (!found.isEmpty()) {
            throw new AssertionError("Personal data still stored after erasure:\n  " + String.join("\n  ", found));
        }
    }

    private static String text(Object value) {
        if (value instanceof Document document) {
            StringBuilder text = new StringBuilder();
            for (Map.Entry<String, Object> entry : document.entrySet()) {
                text.append(entry.getKey()).append('=').append(text(entry.getValue())).append('\n');
            }
            return text.toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder text = new StringBuilder();
            list.forEach(item -> text.append(text(item)).append('\n'));
            return text.toString();
        }
        if (value instanceof Binary binary) {
            return new String(binary.getData(), StandardCharsets.UTF_8);
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return String.valueOf(value);
    }
}
