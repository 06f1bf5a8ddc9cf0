package org.plaza.starter.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plaza.starter.layout.LayoutAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a problem the way the client understands it: problem JSON to API clients, with {@code Content-Language} naming
 * the language of its title and detail, the bilingual error page {@code plaza/error} (with the same title and detail,
 * inside the shared layout) to browsers.
 */
final class ProblemResponses {

    /** The view every non-API error renders: {@code templates/plaza/error.html}, in the shared layout. */
    static final String ERROR_VIEW = "plaza/error";

    private ProblemResponses() {
    }

    static Object respond(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
            HttpHeaders headers) {
        if (ApiRequests.isApi(request)) {
            return ResponseEntity.status(problem.getStatus())
                    .headers(headers)
                    .header(HttpHeaders.CONTENT_LANGUAGE, RequestContextUtils.getLocale(request).getLanguage())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        Map<String, Object> model = new LinkedHashMap<>(LayoutAttributes.ofErrorPage(request, RequestContextUtils.getLocale(request)));
        model.put("status", problem.getStatus());
        model.put("title", problem.getTitle());
        model.put("detail", problem.getDetail());
        if (problem.getProperties() != null && problem.getProperties().get(LocalizedProblems.ERROR_ID) != null) {
            model.put("errorId", problem.getProperties().get(LocalizedProblems.ERROR_ID));
        }
        return new ModelAndView(ERROR_VIEW, model, HttpStatus.valueOf(problem.getStatus()));
    }
}
