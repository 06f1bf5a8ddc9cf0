package org.plaza.gateway.malformed;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.plaza.starter.problem.ApiRequests;
import org.plaza.starter.problem.LocalizedProblems;
import org.plaza.starter.security.SecuritySettings;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Tomcat's last resort for an error nobody answered: a request it refused before any application saw it (an invalid
 * character in the request line, a malformed header or URI), or an error status no one wrote a body for. Instead of
 * Tomcat's English page, it answers like the rest of Plaza: problem details to API and JSON clients, and to browsers
 * the error page {@code gateway/container-error} (the site's stylesheet, the status, title and detail of the starter's
 * messages, a link to the start page) in the client's language, Spanish unless it asks for English. Neither says
 * anything about the server or echoes the request. The security headers the application would add are set here, as
 * the application's filters never ran: the starter's {@link SecuritySettings#responseHeaders}, the same list the
 * filter chain writes, so a change of policy there reaches this page too.
 */
public class PlazaErrorReportValve extends ErrorReportValve {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final LocalizedProblems problems;
    private final ITemplateEngine templates;
    private final SecuritySettings security;

    PlazaErrorReportValve(LocalizedProblems problems, ITemplateEngine templates, SecuritySettings security) {
        this.problems = problems;
        this.templates = templates;
        this.security = security;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        HttpServletRequest readable = new Unparsed(request.getRequest());
        try {
            ProblemDetail problem = problems.forStatus(readable, HttpStatusCode.valueOf(status));
            problem.setInstance(null);
            response.resetBuffer();
            security.responseHeaders(request.isSecure()).forEach(response::setHeader);
            response.setHeader("Cache-Control", "no-store");
            if (api(readable)) {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                problems.write(readable, response.getResponse(), problem);
                return;
            }
            Locale locale = locale(readable);
            String page = templates.process("gateway/container-error", new Context(locale, Map.of("status", status,
                    "title", problem.getTitle(), "detail", problem.getDetail(), "language", locale.getLanguage())));
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Language", locale.getLanguage());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page);
                response.finishResponse();
            }
        } catch (IOException clientGone) {
            // The client went away meanwhile: nothing more can be sent.
        } catch (RuntimeException tooBrokenToRead) {
            // A request too broken to read even its language from: Tomcat's plain page, still without server details.
            super.report(request, response, throwable);
        }
    }

    private Locale locale(HttpServletRequest request) {
        try {
            Locale locale = problems.locale(request);
            return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : SPANISH;
        } catch (RuntimeException unreadableRequest) {
            return SPANISH;
        }
    }

    private static boolean api(HttpServletRequest request) {
        try {
            return ApiRequests.isApi(request);
        } catch (RuntimeException unreadableRequest) {
            return false;
        }
    }

    /** A request whose path Tomcat could not parse: read as the empty path, so only its headers decide. */
    private static final class Unparsed extends HttpServletRequestWrapper {

        Unparsed(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            String uri = super.getRequestURI();
            return uri == null ? "" : uri;
        }
    }
}
