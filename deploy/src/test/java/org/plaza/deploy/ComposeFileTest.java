package org.plaza.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** compose.yaml, alone and with the scale-out overlay, against the Compose Specification and the platform's rules. */
class ComposeFileTest {

    private static final Repository REPOSITORY = Repository.current();
    private static final ComposeSchema SCHEMA = ComposeSchema.read(REPOSITORY.composeSpecSchema());
    private final Deployment deployment = Deployment.current();

    @Test
    void composeFileFollowsTheComposeSpecification() {
        assertThat(SCHEMA.validate(deployment.compose())).isEmpty();
    }

    @Test
    void scaleOverlayFollowsTheComposeSpecificationOnItsOwnAndMerged() {
        assertThat(SCHEMA.validate(deployment.scaleOverlay())).isEmpty();
        assertThat(SCHEMA.validate(deployment.scaled())).isEmpty();
    }

    @Test
    void composeFileFollowsThePlatformRules() {
        assertThat(new ComposeRules(deployment.compose(), deployment, REPOSITORY).all()).isEmpty();
    }

    @Test
    void scaledDeploymentFollowsThePlatformRules() {
        assertThat(new ComposeRules(deployment.scaled(), deployment, REPOSITORY).all()).isEmpty();
    }

    @Test
    void topicsWithContactDetailsAreCreatedWithTheirShortRetention() {
        assertThat(new TopicRules(deployment.compose(), REPOSITORY).shortRetentionTopics()).isEmpty();
        assertThat(new TopicRules(deployment.scaled(), REPOSITORY).shortRetentionTopics()).isEmpty();
    }

    @Test
    void topicsThatBindingsCreateCompactedAreCreatedCompacted() {
        assertThat(new TopicRules(deployment.compose(), REPOSITORY).compactedTopics()).isEmpty();
        assertThat(new TopicRules(deployment.scaled(), REPOSITORY).compactedTopics()).isEmpty();
    }
}
