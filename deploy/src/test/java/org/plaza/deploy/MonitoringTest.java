package org.plaza.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Prometheus and Grafana, provisioned from files, see every service and only real metrics. */
class MonitoringTest {

    private final MonitoringRules rules = new MonitoringRules(Deployment.current(), Repository.current());

    @Test
    void prometheusScrapesEveryServiceAtItsComposeNameAndPort() {
        assertThat(rules.scrapes()).isEmpty();
    }

    @Test
    void dashboardsReadTheProvisionedDatasourceAndMetricsTheCodePublishes() {
        assertThat(rules.dashboards()).isEmpty();
    }
}
