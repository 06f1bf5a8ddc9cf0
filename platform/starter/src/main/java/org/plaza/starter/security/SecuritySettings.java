package org.plaza.starter.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Response headers and CSRF scope.
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
}
