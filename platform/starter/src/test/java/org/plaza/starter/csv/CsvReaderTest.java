package org.plaza.starter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.starter.vocabulary.Vocabulary;

/** Typed sheets as spreadsheets save them: UTF-8 only, either delimiter, columns and answers in either language. */
class CsvReaderTest {

    @Test
    void readsASpanishSpreadsheetsSemicolonsQuotesAndByteOrderMark() {
        byte[] file = "\uFEFFNombre;Correo electrónico;Acepta\r\n\"Soto; Ana\";ana@example.org;Sí\r\n\r\nLuis;\"l\"\"u\"\"@x.org\";no\n"
                .getBytes(StandardCharsets.UTF_8);
        List<CsvReader.Line> lines = CsvReader.read(file);
        Map<String, Integer> columns = CsvReader.columns(lines.get(0), CsvReader.PERSON_COLUMNS);

        assertThat(columns).containsOnlyKeys("name", "email", "consent");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).field(columns, "name")).isEqualTo("Soto; Ana");
        assertThat(lines.get(2).number()).isEqualTo(4);
        assertThat(lines.get(2).field(columns, "email")).isEqualTo("l\"u\"@x.org");
        assertThat(lines.get(2).field(columns, "phone")).isEmpty();
        assertThat(CsvReader.answer(lines.get(1).field(columns, "consent"))).isEqualTo(CsvReader.Answer.YES);
        assertThat(CsvReader.answer(lines.get(2).field(columns, "consent"))).isEqualTo(CsvReader.Answer.NO);
        assertThat(CsvReader.answer(" ")).isEqualTo(CsvReader.Answer.BLANK);
        assertThat(CsvReader.answer("quizás")).isEqualTo(CsvReader.Answer.UNKNOWN);
    }

    @Test
    void aFileSavedInALegacyEncodingIsRefusedRatherThanReadWithMangledAccents() {
        byte[] latin1 = "name,email\r\nJosé Núñez,jose@example.org\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.read(latin1)).isInstanceOf(CsvReader.NotUtf8Exception.class);
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreRecognised() {
        assertThat(CsvReader.looksLikeFormula("=HYPERLINK(\"x\")")).isTrue();
        assertThat(CsvReader.looksLikeFormula("@SUM(A1)")).isTrue();
        assertThat(CsvReader.looksLikeFormula("María")).isFalse();
        assertThat(CsvReader.looksLikeFormula("")).isFalse();
    }

    @Test
    void aTypedWordFindsItsCodeByCodeOrByNameInEitherLanguage() {
        Vocabulary vocabulary = Vocabulary.platformDefaults();
        assertThat(Vocabulary.typedCode(vocabulary.residentCommunities(), "north shore")).contains("NORTH_SHORE");
        assertThat(Vocabulary.typedCode(vocabulary.residentCommunities(), "MECCA")).contains("MECCA");
        assertThat(Vocabulary.typedCode(vocabulary.residentCommunities(), "Atlantis")).isEmpty();
        assertThat(Vocabulary.typedCode(vocabulary.languages(), "Español")).contains("es");
    }
}
