package org.plaza.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Readable addresses from Spanish titles. */
class CampaignSlugsTest {

    @Test
    void dropsAccentsAndJoinsWordsWithHyphens() {
        assertThat(CampaignSlugs.slugify("¡Educación y salud en Mecca!")).isEqualTo("educacion-y-salud-en-mecca");
        assertThat(CampaignSlugs.slugify("  Agua limpia   para Oasis 2026 ")).isEqualTo("agua-limpia-para-oasis-2026");
        assertThat(CampaignSlugs.slugify("Niñas y niños")).isEqualTo("ninas-y-ninos");
    }

    @Test
    void keepsSlugsShortWithoutATrailingHyphen() {
        String slug = CampaignSlugs.slugify("Calles pavimentadas ".repeat(10));

        assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").startsWith("calles-pavimentadas-");
    }

    @Test
    void givesNothingForTitlesWithoutLettersOrDigits() {
        assertThat(CampaignSlugs.slugify("¿?")).isEmpty();
        assertThat(CampaignSlugs.slugify(null)).isEmpty();
    }
}
