package org.plaza.systemtests;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form on a page, filled in the way a person does in a browser: it starts from what the page sends
 * by itself (hidden fields such as {@code _csrf}, pre-filled values, checked boxes, selected options),
 * changes only fields the page really has (naming one it does not is an error, so a renamed field fails
 * the journey), and is posted to the form's own action. Read pages with {@link #page}.
 */
public final class PageForm {

    private final Element form;
    private final String action;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private PageForm(Element form) {
        this.form = form;
        this.action = URI.create(form.attr("abs:action").isBlank() ? form.ownerDocument().location()
                : form.attr("abs:action")).getRawPath();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String type = field.attr("type").toLowerCase(Locale.ROOT);
            if (field.hasAttr("disabled") || List.of("submit", "button", "image", "reset", "file").contains(type)) {
                continue;
            }
            List<String> current = values.computeIfAbsent(field.attr("name"), name -> new ArrayList<>());
            if (type.equals("checkbox") || type.equals("radio")) {
                if (field.hasAttr("checked")) {
                    current.add(field.hasAttr("value") ? field.attr("value") : "on");
                }
            } else if (field.tagName().equals("select")) {
                Element chosen = Optional.ofNullable(field.selectFirst("option[selected]"))
                        .orElse(field.selectFirst("option"));
                if (chosen != null) {
                    current.add(chosen.hasAttr("value") ? chosen.attr("value") : chosen.text());
                }
            } else if (field.tagName().equals("textarea")) {
                current.add(field.wholeText());
            } else {
                current.add(field.attr("value"));
            }
        }
    }

    /** The page's HTML, read with the address it came from (so relative actions and links resolve). */
    public static Document page(HttpResponse<String> page) {
        return Jsoup.parse(page.body(), page.uri().toString());
    }

    /** The form of {@code page} that posts to {@code actionPath} (its path, without query). */
    public static PageForm on(HttpResponse<String> page, String actionPath) {
        for (Element form : page(page).select("form")) {
            PageForm candidate = new PageForm(form);
            if (candidate.action.equals(actionPath)) {
                return candidate;
            }
        }
        throw new AssertionError("No form posting to " + actionPath + " on " + page.uri() + " (" + page.statusCode()
                + "):\n" + page.body());
    }

    /** Types {@code value} into the field {@code name} (or ticks these boxes, for several values). */
    public PageForm set(String name, String... value) {
        requireField(name);
        values.put(name, new ArrayList<>(List.of(value)));
        return this;
    }

    /** Chooses the option of the list {@code name} whose visible text contains {@code textPart}. */
    public PageForm choose(String name, String textPart) {
        Element select = form.selectFirst("select[name=" + name + "]");
        if (select == null) {
            throw new AssertionError("The form posting to " + action + " has no list " + name);
        }
        Element option = select.select("option").stream().filter(o -> o.text().contains(textPart)).findFirst()
                .orElseThrow(() -> new AssertionError("No option \"" + textPart + "\" in " + name + ": "
                        + select.select("option").eachText()));
        values.put(name, new ArrayList<>(List.of(option.attr("value"))));
        return this;
    }

    /** Whether the list {@code name} offers the value {@code value} (for example a campaign another service has heard of). */
    public boolean offers(String name, String value) {
        return form.select("select[name=" + name + "] option").stream().anyMatch(o -> o.attr("value").equals(value));
    }

    /** Posts the form as the browser would, follows the redirects, and returns the page it ends on. */
    public HttpResponse<String> submit(StaffClient client) {
        return client.followAll(post(client));
    }

    /** Posts the form and returns the immediate answer (a redirect, usually). */
    public HttpResponse<String> post(StaffClient client) {
        List<Map.Entry<String, String>> fields = values.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(value -> Map.entry(entry.getKey(), value)))
                .collect(Collectors.toList());
        return client.postFields(action, fields);
    }

    private void requireField(String name) {
        if (form.select("[name=" + name + "]").isEmpty()) {
            throw new AssertionError("The form posting to " + action + " has no field " + name + "; it has "
                    + form.select("[name]").eachAttr("name"));
        }
    }
}
