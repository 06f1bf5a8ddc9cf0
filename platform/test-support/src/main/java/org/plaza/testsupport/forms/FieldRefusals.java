package org.plaza.testsupport.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The message a refusal gives for one field, read from where each side shows it: next to the field on a
 * rendered form ({@code <… id="field-error">message</…>}, the Plaza pages' convention) and in the {@code errors}
 * of an RFC 9457 problem. A page and an API that bind one input record should give the same message for the same
 * bad value, in the same language.
 */
public final class FieldRefusals {

    private FieldRefusals() {
    }

    /** The messages shown next to a field of a rendered form, in page order; none if the field was accepted. */
    public static List<String> onPage(String html, String field) {
        Matcher error = Pattern.compile("id=\"" + Pattern.quote(field) + "-error\"[^>]*>(.*?)</", Pattern.DOTALL)
                .matcher(html);
        List<String> messages = new ArrayList<>();
        while (error.find()) {
            for (String message : error.group(1).split("<br */?>")) {
                messages.add(HtmlUtils.htmlUnescape(message.strip()));
            }
        }
        return messages;
    }

    /** The messages a problem's {@code errors} give for a field, in order; none if the field was accepted. */
    public static List<String> inProblem(String problemJson, String field) {
        JsonNode errors = JsonMapper.shared().readTree(problemJson).path("errors");
        List<String> messages = new ArrayList<>();
        for (JsonNode error : errors) {
            if (field.equals(error.path("field").asString())) {
                messages.add(error.path("message").asString());
            }
        }
        return messages;
    }
}
