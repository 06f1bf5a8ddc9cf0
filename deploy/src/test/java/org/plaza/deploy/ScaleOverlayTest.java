package org.plaza.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** compose.scale.yaml laid over compose.yaml keeps its promises. */
class ScaleOverlayTest {

    private final ScaleRules rules = new ScaleRules(Deployment.current(), Repository.current());

    @Test
    void runsAsItsOwnProjectOnFreshVolumes() {
        assertThat(rules.ownProject()).isEmpty();
    }

    @Test
    void runsThreeBrokersWithReplicationFactorThreeAndMinInSyncReplicasTwo() {
        assertThat(rules.brokers()).isEmpty();
    }

    @Test
    void givesEveryServiceDatabaseAThreeMemberReplicaSet() {
        assertThat(rules.replicaSets()).isEmpty();
    }

    @Test
    void runsTwoInstancesOfEachStatelessServiceConnectedToEveryBrokerAndMember() {
        assertThat(rules.instances()).isEmpty();
    }
}
