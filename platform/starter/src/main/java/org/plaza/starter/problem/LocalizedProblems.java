package org.plaza.starter.problem;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds problem details in the request's language from the message bundles: the title is the message
 * {@code <key>.title} and the detail the message {@code <key>}. Services use it directly when they
 * answer a problem without throwing; filters use {@link #write} where Spring MVC is not involved.
 */
public final class LocalizedProblems {

    /** Problem property with the invalid fields, a list of {@link FieldMessage}. */
    public static final String ERRORS = "errors";
    /** Problem property with the reference of an unexpected error, also found in the log. */
    public static final String ERROR_ID = "errorId";

    /**
     * Request attribute to set before {@code response.sendError(status)}: a message key that explains
     * the error better than its status alone (the error page and problem then use it).
     */
    public static final String MESSAGE_KEY_ATTRIBUTE = LocalizedProblems.class.getName() + ".messageKey";

    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final String GENERIC = "plaza.problem.error";

    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> localeResolver;
    private final ProblemSettings settings;
    private final JsonMapper json;

    public LocalizedProblems(MessageSource messages, ObjectProvider<LocaleResolver> localeResolver,
            ProblemSettings settings, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.settings = settings;
        this.json = json;
    }

    /**
     * A problem of type {@code <type-base><type>} (or {@code about:blank} when {@code type} is null).
     */
    public ProblemDetail create(HttpServletRequest request, HttpStatusCode status, String type, String messageKey,
            Object... arguments) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type == null ? ABOUT_BLANK : settings.typeBase().resolve(type));
        problem.setTitle(message(messageKey + ".title", null, locale)
                .orElseGet(() -> message(GENERIC + ".title", null, locale).orElse(null)));
        problem.setDetail(message(messageKey, arguments, locale)
                .orElseGet(() -> message(GENERIC, null, locale).orElse(null)));
        problem.setInstance(instance(request));
        return problem;
    }

    /** A problem that says no more than its HTTP status, with type {@code about:blank}. */
    public ProblemDetail forStatus(HttpServletRequest request, HttpStatusCode status) {
        return create(request, status, null, keyFor(status));
    }

    /** Adds the {@code errors} array to {@code problem}. */
    public ProblemDetail withErrors(ProblemDetail problem, List<FieldMessage> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty(ERRORS, List.copyOf(errors));
        }
        return problem;
    }

    /** The message in the request's language, or its default message. */
    public String message(HttpServletRequest request, MessageSourceResolvable resolvable) {
        return message(resolvable, locale(request));
    }

    String message(MessageSourceResolvable resolvable, Locale locale) {
        try {
            return messages.getMessage(resolvable, locale);
        } catch (NoSuchMessageException missing) {
            String[] codes = resolvable.getCodes();
            return codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
        }
    }

    public Locale locale(HttpServletRequest request) {
        LocaleResolver resolver = localeResolver.getIfAvailable();
        return resolver == null ? LocaleContextHolder.getLocale() : resolver.resolveLocale(request);
    }

    /**
     * Answers {@code problem} as {@code application/problem+json} (UTF-8), with {@code Content-Language} naming the
     * request's language (the one {@link #create} wrote it in), for code that runs outside Spring MVC.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale(request).getLanguage());
        json.writeValue(response.getOutputStream(), body);
    }

    private Optional<String> message(String key, Object[] arguments, Locale locale) {
        return Optional.ofNullable(messages.getMessage(key, arguments, null, locale));
    }

    private static URI instance(HttpServletRequest request) {
        try {
            return URI.create(ApiRequests.originalPath(request));
        } catch (IllegalArgumentException unusualPath) {
            return null;
        }
    }

    static String keyFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String slug = known == null ? "error" : switch (known) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case CONFLICT -> "conflict";
            case CONTENT_TOO_LARGE -> "payload-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            case SERVICE_UNAVAILABLE -> "service-unavailable";
            default -> "error";
        };
        return "plaza.problem." + slug;
    }
}
