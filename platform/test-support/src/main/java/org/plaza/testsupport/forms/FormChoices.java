package org.plaza.testsupport.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a rendered HTML page offers for one field, in page order: the non-empty {@code <option>} values
 * of {@code <select name="field">}, or the values of its checkboxes and radio buttons. Each value once. And the
 * text a checkbox's label shows ({@link #checkboxLabel}), which a consent's recorded wording must equal.
 * Enough for Thymeleaf's output; not a general HTML parser.
 */
public final class FormChoices {

    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern LABEL = Pattern.compile("<label\\b[^>]*>(.*?)</label>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private FormChoices() {
    }

    public static List<String> of(String html, String field) {
        List<String> values = new ArrayList<>();
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            if (field.equals(attribute(select.group(1), "name"))) {
                Matcher option = OPTION.matcher(select.group(2));
                while (option.find()) {
                    add(values, attribute(option.group(1), "value"));
                }
            }
        }
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String type = attribute(input.group(1), "type");
            if (field.equals(attribute(input.group(1), "name")) && ("checkbox".equals(type) || "radio".equals(type))) {
                add(values, attribute(input.group(1), "value"));
            }
        }
        return values;
    }

    /**
     * The text of the label that holds the checkbox {@code field}, as a reader sees it: tags removed, entities
     * decoded, white space collapsed.
     *
     * @throws AssertionError when the page has no such checkbox inside a label
     */
    public static String checkboxLabel(String html, String field) {
        Matcher label = LABEL.matcher(html);
        while (label.find()) {
            Matcher input = INPUT.matcher(label.group(1));
            while (input.find()) {
                if (field.equals(attribute(input.group(1), "name")) && "checkbox".equals(attribute(input.group(1), "type"))) {
                    return decode(TAG.matcher(label.group(1)).replaceAll(" ")).replaceAll("\\s+", " ").strip();
                }
            }
        }
        throw new AssertionError("No label holds a checkbox named " + field);
    }

    private static String decode(String text) {
        return ENTITY.matcher(text).replaceAll(entity -> Matcher.quoteReplacement(switch (entity.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> Character.toString(entity.group(1).startsWith("#x") || entity.group(1).startsWith("#X")
                    ? Integer.parseInt(entity.group(1).substring(2), 16) : Integer.parseInt(entity.group(1).substring(1)));
        }));
    }

    private static void add(List<String> values, String value) {
        if (value != null && !value.isEmpty() && !values.contains(value)) {
            values.add(value);
        }
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1) : null;
    }
}
