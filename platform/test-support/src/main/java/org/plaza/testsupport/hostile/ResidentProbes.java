package org.plaza.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DynamicTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The resident half of the walk: attacks that need the service's help to set up, because they need a real link or a
 * real resident. Capability links ({@link CapabilityLink}): an unknown key, someone else's id with this key, an
 * expired link and a revoked one all get one answer (status, redirect and page, once ids and tokens are set aside),
 * never a 5xx, show nobody's personal data and change nothing. Email forms ({@link EmailForm}): a known address and a
 * fresh one get one answer too.
 */
public final class ResidentProbes {

    /** Ids, keys and CSRF tokens: runs of 16 or more URL-safe characters with a digit in them, and UUIDs. */
    private static final Pattern TOKEN = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                    + "|(?<![A-Za-z0-9_-])(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{16,}={0,2}");
    private static final Pattern TAG = Pattern.compile("(?s)<(script|style)\\b.*?</\\1>|<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ResidentProbes() {
    }

    /** One dynamic test per kind of link. */
    public static List<DynamicTest> capabilityLinks(MockMvc mvc, List<CapabilityLink> links) {
        return links.stream().map(link -> DynamicTest.dynamicTest("capability link " + link.template()
                + ": unknown, someone else's, expired and revoked get one answer, show no one and change nothing",
                () -> probe(mvc, link))).toList();
    }

    /** One dynamic test per email form. */
    public static List<DynamicTest> emailForms(MockMvc mvc, List<EmailForm> forms) {
        return forms.stream().map(form -> DynamicTest.dynamicTest("enumeration " + form.name()
                + ": a known address and a fresh one get one answer", () -> probe(mvc, form))).toList();
    }

    static void probe(MockMvc mvc, CapabilityLink link) throws Exception {
        String template = link.template();
        assertThat(template).as("a capability link template names its secret {key}").contains("{key}");
        CapabilityLink.Minted mine = link.mint();
        CapabilityLink.Minted other = link.mint();
        Map<String, CapabilityLink.Minted> variants = new LinkedHashMap<>();
        variants.put("unknown key", new CapabilityLink.Minted(mine.id(), unknown(mine.key()), List.of()));
        if (template.contains("{id}")) {
            variants.put("someone else's id with this key", new CapabilityLink.Minted(other.id(), mine.key(), List.of()));
        }
        List<String> personal = new ArrayList<>(mine.personalData());
        personal.addAll(other.personalData());
        CapabilityLink.Minted expired = link.expired();
        if (expired != null) {
            variants.put("expired", expired);
            personal.addAll(expired.personalData());
        }
        CapabilityLink.Minted revoked = link.revoked();
        if (revoked != null) {
            variants.put("revoked", revoked);
            personal.addAll(revoked.personalData());
        }
        List<Object> before = snapshot(link.watched());
        for (CapabilityLink.Visit visit : link.visits()) {
            Answer first = null;
            String firstName = null;
            for (Map.Entry<String, CapabilityLink.Minted> variant : variants.entrySet()) {
                CapabilityLink.Minted minted = variant.getValue();
                String path = minted.path(template) + visit.suffix();
                MockHttpServletRequestBuilder request = request(visit.method(), path)
                        .with(HostileInput.CSRF).accept(MediaType.TEXT_HTML);
                visit.form().forEach(request::param);
                if (!visit.form().isEmpty()) {
                    request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
                }
                Answer answer = answer(mvc, request, java.util.Arrays.asList(minted.id(), minted.key()));
                String what = visit + " on " + template + " (" + variant.getKey() + ")";
                assertThat(answer.status).as(what + " answers below 500").isLessThan(500);
                assertShowsNone(what, answer, personal);
                if (first == null) {
                    first = answer;
                    firstName = variant.getKey();
                } else {
                    assertSame(what, "the " + firstName + " link", first, answer);
                }
            }
        }
        assertThat(snapshot(link.watched())).as("requests on invalid %s links change nothing", template)
                .isEqualTo(before);
    }

    static void probe(MockMvc mvc, EmailForm form) throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String known = "walk-known-" + suffix + "@example.org";
        String fresh = "walk-fresh-" + suffix + "@example.org";
        form.actAs(known);
        Answer knownAnswer = answer(mvc, form.submit(known).with(HostileInput.CSRF), List.of(known));
        Answer freshAnswer = answer(mvc, form.submit(fresh).with(HostileInput.CSRF), List.of(fresh));
        assertThat(knownAnswer.status).as(form.name() + " with a known address answers below 500").isLessThan(500);
        assertSame(form.name() + " with a fresh address", "with a known address", knownAnswer, freshAnswer);
    }

    private static void assertSame(String what, String reference, Answer expected, Answer actual) {
        assertThat(actual.status).as("%s: the status of %s", what, reference).isEqualTo(expected.status);
        assertThat(actual.location).as("%s: the redirect of %s", what, reference).isEqualTo(expected.location);
        assertThat(actual.text).as("%s: the page of %s", what, reference).isEqualTo(expected.text);
        assertThat(actual.followed).as("%s: the page redirected to, as for %s", what, reference)
                .isEqualTo(expected.followed);
    }

    private static void assertShowsNone(String what, Answer answer, List<String> personal) {
        String shown = (answer.location + " " + answer.raw + " " + answer.followedRaw).toLowerCase(Locale.ROOT);
        for (String data : personal) {
            assertThat(shown).as("%s shows no one's personal data", what).doesNotContain(data.toLowerCase(Locale.ROOT));
        }
    }

    /** The answer, and the page a local redirect leads to, with this request's own ids and keys set aside. */
    private static Answer answer(MockMvc mvc, MockHttpServletRequestBuilder request, List<String> own) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getResponse();
        String location = response.getHeader(HttpHeaders.LOCATION);
        String raw = response.getContentAsString(StandardCharsets.UTF_8);
        String followedRaw = "";
        if (location != null && (location.startsWith("/") || location.startsWith("http://localhost"))
                && response.getStatus() / 100 == 3) {
            String path = location.replaceFirst("^http://localhost(:\\d+)?", "");
            MockHttpServletRequestBuilder follow = get(java.net.URI.create(path)).accept(MediaType.TEXT_HTML)
                    .flashAttrs(result.getFlashMap());
            if (result.getRequest().getSession(false) != null) {
                follow.session((org.springframework.mock.web.MockHttpSession) result.getRequest().getSession(false));
            }
            MockHttpServletResponse followed = mvc.perform(follow).andReturn().getResponse();
            assertThat(followed.getStatus()).as("the page %s redirects to answers below 500", location).isLessThan(500);
            followedRaw = followed.getStatus() + " " + followed.getContentAsString(StandardCharsets.UTF_8);
        }
        return new Answer(response.getStatus(), normalise(location == null ? "" : location, own),
                visible(normalise(raw, own)), visible(normalise(followedRaw, own)), raw, followedRaw);
    }

    /** The request's own ids and keys (and email) by name, then any other id or token. */
    static String normalise(String text, List<String> own) {
        String normal = text;
        for (String value : own) {
            if (value != null && !value.isEmpty()) {
                normal = normal.replace(value, "{own}");
            }
        }
        return TOKEN.matcher(normal).replaceAll("{token}");
    }

    /** The text a reader sees, with hidden inputs' values kept out (they are set aside as tokens anyway). */
    static String visible(String html) {
        return SPACE.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll(" ").trim();
    }

    /** A key of the same length and alphabet as this one (hexadecimal stays hexadecimal) that names nobody. */
    static String unknown(String key) {
        if (key.matches("[0-9a-f]+")) {
            StringBuilder hex = new StringBuilder(key.length());
            for (char c : key.toCharArray()) {
                hex.append(Character.forDigit((Character.digit(c, 16) + 8) % 16, 16));
            }
            return hex.toString();
        }
        StringBuilder unknown = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            if (c >= '0' && c <= '9') {
                unknown.append((char) ('0' + (c - '0' + 5) % 10));
            } else if (c >= 'a' && c <= 'z') {
                unknown.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                unknown.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                unknown.append(c);
            }
        }
        return unknown.toString();
    }

    private static List<Object> snapshot(List<Callable<?>> watched) throws Exception {
        List<Object> state = new ArrayList<>();
        for (Callable<?> each : watched) {
            state.add(each.call());
        }
        return state;
    }

    private record Answer(int status, String location, String text, String followed, String raw, String followedRaw) {
    }
}
