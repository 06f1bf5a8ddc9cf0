package org.plaza.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** deploy/README.md stays true to the files it describes. */
class ReadmeTest {

    private final Repository repository = Repository.current();
    private final String readme = Yaml.text(repository.deployDirectory().resolve("README.md"));

    @Test
    void consumerGroupTableMatchesTheServicesBindings() {
        int start = readme.indexOf(ConsumerGroups.START);
        int end = readme.indexOf(ConsumerGroups.END);
        assertThat(start).as("README.md has the consumer-group markers").isNotNegative();
        assertThat(readme.substring(start + ConsumerGroups.START.length(), end).strip())
                .isEqualTo(ConsumerGroups.table(repository));
    }

    @Test
    void namesEveryServiceThatStaysSingleInTheOverlay() {
        ScaleRules.SINGLE_INSTANCE.keySet().forEach(service -> assertThat(readme).contains("| " + service + " |"));
    }
}
