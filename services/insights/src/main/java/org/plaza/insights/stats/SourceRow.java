package org.plaza.insights.stats;

import java.util.Map;

/**
 * A petition's verified signatures by the share that brought each signer ({@code WHATSAPP}, {@code SMS},
 * {@code FACEBOOK}, {@code EMAIL}, {@code QR}, {@code FLYER}, {@code OTHER}; {@link Stats#UNKNOWN} for no share link).
 */
public record SourceRow(String id, String titleEs, String titleEn, Map<String, Long> bySource) implements Titled {

    /** The petition's signatures that came through {@code source}. */
    public long count(String source) {
        return bySource.getOrDefault(source, 0L);
    }
}
