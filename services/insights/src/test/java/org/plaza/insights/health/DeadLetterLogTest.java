package org.plaza.insights.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadLetterLogTest {

    @Test
    void readsTheTopicAndGroupFromADeadLetterTopicsName() {
        assertThat(DeadLetterLog.originalTopicOf("error.plaza.petitions.campaigns")).isEqualTo("plaza.petitions");
        assertThat(DeadLetterLog.groupOf("error.plaza.petitions.campaigns", "plaza.petitions")).isEqualTo("campaigns");
        assertThat(DeadLetterLog.groupOf("error.plaza.notifications.requests.notifications",
                "plaza.notifications.requests")).isEqualTo("notifications");
    }
}
