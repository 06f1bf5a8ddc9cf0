package org.plaza.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;


/**
 * Sends hostile input to every endpoint a service maps (its own controllers, found in the handler
 * mappings, so a new endpoint is covered without anyone listing it): hostile path ids, malformed and
 * invalid-UTF-8 JSON, wrong types, MongoDB operators and keys with {@code $} and {@code .}, huge
 * strings, control characters, script and HTML. Every answer must be below 500, problem JSON on
 * {@code /api/**}, free of stack traces, and an HTML answer must not contain the script unescaped
 * (JSON and plain text are not rendered: the starter sends {@code X-Content-Type-Options: nosniff}).
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> everyEndpointRefusesHostileInput() {
 *     return HostileInput.attack(mvc, context, jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN")));
 * }
 * }</pre>
 */
public final class HostileInput {

    public static final String SCRIPT = "<script>alert('plaza')</script>";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");
    private static final List<String> HOSTILE_IDS = List.of("..%2F..%2Fetc%2Fpasswd", "%24ne", "%7B%22%24ne%22%3A1%7D",
            "a".repeat(3000), "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00", "%C3%28");
    private static final String HUGE = "x".repeat(2_000_000);
    private static final String CSRF_COOKIE = "plaza_csrf";
    private static final String CSRF_TOKEN = "hostile-input-walk-token";

    /**
     * A genuine CSRF token, as a browser that loaded the form would send it: the starter's cookie and
     * the same token masked the way Spring Security masks it (here with an all-zero mask). Unlike
     * spring-security-test's {@code csrf()}, it leaves the application's token repository alone, so
     * tests sharing the context afterwards still see the real CSRF protection.
     */
    static final RequestPostProcessor CSRF = request -> {
        byte[] token = CSRF_TOKEN.getBytes(StandardCharsets.UTF_8);
        byte[] masked = new byte[token.length * 2];
        System.arraycopy(token, 0, masked, token.length, token.length);
        request.setCookies(new jakarta.servlet.http.Cookie(CSRF_COOKIE, CSRF_TOKEN));
        request.addHeader("X-CSRF-TOKEN", java.util.Base64.getUrlEncoder().encodeToString(masked));
        return request;
    };

    private HostileInput() {
    }

    /** The service's own endpoints: every handler method except Boot's error controller. */
    public static List<Endpoint> endpoints(ApplicationContext context) {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, ?> entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                Set<String> patterns = info.getPatternValues();
                Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
                boolean json = info.getConsumesCondition().getConsumableMediaTypes().stream()
                        .anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
                boolean form = info.getConsumesCondition().getConsumableMediaTypes().stream()
                        .anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
                                || type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA));
                for (String pattern : patterns) {
                    if (pattern.startsWith("/error")) {
                        continue;
                    }
                    boolean api = pattern.startsWith("/api/");
                    if (methods.isEmpty()) {
                        endpoints.add(new Endpoint(HttpMethod.GET, pattern, json || api, form));
                    }
                    for (var method : methods) {
                        endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, json || api, form || !api));
                    }
                }
            }
        }
        return endpoints.stream().sorted(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.method().name()))
                .toList();
    }

    /** One dynamic test per endpoint and kind of attack; {@code staff} authenticates (e.g. an ADMIN jwt()). */
    public static Stream<DynamicTest> attack(MockMvc mvc, ApplicationContext context, RequestPostProcessor staff) {
        return attack(mvc, context, staff, endpoint -> true);
    }

    public static Stream<DynamicTest> attack(MockMvc mvc, ApplicationContext context, RequestPostProcessor staff,
            Predicate<Endpoint> which) {
        List<DynamicTest> tests = new ArrayList<>();
        List<Endpoint> endpoints = endpoints(context).stream().filter(which).toList();
        assertThat(endpoints).as("endpoints found in the handler mappings").isNotEmpty();
        for (Endpoint endpoint : endpoints) {
            for (String id : HOSTILE_IDS) {
                if (PATH_VARIABLE.matcher(endpoint.pattern()).find()) {
                    tests.add(DynamicTest.dynamicTest(endpoint + " with id " + abbreviate(id),
                            () -> check(endpoint, mvc.perform(request(endpoint, fill(endpoint.pattern(), id), staff)
                                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse())));
                }
            }
            if (!endpoint.hasBody()) {
                tests.add(DynamicTest.dynamicTest(endpoint + " with hostile query parameters",
                        () -> check(endpoint, mvc.perform(request(endpoint, fill(endpoint.pattern(), "x"), staff)
                                .queryParam("lang", SCRIPT).queryParam("community", "{\"$ne\":null}")
                                .queryParam("page", "-1").queryParam("size", "999999999999")
                                .queryParam("q", SCRIPT)).andReturn().getResponse())));
                continue;
            }
            String path = fill(endpoint.pattern(), "x");
            for (Map.Entry<String, byte[]> body : jsonBodies().entrySet()) {
                tests.add(DynamicTest.dynamicTest(endpoint + " with " + body.getKey(),
                        () -> check(endpoint, mvc.perform(request(endpoint, path, staff)
                                .contentType(MediaType.APPLICATION_JSON).content(body.getValue())).andReturn().getResponse())));
            }
            if (endpoint.takesForm()) {
                for (Map.Entry<String, String> form : formBodies().entrySet()) {
                    tests.add(DynamicTest.dynamicTest(endpoint + " with form " + form.getKey(),
                            () -> check(endpoint, mvc.perform(request(endpoint, path, staff)
                                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form.getValue()))
                                    .andReturn().getResponse())));
                }
            }
        }
        return tests.stream();
    }

    /** Fails if any document in the service's database holds a key that is a MongoDB operator or a dotted path. */
    public static void assertNoOperatorKeysStored(MongoTemplate mongo) {
        for (String name : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(name).find()) {
                assertNoOperatorKeys(name, document);
            }
        }
    }

    private static void assertNoOperatorKeys(String collection, Object value) {
        if (value instanceof Document document) {
            for (Map.Entry<String, Object> entry : document.entrySet()) {
                assertThat(entry.getKey()).as("a key stored in %s", collection).doesNotStartWith("$");
                assertNoOperatorKeys(collection, entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            list.forEach(item -> assertNoOperatorKeys(collection, item));
        }
    }

    private static MockHttpServletRequestBuilder request(Endpoint endpoint, String path, RequestPostProcessor staff) {
        return MockMvcRequestBuilders.request(endpoint.method(), java.net.URI.create(path)).with(staff).with(CSRF)
                .accept(endpoint.isApi() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML)
                .header("Accept-Language", "es");
    }

    private static void check(Endpoint endpoint, MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as("%s answered %s: %s", endpoint, response.getStatus(), abbreviate(body))
                .isLessThan(500);
        if (endpoint.isApi() && response.getStatus() >= 400 && !body.isEmpty()) {
            assertThat(response.getContentType()).as("%s error content type", endpoint).contains("application/problem+json");
        }
        String type = response.getContentType() == null ? "" : response.getContentType();
        if (type.contains("html")) {
            assertThat(body).as("%s must not render script unescaped", endpoint).doesNotContain(SCRIPT);
        }
        assertThat(body).as("%s must not leak a stack trace", endpoint).doesNotContain("\tat org.")
                .doesNotContain("Exception:").doesNotContain("java.lang.");
    }

    private static String fill(String pattern, String value) {
        Matcher matcher = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "/x").replace("*", "x");
    }

    private static Map<String, byte[]> jsonBodies() {
        Map<String, byte[]> bodies = new java.util.LinkedHashMap<>();
        bodies.put("malformed JSON", utf8("{\"title\": "));
        bodies.put("a JSON array", utf8("[1,2,3]"));
        bodies.put("a JSON string", utf8("\"plaza\""));
        bodies.put("MongoDB operators as values", utf8("{\"id\":{\"$ne\":null},\"email\":{\"$gt\":\"\"},\"name\":{\"$regex\":\".*\"}}"));
        bodies.put("$where and dotted keys", utf8("{\"$where\":\"sleep(5000)\",\"title.es\":\"x\",\"$set\":{\"status\":\"OPEN\"}}"));
        bodies.put("wrong types", utf8("{\"goal\":\"many\",\"communities\":\"Mecca\",\"capacity\":[1],\"startsAt\":12,\"position\":true}"));
        bodies.put("script and HTML", utf8("{\"name\":\"" + SCRIPT + "\",\"title\":\"" + SCRIPT + "\",\"text\":\"<img src=x onerror=alert(1)>\"}"));
        bodies.put("control characters", utf8("{\"name\":\"a\\u0000b\\u0007c\\u202Ed\",\"text\":\"\\u0000\"}"));
        bodies.put("a huge string", utf8("{\"name\":\"" + HUGE + "\",\"text\":\"" + HUGE + "\"}"));
        bodies.put("invalid UTF-8", new byte[] { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' });
        bodies.put("no body", new byte[0]);
        return bodies;
    }

    private static Map<String, String> formBodies() {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        String script = java.net.URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8);
        bodies.put("script in every usual field", "name=" + script + "&fullName=" + script + "&email=" + script
                + "&comment=" + script + "&text=" + script + "&title=" + script + "&community=" + script);
        bodies.put("operators and dotted names", "email%5B%24ne%5D=1&%24where=sleep(1)&title.es=x&community=%7B%22%24ne%22%3A1%7D");
        bodies.put("a huge field", "name=" + "x".repeat(200_000) + "&text=" + "x".repeat(200_000));
        bodies.put("control characters", "name=a%00b%07c&comment=%E2%80%AE");
        return bodies;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
