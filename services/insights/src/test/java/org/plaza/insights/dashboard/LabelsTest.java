package org.plaza.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void showsACodeWithoutATranslationAsWords() {
        assertThat(Labels.words("NORTH_SHORE")).isEqualTo("North Shore");
        assertThat(Labels.words("DESERT_HOT_SPRINGS")).isEqualTo("Desert Hot Springs");
        assertThat(Labels.words("es")).isEqualTo("Es");
    }
}
