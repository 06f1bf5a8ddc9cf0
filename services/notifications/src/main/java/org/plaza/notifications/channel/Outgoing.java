package org.plaza.notifications.channel;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.notifications.template.MessageTemplate;

/**
 * One message to send, as the dispatcher hands it to a {@link Channel}.
 *
 * @param requestId   the request it answers (also the idempotency key)
 * @param template    what to render
 * @param locale      the recipient's language
 * @param recipient   the address on the channel (an email address)
 * @param recipientKey the keyed hash of the canonical address (the supporter id), for consent links
 * @param displayName how to greet the recipient, or null
 * @param parameters  the template's parameters
 * @param attachments the files to attach, in order; empty for none
 */
public record Outgoing(String requestId, MessageTemplate template, Locale locale, String recipient,
        String recipientKey, String displayName, Map<String, String> parameters, List<Attachment> attachments) {

    public Outgoing {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * A file the channel fetches from the requesting service when it sends.
     *
     * @param uri       where to fetch it (http(s) on an allowed host)
     * @param filename  the name the recipient sees
     * @param mediaType its media type
     */
    public record Attachment(String uri, String filename, String mediaType) {
    }
}
