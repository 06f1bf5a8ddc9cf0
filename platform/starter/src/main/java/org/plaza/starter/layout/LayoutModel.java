package org.plaza.starter.layout;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every page what the shared layout needs: the page's language and a link to the same page
 * in the other language, which keeps the query string (a half-typed search, a filter) intact.
 */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("plazaLanguage")
    String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    @ModelAttribute("plazaOtherLanguage")
    String otherLanguage() {
        return other(LocaleContextHolder.getLocale());
    }

    @ModelAttribute("plazaSwitchLanguageUrl")
    String switchLanguageUrl(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path).query(request.getQueryString())
                .replaceQueryParam("lang", other(LocaleContextHolder.getLocale())).build().toUriString();
    }

    static String other(Locale locale) {
        return "es".equals(locale.getLanguage()) ? "en" : "es";
    }
}
