package org.plaza.campaigns.resident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.plaza.campaigns.campaign.CampaignSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Makes resident pages cheap to ask for again: the ETag is a hash of the page's view model (built
 * from a few small queries), so an unchanged page is answered 304 before any template renders. The
 * pages are private to the browser (the language comes from a cookie or Accept-Language, and the
 * platform sets a CSRF cookie on pages) and may be reused for a few seconds before revalidating.
 */
@Component
class PageCaching {

    private final CampaignSettings settings;

    PageCaching(CampaignSettings settings) {
        this.settings = settings;
    }

    /** Sets the caching headers; true if the browser's copy is current and the 304 is already answered. */
    boolean notModified(ServletWebRequest request, Object view, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.maxAge(settings.pageMaxAge()).cachePrivate().mustRevalidate());
        var response = request.getResponse();
        if (response != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, headers.getCacheControl());
            response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        }
        return request.checkNotModified("W/\"" + hash(language + "|" + view) + "\"");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
