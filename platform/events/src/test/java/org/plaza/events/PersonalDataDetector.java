package org.plaza.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Finds schema properties whose names say they hold direct personal data. A name is split into
 * words (camelCase, acronyms, snake_case, kebab-case) and each word is looked up, so
 * {@code clientIP} and {@code street_address} are caught while {@code shipping} and
 * {@code participants} are not.
 */
final class PersonalDataDetector {

    private static final Set<String> PERSONAL_WORDS = Set.of(
            "name", "names", "firstname", "lastname", "surname", "fullname", "givenname", "familyname",
            "middlename", "nickname", "displayname", "username",
            "email", "emails", "mail",
            "phone", "phones", "telephone", "tel", "mobile", "cellphone", "msisdn", "fax",
            "address", "addresses", "street", "zip", "zipcode", "postal", "postcode", "apartment",
            "ip", "ipv4", "ipv6",
            "birth", "birthdate", "birthday", "dob", "ssn");

    private PersonalDataDetector() {
    }

    /** Whether a property name denotes direct personal data. */
    static boolean isPersonal(String propertyName) {
        return words(propertyName).stream().anyMatch(PERSONAL_WORDS::contains);
    }

    /** The lower-case words of a property name. */
    static List<String> words(String propertyName) {
        String spaced = propertyName
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        return Arrays.stream(spaced.split("[\\s_.\\-]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .toList();
    }

    /** Paths of every property, at any depth of the schema, whose name denotes personal data. */
    static Set<String> personalProperties(JsonNode schema) {
        Set<String> found = new TreeSet<>();
        collect(schema, "", found);
        return found;
    }

    private static void collect(JsonNode node, String path, Set<String> found) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, path, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getKey().equals("properties") && entry.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> property : entry.getValue().properties()) {
                    String propertyPath = path + "/" + property.getKey();
                    if (isPersonal(property.getKey())) {
                        found.add(propertyPath);
                    }
                    collect(property.getValue(), propertyPath, found);
                }
            } else {
                collect(entry.getValue(), path, found);
            }
        }
    }

}
