package org.plaza.insights.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String SCRAPE = """
            # HELP plaza_outbox_backlog Aggregates with events waiting to be published
            # TYPE plaza_outbox_backlog gauge
            plaza_outbox_backlog{service="petitions"} 4.0
            plaza_outbox_backlog{service="petitions",worker="b"} 1.0
            plaza_outbox_oldest_age_seconds{service="petitions"} 7.25 1732800000000
            plaza_outbox_oldest_age_seconds{service="petitions",worker="b"} 30.5
            process_uptime_seconds 123.4
            jvm_info{version="17 {x}"} 1.0
            broken_line{service="x"} not-a-number
            """;

    @Test
    void sumsAMetricOverItsLabelSets() {
        assertThat(PrometheusText.parse(SCRAPE).sum("plaza_outbox_backlog")).hasValue(5.0);
    }

    @Test
    void takesTheLargestSampleOfAMetricWithTimestamps() {
        assertThat(PrometheusText.parse(SCRAPE).max("plaza_outbox_oldest_age_seconds")).hasValue(30.5);
    }

    @Test
    void readsMetricsWithoutLabelsAndLabelValuesWithBraces() {
        PrometheusText text = PrometheusText.parse(SCRAPE);

        assertThat(text.sum("process_uptime_seconds")).hasValue(123.4);
        assertThat(text.sum("jvm_info")).hasValue(1.0);
    }

    @Test
    void saysSoWhenAMetricIsNotExposed() {
        PrometheusText text = PrometheusText.parse(SCRAPE);

        assertThat(text.sum("plaza_outbox_published_total")).isEmpty();
        assertThat(text.sum("broken_line")).isEmpty();
    }
}
