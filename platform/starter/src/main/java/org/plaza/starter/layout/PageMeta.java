package org.plaza.starter.layout;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute addresses a link preview needs (Open Graph {@code og:url}, {@code og:image}), under the platform's
 * public base URL {@code plaza.public-base-url} (the gateway, {@code PLAZA_PUBLIC_URL}). Without one (embedded runs,
 * tests) the address the request arrived at is used. The layout calls it as {@code @plazaPageMeta}.
 */
public class PageMeta {

    private final String publicBaseUrl;

    public PageMeta(String publicBaseUrl) {
        String base = publicBaseUrl == null ? "" : publicBaseUrl.strip();
        this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** {@code path} (starting with {@code /}) on the public origin. */
    public String absolute(String path) {
        String relative = path == null || path.isEmpty() ? "/" : path;
        String base = publicBaseUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(null).replaceQuery(null).build().toUriString()
                : publicBaseUrl;
        return base + relative;
    }

    /** {@code og:locale} of a page in {@code language}: {@code es_US} or {@code en_US}. */
    public String locale(String language) {
        return ("en".equals(language) ? "en" : "es") + "_US";
    }
}
