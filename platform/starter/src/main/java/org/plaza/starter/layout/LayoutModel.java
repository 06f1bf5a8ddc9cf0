package org.plaza.starter.layout;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** Gives every page rendered by a controller what the shared layout needs ({@link LayoutAttributes}). */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute(LayoutAttributes.LANGUAGE)
    String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    @ModelAttribute(LayoutAttributes.OTHER_LANGUAGE)
    String otherLanguage() {
        return LayoutAttributes.other(LocaleContextHolder.getLocale());
    }

    @ModelAttribute(LayoutAttributes.SWITCH_LANGUAGE_URL)
    String switchLanguageUrl(HttpServletRequest request) {
        return LayoutAttributes.switchLanguageUrl(request, LocaleContextHolder.getLocale());
    }

    @ModelAttribute(LayoutAttributes.STAFF_NAV)
    List<StaffNavigation.Link> staffNavigation(HttpServletRequest request) {
        return LayoutAttributes.staffNavigation(request);
    }

    @ModelAttribute(LayoutAttributes.CANONICAL_PATH)
    String canonicalPath(HttpServletRequest request) {
        return LayoutAttributes.canonicalPath(request, LocaleContextHolder.getLocale());
    }
}
