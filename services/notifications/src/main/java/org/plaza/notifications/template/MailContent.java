package org.plaza.notifications.template;

import java.util.Map;

/**
 * What a rendering needs besides the template and the language.
 *
 * @param displayName    how to greet the recipient, or null for a greeting without a name
 * @param parameters     the request's parameters (already formatted for the language)
 * @param hasAttachment  whether a file travels with the message
 * @param unsubscribeUrl the one-click unsubscribe page, or null for categories that are always sent
 */
public record MailContent(String displayName, Map<String, String> parameters, boolean hasAttachment,
        String unsubscribeUrl) {
}
