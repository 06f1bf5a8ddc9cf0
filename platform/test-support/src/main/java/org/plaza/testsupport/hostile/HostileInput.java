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
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.UriUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;


/**
 * Sends hostile input to every operation of a service's OpenAPI document ({@code /v3/api-docs}) and
 * every other handler it maps (pages), so a new endpoint is covered without anyone listing it. The
 * document must list every {@code /api/**} handler; its schemas shape extra bodies and query
 * parameters; every {@code /api/staff/**} operation must answer 401 without a token and 403 to a
 * token without a staff role and, given an {@link Outsider}, 403 or 404 to an organizer of another campaign's
 * team on campaign X's resources, changing nothing. Every staff page ({@code GET /staff/**} that is not an API)
 * must refuse a visitor without a token and a token without a staff role: 401, 403 or a redirect to a sign-in,
 * never the page; given an {@link Outsider}, every staff page and staff form on campaign X's resources must refuse
 * the organizer of another team (403, 404 or a redirect), showing none of campaign X's ids, changing nothing, and
 * every staff page without path variables (a list) may answer that organizer, but must show none of them. The
 * attacks: hostile path ids, malformed and invalid-UTF-8 JSON, wrong types, MongoDB operators and keys with {@code $} and {@code .}, huge
 * strings, control characters, script and HTML. Every answer must be below 500, problem JSON on
 * {@code /api/**}, free of stack traces, and an HTML answer must not contain the script unescaped
 * (JSON and plain text are not rendered: the starter sends {@code X-Content-Type-Options: nosniff}).
 *
 * <p>A service test usually takes the walk from {@link HostileInputWalk}; the methods here are for tests that
 * need another shape.
 */
public final class HostileInput {

    public static final String SCRIPT = "<script>alert('plaza')</script>";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");
    private static final List<String> HOSTILE_IDS = List.of("..%2F..%2Fetc%2Fpasswd", "%24ne", "%7B%22%24ne%22%3A1%7D",
            "a".repeat(3000), "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00", "%C3%28");
    private static final String HUGE = "x".repeat(2_000_000);
    private static final String CSRF_COOKIE = "plaza_csrf";
    private static final String CSRF_TOKEN = "hostile-input-walk-token";
    /** Where a staff page may send a visitor it does not know: a sign-in page or the start of an OAuth2 login. */
    private static final Pattern SIGN_IN = Pattern.compile("(?i)sign-?in|log-?in|/oauth2/authorization/");

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

    /**
     * One dynamic test per endpoint and kind of attack; {@code staff} authenticates (e.g. an ADMIN jwt()).
     * The endpoints are the operations of the service's OpenAPI document ({@code /v3/api-docs}, whose
     * schemas shape extra bodies and parameters) plus any handler the document leaves out (pages). It
     * also checks that the document lists every {@code /api/**} handler, and that every
     * {@code /api/staff/**} operation answers 401 without a token and 403 to a token without a role.
     */
    public static Stream<DynamicTest> attack(MockMvc mvc, ApplicationContext context, RequestPostProcessor staff) {
        return attack(mvc, context, staff, endpoint -> true);
    }

    /**
     * As {@link #attack(MockMvc, ApplicationContext, RequestPostProcessor)}, for the endpoints {@code which}
     * accepts. The 403 checks use a role-less token from {@link StaffTokens#shared()} when the service's
     * {@code JwtDecoder} accepts it (as under {@code @PlazaServiceTest}); otherwise pass {@code staffWithoutRole}.
     */
    public static Stream<DynamicTest> attack(MockMvc mvc, ApplicationContext context, RequestPostProcessor staff,
            Predicate<Endpoint> which) {
        return attack(mvc, context, staff, which, staffWithoutRole(context));
    }

    /**
     * As {@link #attack(MockMvc, ApplicationContext, RequestPostProcessor)}, and also as an organizer of another
     * campaign's team against campaign X's resources (see {@link Outsider}).
     */
    public static Stream<DynamicTest> attack(MockMvc mvc, ApplicationContext context, RequestPostProcessor staff,
            Outsider outsider) {
        return attack(mvc, context, staff, endpoint -> true, staffWithoutRole(context), outsider);
    }

    /**
     * A staff member without any role: a token of the shared test issuer, if the service trusts that issuer
     * (as under {@code @PlazaServiceTest}); otherwise null.
     */
    public static RequestPostProcessor staffWithoutRole(ApplicationContext context) {
        String issuer = context.getEnvironment().getProperty(StaffTokens.ISSUER_URI_PROPERTY);
        if (issuer == null || !issuer.equals(StaffTokens.shared().issuer())) {
            return null;
        }
        String token = StaffTokens.shared().staffToken("hostile-no-role");
        if (!accepted(context, token)) {
            return null;
        }
        return authorization(StaffTokens.bearer(token));
    }

    /** Sends this {@code Authorization} header, e.g. {@code authorization(StaffTokens.bearer(token))}. */
    public static RequestPostProcessor authorization(String header) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, header);
            return request;
        };
    }

    /** Whether the service's token decoder accepts the test issuer's tokens (identity, for one, trusts only its own). */
    private static boolean accepted(ApplicationContext context, String token) {
        JwtDecoder decoder = context.getBeanProvider(JwtDecoder.class).getIfUnique();
        if (decoder == null) {
            return false;
        }
        try {
            decoder.decode(token);
            return true;
        } catch (JwtException refused) {
            return false;
        }
    }

    /**
     * As above, with {@code staffWithoutRole} authenticating a staff member without any role for the
     * 403 checks of {@code /api/staff/**} (null: only the 401 checks run).
     */
    public static Stream<DynamicTest> attack(MockMvc mvc, ApplicationContext context, RequestPostProcessor staff,
            Predicate<Endpoint> which, RequestPostProcessor staffWithoutRole) {
        return attack(mvc, context, staff, which, staffWithoutRole, null);
    }

    /**
     * As above, and, unless {@code outsider} is null, every documented {@code /api/staff/**} operation on campaign
     * X's resources as an organizer of another campaign's team: a 403 or 404 problem detail, nothing changed.
     */
    public static Stream<DynamicTest> attack(MockMvc mvc, ApplicationContext context, RequestPostProcessor staff,
            Predicate<Endpoint> which, RequestPostProcessor staffWithoutRole, Outsider outsider) {
        List<DynamicTest> tests = new ArrayList<>();
        List<Endpoint> mapped = endpoints(context);
        ApiDocument document;
        try {
            document = ApiDocument.fetch(mvc);
        } catch (Exception | AssertionError failure) {
            tests.add(DynamicTest.dynamicTest("the OpenAPI document is served at " + ApiDocument.PATH, () -> {
                throw failure;
            }));
            document = null;
        }
        List<ApiDocument.Operation> operations = document == null ? List.of() : document.operations();
        tests.add(DynamicTest.dynamicTest("the OpenAPI document lists every /api/** handler",
                () -> assertDocumented(mapped, operations)));

        Set<String> documented = new LinkedHashSet<>();
        operations.forEach(operation -> documented.add(key(operation.method(), operation.path())));
        List<Target> targets = new ArrayList<>();
        operations.forEach(operation -> targets.add(new Target(operation.endpoint(), operation)));
        mapped.stream().filter(endpoint -> !documented.contains(key(endpoint.method(), endpoint.pattern())))
                .forEach(endpoint -> targets.add(new Target(endpoint, null)));
        List<Target> selected = targets.stream().filter(target -> which.test(target.endpoint()))
                .sorted(Comparator.comparing((Target target) -> target.endpoint().pattern())
                        .thenComparing(target -> target.endpoint().method().name()))
                .toList();
        assertThat(selected).as("endpoints found in the OpenAPI document and the handler mappings").isNotEmpty();

        if (outsider != null) {
            List<String> pagesLeftOut = selected.stream().map(Target::endpoint).filter(Endpoint::isStaffPageOrForm)
                    .filter(endpoint -> !missingVariables(outsider, endpoint).isEmpty()).map(Endpoint::toString).toList();
            tests.add(DynamicTest.dynamicTest("the other-team bodies and exclusions name documented staff operations"
                    + " or staff pages" + (outsider.exclusions().isEmpty() ? "" : "; left out: " + outsider.exclusions())
                    + (pagesLeftOut.isEmpty() ? "" : "; staff pages without an id of campaign X: " + pagesLeftOut),
                    () -> assertNamesStaffOperations(outsider, operations, mapped)));
        }
        for (Target target : selected) {
            addAttacks(tests, mvc, staff, target);
            if (target.endpoint().isStaffPage()) {
                addStaffPage(tests, mvc, staffWithoutRole, target.endpoint());
            }
            if (outsider != null && target.endpoint().isStaffPageOrForm()) {
                addOutsiderPage(tests, mvc, outsider, target.endpoint());
            }
            if (target.endpoint().pattern().startsWith("/api/staff/")) {
                addAuthorization(tests, mvc, staffWithoutRole, target.endpoint());
                if (outsider != null && target.operation() != null) {
                    addOutsider(tests, mvc, outsider, target.operation());
                }
            }
        }
        return tests.stream();
    }

    private static void addAttacks(List<DynamicTest> tests, MockMvc mvc, RequestPostProcessor staff, Target target) {
        Endpoint endpoint = target.endpoint();
        for (String id : HOSTILE_IDS) {
            if (PATH_VARIABLE.matcher(endpoint.pattern()).find()) {
                tests.add(DynamicTest.dynamicTest(endpoint + " with id " + abbreviate(id),
                        () -> check(endpoint, mvc.perform(request(endpoint, fill(endpoint.pattern(), id), staff)
                                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse())));
            }
        }
        String path = fill(endpoint.pattern(), "x");
        ApiDocument.Operation operation = target.operation();
        if (operation != null && !operation.parameters("query").isEmpty()) {
            SchemaBodies schema = new SchemaBodies(operation.document());
            for (SchemaBodies.Mode mode : List.of(SchemaBodies.Mode.SCRIPT, SchemaBodies.Mode.WRONG_TYPES,
                    SchemaBodies.Mode.OPERATOR_VALUES, SchemaBodies.Mode.CONTROL_CHARACTERS, SchemaBodies.Mode.HUGE)) {
                tests.add(DynamicTest.dynamicTest(endpoint + " with documented query parameters: " + mode.description, () -> {
                    MockHttpServletRequestBuilder request = request(endpoint, path, staff);
                    for (ApiDocument.Parameter parameter : operation.parameters("query")) {
                        request.queryParam(parameter.name(), schema.parameter(parameter.schema(), mode));
                    }
                    if (endpoint.hasBody()) {
                        request.contentType(MediaType.APPLICATION_JSON).content("{}");
                    }
                    check(endpoint, mvc.perform(request).andReturn().getResponse());
                }));
            }
        }
        if (!endpoint.hasBody()) {
            tests.add(DynamicTest.dynamicTest(endpoint + " with hostile query parameters",
                    () -> check(endpoint, mvc.perform(request(endpoint, path, staff)
                            .queryParam("lang", SCRIPT).queryParam("community", "{\"$ne\":null}")
                            .queryParam("page", "-1").queryParam("size", "999999999999")
                            .queryParam("q", SCRIPT)).andReturn().getResponse())));
            return;
        }
        Map<String, byte[]> json = new java.util.LinkedHashMap<>(jsonBodies());
        if (operation != null && operation.jsonSchema() != null) {
            json.putAll(new SchemaBodies(operation.document()).json(operation.jsonSchema()));
        }
        for (Map.Entry<String, byte[]> body : json.entrySet()) {
            tests.add(DynamicTest.dynamicTest(endpoint + " with " + body.getKey(),
                    () -> check(endpoint, mvc.perform(request(endpoint, path, staff)
                            .contentType(MediaType.APPLICATION_JSON).content(body.getValue())).andReturn().getResponse())));
        }
        if (endpoint.takesForm()) {
            Map<String, String> forms = new java.util.LinkedHashMap<>(formBodies());
            if (operation != null && operation.formSchema() != null) {
                forms.putAll(new SchemaBodies(operation.document()).form(operation.formSchema()));
            }
            for (Map.Entry<String, String> form : forms.entrySet()) {
                tests.add(DynamicTest.dynamicTest(endpoint + " with form " + form.getKey(),
                        () -> check(endpoint, mvc.perform(request(endpoint, path, staff)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form.getValue()))
                                .andReturn().getResponse())));
            }
        }
    }

    /** No token: 401 with {@code WWW-Authenticate}; a valid token without any staff role: 403. Both problem JSON. */
    private static void addAuthorization(List<DynamicTest> tests, MockMvc mvc, RequestPostProcessor withoutRole,
            Endpoint endpoint) {
        String path = fill(endpoint.pattern(), "x");
        tests.add(DynamicTest.dynamicTest(endpoint + " without a token is 401", () -> {
            MockHttpServletResponse response = mvc.perform(request(endpoint, path, request -> request)
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse();
            assertRefused(endpoint, response, 401);
            assertThat(response.getHeader("WWW-Authenticate")).as("%s WWW-Authenticate", endpoint).startsWith("Bearer");
        }));
        if (withoutRole == null) {
            return;
        }
        tests.add(DynamicTest.dynamicTest(endpoint + " with a token without the needed role is 403", () -> {
            MockHttpServletResponse response = mvc.perform(request(endpoint, path, withoutRole)
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse();
            assertRefused(endpoint, response, 403);
        }));
    }

    /**
     * A staff page without a token, and with a token without any staff role (when the service trusts one): 401,
     * 403 or a redirect to a sign-in, never the page. The guard answers before the page looks its ids up, so an
     * unknown id is refused too; a 404 means nothing guarded the page.
     */
    static void addStaffPage(List<DynamicTest> tests, MockMvc mvc, RequestPostProcessor withoutRole, Endpoint endpoint) {
        String path = fill(endpoint.pattern(), "x");
        tests.add(DynamicTest.dynamicTest(endpoint + " without a token is refused or sent to sign in",
                () -> assertPageRefused(endpoint, mvc.perform(request(endpoint, path, request -> request))
                        .andReturn().getResponse())));
        if (withoutRole == null) {
            return;
        }
        tests.add(DynamicTest.dynamicTest(endpoint + " with a token without a staff role is refused or sent to sign in",
                () -> assertPageRefused(endpoint, mvc.perform(request(endpoint, path, withoutRole))
                        .andReturn().getResponse())));
    }

    private static void assertPageRefused(Endpoint endpoint, MockHttpServletResponse response) throws Exception {
        check(endpoint, response);
        int status = response.getStatus();
        if (status >= 300 && status < 400) {
            assertThat(response.getHeader(HttpHeaders.LOCATION)).as("%s redirected with %s to", endpoint, status)
                    .containsPattern(SIGN_IN);
            return;
        }
        assertThat(status).as("%s answered %s to a visitor who is not staff: %s", endpoint, status,
                abbreviate(response.getContentAsString(StandardCharsets.UTF_8))).isIn(401, 403);
    }

    /**
     * The operation as an organizer of another campaign's team, on campaign X's resources: 403 or 404, problem
     * JSON, no watched state changed. Operations that name nothing of campaign X (no path variable, no body
     * property in {@link Outsider#pathValues()}) and excluded ones are left out; a path variable the outsider
     * does not give fails, so nothing is skipped silently.
     */
    private static void addOutsider(List<DynamicTest> tests, MockMvc mvc, Outsider outsider,
            ApiDocument.Operation operation) {
        Endpoint endpoint = operation.endpoint();
        if (named(outsider.exclusions(), endpoint) != null) {
            return;
        }
        SchemaBodies schema = new SchemaBodies(operation.document(), outsider.pathValues());
        boolean bodyNamesCampaign = endpoint.hasBody() && operation.jsonSchema() != null && schema
                .propertyNames(operation.jsonSchema()).stream().anyMatch(outsider.pathValues()::containsKey);
        List<String> variables = variables(endpoint.pattern());
        if (variables.isEmpty() && !bodyNamesCampaign) {
            return;
        }
        String name = endpoint + " as an organizer of another campaign's team is 403 or 404";
        List<String> missing = missingVariables(outsider, endpoint);
        if (!missing.isEmpty()) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                throw new AssertionError(endpoint + " has path variables " + missing + " that the Outsider's pathValues "
                        + "do not give: add a real id of campaign X's, or exclude the operation with a reason");
            }));
            return;
        }
        String path = fill(endpoint.pattern(), variable -> UriUtils.encodePathSegment(outsider.pathValues().get(variable),
                StandardCharsets.UTF_8));
        String override = named(outsider.bodies(), endpoint);
        byte[] body = override != null ? utf8(override)
                : operation.jsonSchema() != null ? schema.plausible(operation.jsonSchema()) : utf8("{}");
        tests.add(DynamicTest.dynamicTest(name, () -> {
            List<Object> before = outsider.snapshot();
            MockHttpServletRequestBuilder request = request(endpoint, path, outsider.organizer());
            if (endpoint.hasBody()) {
                request.contentType(MediaType.APPLICATION_JSON).content(body);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            check(endpoint, response);
            assertThat(response.getStatus()).as("%s %s answered %s to an organizer of another campaign's team: %s",
                    endpoint.method(), path, response.getStatus(),
                    abbreviate(response.getContentAsString(StandardCharsets.UTF_8))).isIn(403, 404);
            assertThat(response.getContentType()).as("%s refusal content type", endpoint)
                    .contains("application/problem+json");
            assertThat(outsider.snapshot()).as("campaign X's data after %s %s by an organizer of another team",
                    endpoint.method(), path).isEqualTo(before);
        }));
    }

    /**
     * A staff page on campaign X's resources as an organizer of another campaign's team, as a GET or, for a form, a
     * POST with a valid CSRF token and campaign X's ids as form fields: 403, 404 or a redirect, and no answer (nor
     * the page a redirect leads to, requested once as the outsider) shows any of campaign X's ids; a redirect to a
     * page that names one of them must lead to a refusal there too; no watched state changes. A staff page without
     * path variables is checked by {@link #addOutsiderListPage}; a form without them names nothing of campaign X.
     * A page or form with a variable the outsider does not give is left out (the walk names it), as is an excluded one.
     */
    static void addOutsiderPage(List<DynamicTest> tests, MockMvc mvc, Outsider outsider, Endpoint endpoint) {
        if (named(outsider.exclusions(), endpoint) != null) {
            return;
        }
        if (variables(endpoint.pattern()).isEmpty()) {
            if (endpoint.isStaffPage()) {
                addOutsiderListPage(tests, mvc, outsider, endpoint);
            }
            return;
        }
        if (!missingVariables(outsider, endpoint).isEmpty()) {
            return;
        }
        String path = fill(endpoint.pattern(), variable -> UriUtils.encodePathSegment(outsider.pathValues().get(variable),
                StandardCharsets.UTF_8));
        StringBuilder form = new StringBuilder();
        outsider.pathValues().forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        tests.add(DynamicTest.dynamicTest(endpoint + " as an organizer of another campaign's team is refused and shows "
                + "nothing of campaign X", () -> {
            List<Object> before = outsider.snapshot();
            MockHttpServletRequestBuilder request = request(endpoint, path, outsider.organizer());
            if (endpoint.hasBody()) {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form.toString());
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            check(endpoint, response);
            String shown = endpoint.method() + " " + path;
            int status = response.getStatus();
            assertThat(status).as("%s answered %s to an organizer of another campaign's team: %s", shown, status,
                    abbreviate(response.getContentAsString(StandardCharsets.UTF_8)))
                    .matches(code -> code == 403 || code == 404 || code >= 300 && code < 400, "403, 404 or a redirect");
            assertShowsNothingOf(outsider, shown, response);
            assertRedirectShowsNothingOf(mvc, outsider, shown, response);
            assertThat(outsider.snapshot()).as("campaign X's data after %s by an organizer of another team", shown)
                    .isEqualTo(before);
        }));
    }

    /**
     * A staff page without path variables (a list, a blank form) as an organizer of another campaign's team: any
     * answer below 500 (their own list, even an empty one, is fine), but neither it nor the page a redirect leads to
     * shows any of campaign X's ids, and no watched state changes. An id that other campaigns share (a public body)
     * is not one of campaign X's; a page that lists such ids for everyone is excluded by name, with its reason.
     */
    static void addOutsiderListPage(List<DynamicTest> tests, MockMvc mvc, Outsider outsider, Endpoint endpoint) {
        String path = fill(endpoint.pattern(), "x");
        String shown = endpoint.method() + " " + path;
        tests.add(DynamicTest.dynamicTest(endpoint + " as an organizer of another campaign's team shows nothing of "
                + "campaign X", () -> {
            List<Object> before = outsider.snapshot();
            MockHttpServletResponse response = mvc.perform(request(endpoint, path, outsider.organizer()))
                    .andReturn().getResponse();
            check(endpoint, response);
            assertShowsNothingOf(outsider, shown, response);
            assertRedirectShowsNothingOf(mvc, outsider, shown, response);
            assertThat(outsider.snapshot()).as("campaign X's data after %s by an organizer of another team", shown)
                    .isEqualTo(before);
        }));
    }

    /**
     * Follows a redirect to this service once, as the outsider: the page shows nothing of campaign X's and, when its
     * address names one of campaign X's ids, refuses (or redirects again).
     */
    private static void assertRedirectShowsNothingOf(MockMvc mvc, Outsider outsider, String shown,
            MockHttpServletResponse response) throws Exception {
        String location = response.getHeader(HttpHeaders.LOCATION);
        java.net.URI target = location == null ? null : java.net.URI.create(location);
        if (response.getStatus() < 300 || target == null
                || target.getHost() != null && !"localhost".equals(target.getHost())) {
            return;
        }
        Endpoint followed = new Endpoint(HttpMethod.GET, target.getRawPath(), false, true);
        MockHttpServletResponse page = mvc.perform(request(followed, target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()), outsider.organizer()))
                .andReturn().getResponse();
        check(followed, page);
        assertShowsNothingOf(outsider, shown + " redirected to " + location + ", which", page);
        if (outsider.pathValues().values().stream().anyMatch(location::contains)) {
            assertThat(page.getStatus()).as("%s redirected to %s, a page of campaign X's, which answered %s",
                    shown, location, page.getStatus()).isGreaterThanOrEqualTo(300);
        }
    }

    private static void assertShowsNothingOf(Outsider outsider, String shown, MockHttpServletResponse response)
            throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        for (Map.Entry<String, String> id : outsider.pathValues().entrySet()) {
            if (outsider.shared().contains(id.getKey())) {
                continue;
            }
            assertThat(body).as("%s answered %s to an organizer of another campaign's team, showing campaign X's %s: %s",
                    shown, response.getStatus(), id.getKey(), abbreviate(body)).doesNotContain(id.getValue());
        }
    }

    private static List<String> variables(String pattern) {
        List<String> variables = new ArrayList<>();
        Matcher matcher = PATH_VARIABLE.matcher(pattern);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        return variables;
    }

    private static List<String> missingVariables(Outsider outsider, Endpoint endpoint) {
        return variables(endpoint.pattern()).stream().filter(variable -> !outsider.pathValues().containsKey(variable))
                .toList();
    }

    /** The value an outsider map gives for the endpoint, matched by method and path whatever its variables are called. */
    private static String named(Map<String, String> byOperation, Endpoint endpoint) {
        String wanted = key(endpoint.method(), endpoint.pattern());
        return byOperation.entrySet().stream().filter(entry -> operationKey(entry.getKey()).equals(wanted))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static void assertNamesStaffOperations(Outsider outsider, List<ApiDocument.Operation> operations,
            List<Endpoint> mapped) {
        Set<String> staff = new LinkedHashSet<>();
        operations.stream().filter(operation -> operation.path().startsWith("/api/staff/"))
                .forEach(operation -> staff.add(key(operation.method(), operation.path())));
        mapped.stream().filter(Endpoint::isStaffPageOrForm)
                .forEach(endpoint -> staff.add(key(endpoint.method(), endpoint.pattern())));
        Set<String> named = new LinkedHashSet<>(outsider.bodies().keySet());
        named.addAll(outsider.exclusions().keySet());
        List<String> unknown = named.stream().filter(operation -> !staff.contains(operationKey(operation))).toList();
        assertThat(unknown).as("operations named by the Outsider that %s does not list under /api/staff/ "
                + "and that are not staff pages (%s)", ApiDocument.PATH, staff).isEmpty();
    }

    /** {@code "PUT /api/x/{id}"} as {@link #key} writes it; text without a method stays as it is and matches nothing. */
    private static String operationKey(String operation) {
        String[] parts = operation.strip().split("\\s+", 2);
        if (parts.length < 2) {
            return operation;
        }
        return key(HttpMethod.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)), parts[1]);
    }

    private static void assertRefused(Endpoint endpoint, MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as("%s answered %s: %s", endpoint, response.getStatus(),
                abbreviate(response.getContentAsString(StandardCharsets.UTF_8))).isEqualTo(status);
        assertThat(response.getContentType()).as("%s refusal content type", endpoint).contains("application/problem+json");
    }

    private static void assertDocumented(List<Endpoint> mapped, List<ApiDocument.Operation> operations) {
        Set<String> documented = new LinkedHashSet<>();
        operations.forEach(operation -> documented.add(key(operation.method(), operation.path())));
        List<String> missing = mapped.stream().filter(Endpoint::isApi)
                .filter(endpoint -> !documented.contains(key(endpoint.method(), endpoint.pattern())))
                .map(Endpoint::toString).toList();
        assertThat(missing).as("/api/** handlers missing from %s (which lists %s)", ApiDocument.PATH, documented)
                .isEmpty();
    }

    /** Method and path with every path variable reduced to {@code {}}, so {@code {id:[a-z]+}} matches {@code {id}}. */
    private static String key(HttpMethod method, String path) {
        return method + " " + PATH_VARIABLE.matcher(path).replaceAll("{}");
    }

    /** An endpoint to attack and, when the OpenAPI document lists it, its documented operation. */
    private record Target(Endpoint endpoint, ApiDocument.Operation operation) {
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
        return fill(pattern, variable -> value);
    }

    private static String fill(String pattern, java.util.function.UnaryOperator<String> valueOf) {
        Matcher matcher = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(valueOf.apply(matcher.group(1))));
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
