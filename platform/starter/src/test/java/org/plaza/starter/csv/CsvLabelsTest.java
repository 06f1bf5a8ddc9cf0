package org.plaza.starter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.support.ResourceBundleMessageSource;

class CsvLabelsTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void anExportSaysCommunitiesLanguagesAndFlagsInItsLanguageAndStillGuardsFormulas() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("plaza/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        CsvLabels spanish = CsvLabels.of(Vocabulary.platformDefaults(), messages, ES);
        CsvLabels english = CsvLabels.of(Vocabulary.platformDefaults(), messages, Locale.ENGLISH);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out, "community", "language", "agreed", "name")) {
            csv.row(spanish.community("NORTH_SHORE"), spanish.language("en"), spanish.yesNo(true), "=1+1");
            csv.row(english.community("OASIS"), english.language("es"), english.yesNo(false), spanish.community(null));
        }

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("North Shore,Inglés,Sí,'=1+1\r\n", "Oasis,Spanish,No,\r\n")
                .doesNotContain("NORTH_SHORE", "true", "false");
        assertThat(spanish.yesNo(null)).isEmpty();
        assertThat(english.named("test.channel.", "PAPER_FORM")).isEqualTo("PAPER_FORM");
        assertThat(spanish.community("RETIRED_PLACE")).as("a code the vocabulary no longer knows stays readable")
                .isEqualTo("RETIRED_PLACE");
    }
}
