package org.plaza.notifications.template;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One message other services can request: its key, its category (which decides whether an unsubscribe
 * applies), the parameters it needs, and whether it carries an attachment.
 *
 * @param key             {@code <service>.<message>}, also the path of its template files
 * @param category        the category it is sent under, whatever the request says
 * @param required        parameters the request must fill in
 * @param optional        parameters it may fill in
 * @param subjectArguments parameters that fill the subject's {0}, {1}…
 * @param attachment      whether a file is attached
 */
public record MessageTemplate(String key, Category category, List<String> required, List<String> optional,
        List<String> subjectArguments, AttachmentRule attachment) {

    /** Parameters every template accepts. */
    public static final List<String> COMMON_OPTIONAL = List.of("organization");

    /** Whether a request must, may or must not carry an attachment. */
    public enum AttachmentRule {
        REQUIRED, OPTIONAL, NONE
    }

    /** Every parameter the template reads; anything else in a request is dropped, never stored. */
    public Set<String> parameters() {
        Set<String> all = new LinkedHashSet<>(required);
        all.addAll(optional);
        all.addAll(COMMON_OPTIONAL);
        return all;
    }

    /** What is wrong with a request's parameters for this template, if anything (parameter names only). */
    public Optional<String> problemWith(Map<String, String> parameters, boolean hasAttachment) {
        for (String name : required) {
            String value = parameters == null ? null : parameters.get(name);
            if (value == null || value.isBlank()) {
                return Optional.of("missing parameter " + name);
            }
        }
        for (String name : parameters()) {
            String value = parameters == null ? null : parameters.get(name);
            if (value != null && name.endsWith("Url") && !isWebLink(value)) {
                return Optional.of("parameter " + name + " is not an http(s) link");
            }
        }
        if (attachment == AttachmentRule.REQUIRED && !hasAttachment) {
            return Optional.of("missing attachment");
        }
        return Optional.empty();
    }

    /** The subject key and HTML / text template names. */
    public String subjectKey() {
        return "mail." + key + ".subject";
    }

    String path() {
        return key.replace('.', '/');
    }

    static boolean isWebLink(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && lower.length() > 8
                && value.chars().noneMatch(Character::isWhitespace);
    }
}
