package org.plaza.starter.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Response headers and CSRF scope. {@link #responseHeaders} is the one list of the security headers every answer
 * carries: the filter chain writes them (StaffSecurityAutoConfiguration) and so does whatever answers where the
 * chain never runs (the gateway's page for a request Tomcat refused), so a change here reaches both.
 *
 * @param contentSecurityPolicy {@code Content-Security-Policy}; the default allows no inline script or style
 * @param permissionsPolicy     {@code Permissions-Policy}; the default switches off device features
 * @param hstsMaxAge            {@code Strict-Transport-Security} max-age, sent over TLS only
 * @param csrfExemptApi         whether {@code /api/**} skips CSRF checks: true for services, whose APIs
 *                              authenticate with bearer tokens only; false where a browser session can
 *                              call the API (a gateway with oauth2Login)
 */
@ConfigurationProperties("plaza.security")
public record SecuritySettings(
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
        String contentSecurityPolicy,
        @DefaultValue("accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
                + "microphone=(), payment=(), usb=()")
        String permissionsPolicy,
        @DefaultValue("365d") Duration hstsMaxAge,
        @DefaultValue("true") boolean csrfExemptApi) {

    /** {@code Referrer-Policy}: the origin only to other sites, nothing over a downgrade. */
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    /**
     * The security headers of an answer, name to value, as the filter chain writes them: the policies above,
     * {@code Referrer-Policy}, {@code X-Content-Type-Options}, {@code X-Frame-Options}, and {@code
     * Strict-Transport-Security} when the request came over TLS ({@code secure}).
     */
    public Map<String, String> responseHeaders(boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", contentSecurityPolicy);
        headers.put("Permissions-Policy", permissionsPolicy);
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        if (secure) {
            headers.put("Strict-Transport-Security", "max-age=" + hstsMaxAge.toSeconds() + " ; includeSubDomains");
        }
        return headers;
    }
}
