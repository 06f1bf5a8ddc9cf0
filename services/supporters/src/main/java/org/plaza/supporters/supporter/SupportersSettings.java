package org.plaza.supporters.supporter;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code plaza.supporters.*}.
 *
 * @param timeZone       where days begin (last-active filters, dates on pages and in exports)
 * @param pageSize       supporters per page of the list
 * @param importMaxRows  the most rows one imported file may have (a larger file is refused before any row is read)
 */
@ConfigurationProperties("plaza.supporters")
public record SupportersSettings(@DefaultValue("America/Los_Angeles") ZoneId timeZone, @DefaultValue("50") int pageSize,
        @DefaultValue("5000") int importMaxRows) {
}
