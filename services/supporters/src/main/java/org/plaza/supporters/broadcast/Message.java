package org.plaza.supporters.broadcast;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A broadcast's text in one language, plain text as the organizer typed it: a blank line separates paragraphs.
 * Notifications writes it escaped ({@code supporters.broadcast}); nothing here is ever treated as HTML.
 *
 * @param subject one line, at most {@value #MAX_SUBJECT} characters
 * @param body    at most {@value #MAX_BODY} characters
 */
public record Message(String subject, String body) {

    public static final int MAX_SUBJECT = 150;
    public static final int MAX_BODY = 5000;

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\r?\\n[ \\t]*(\\r?\\n[ \\t]*)+");

    public Message {
        subject = subject == null ? "" : subject.strip();
        body = body == null ? "" : body.strip().replace("\r\n", "\n");
    }

    public boolean isEmpty() {
        return subject.isEmpty() && body.isEmpty();
    }

    /** The paragraphs, each a list of lines, as the email shows them. */
    public List<List<String>> paragraphs() {
        List<List<String>> paragraphs = new ArrayList<>();
        if (body.isEmpty()) {
            return paragraphs;
        }
        for (String paragraph : PARAGRAPH_BREAK.split(body)) {
            paragraphs.add(List.of(paragraph.split("\\n")));
        }
        return paragraphs;
    }
}
