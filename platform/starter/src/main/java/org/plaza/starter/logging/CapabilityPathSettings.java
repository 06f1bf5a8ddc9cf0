package org.plaza.starter.logging;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param capabilityPaths the paths whose secret segments are never logged (syntax in {@link CapabilityPaths});
 *                        the platform's links are listed in {@code plaza-defaults/logging.properties}, and a
 *                        service adds its own by setting the whole list
 */
@ConfigurationProperties("plaza.logging")
public record CapabilityPathSettings(@DefaultValue List<String> capabilityPaths) {
}
