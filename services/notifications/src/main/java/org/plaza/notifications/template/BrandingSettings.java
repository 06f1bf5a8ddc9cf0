package org.plaza.notifications.template;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the messages come from, as the footer tells recipients.
 *
 * @param organization  the organization's name, used when a request has no {@code organization} parameter
 * @param postalAddress the organization's postal address for the footer, or blank for none
 */
@ConfigurationProperties("plaza.notifications.branding")
public record BrandingSettings(@DefaultValue("Plaza") String organization, @DefaultValue("") String postalAddress) {
}
