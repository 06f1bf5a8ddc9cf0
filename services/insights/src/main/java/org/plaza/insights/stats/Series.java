package org.plaza.insights.stats;

import java.util.List;

/**
 * Counts per time bucket, zero-filled, oldest first.
 *
 * @param resolution the bucket size
 * @param starts     epoch seconds of each bucket's start
 * @param counts     the count in each bucket
 */
public record Series(Resolution resolution, List<Long> starts, List<Long> counts) {

    public long total() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
