package org.plaza.testsupport.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a rendered HTML page offers for one field, in page order: the non-empty {@code <option>} values
 * of {@code <select name="field">}, or the values of its checkboxes and radio buttons. Each value once.
 * Enough for Thymeleaf's output; not a general HTML parser.
 */
public final class FormChoices {

    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");

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
