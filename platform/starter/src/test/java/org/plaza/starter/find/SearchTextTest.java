package org.plaza.starter.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.starter.vocabulary.Vocabulary;

/** Words compare without accents or case; a query never reaches MongoDB as a regular expression of its own. */
class SearchTextTest {

    private final Vocabulary vocabulary = Vocabulary.platformDefaults();

    @Test
    void accentsAndCapitalsDoNotMatter() {
        assertThat(SearchText.normalize("Participación")).isEqualTo("participacion")
                .isEqualTo(SearchText.normalize("PARTICIPACION")).isEqualTo(SearchText.normalize("participacion"));
        assertThat(SearchText.normalize("Niñez PÚBLICA Über")).isEqualTo("ninez publica uber");
        assertThat(SearchText.normalize("İSTANBUL")).isEqualTo("istanbul");
    }

    @Test
    void aQueryIsItsDistinctWordsOfLettersAndDigits() {
        assertThat(SearchText.queryWords("  ¡Agua, agua LIMPIA! 2026 ")).containsExactly("agua", "limpia", "2026");
        assertThat(SearchText.queryWords(null)).isEmpty();
        assertThat(SearchText.queryWords("a b c d e f g h i j k")).hasSize(SearchText.MAX_QUERY_WORDS);
    }

    @Test
    void aMaliciousPatternBecomesPlainAnchoredWords() {
        List<String> words = SearchText.queryWords(".*(a+)+$");

        assertThat(words).containsExactly("a");
        assertThat(SearchIndex.matching(words).getCriteriaObject().toJson()).isEqualTo("{\"_search\": {\"$regularExpression\": {\"pattern\": \"^a\", \"options\": \"\"}}}");
        assertThat(SearchIndex.matching(SearchText.queryWords("$where {\"$ne\": 1} \\Q.*\\E")).getCriteriaObject()
                .toJson()).doesNotContain("$where", "$ne", ".*").contains("\"^where\"", "\"^ne\"", "\"^1\"", "\"^q\"", "\"^e\"");
    }

    @Test
    void anythingButALetterOrDigitWouldBeEscapedInTheExpression() {
        assertThat(SearchIndex.literal("agua")).isEqualTo("agua");
        assertThat(SearchIndex.literal("a.b*")).isEqualTo("a\\.b\\*");
    }

    @Test
    void noWordsIsNoCondition() {
        assertThat(SearchIndex.matching(List.of()).getCriteriaObject()).isEmpty();
    }

    @Test
    void theWordsOfADocumentComeFromItsNamedFieldsNestedOrListed() {
        Document document = new Document("details", new Document("titleEs", "Agua limpia para Oasis")
                .append("titleEn", "Clean water")).append("tags", List.of("Participación", "agua"))
                .append("secret", "not indexed");
        Searchable searchable = Searchable.collection("items", "details.titleEs", "details.titleEn", "tags", "missing");

        assertThat(SearchIndex.wordsOf(document, searchable))
                .containsExactly("agua", "limpia", "para", "oasis", "clean", "water", "participacion");
    }

    @Test
    void aQueryIgnoresWhatItDoesNotKnowAndNeverRefuses() {
        FindQuery find = new FindQuery("  " + "x".repeat(300), "ATLANTIS", "NOT_AN_AREA", "abc").checked(vocabulary);

        assertThat(find.q()).hasSize(FindQuery.MAX_TEXT);
        assertThat(find.community()).isNull();
        assertThat(find.issueArea()).isNull();
        assertThat(find.pageNumber()).isEqualTo(1);
        assertThat(new FindQuery(null, "MECCA", null, "-4").checked(vocabulary).pageNumber()).isEqualTo(1);
        assertThat(new FindQuery("  ", null, null, "3").checked(vocabulary).filtered()).isFalse();
        assertThat(new FindQuery(null, null, null, "99999999999").pageNumber()).isEqualTo(1);
    }

    @Test
    void pageLinksKeepTheQueryFormEncoded() {
        FindQuery find = new FindQuery("agua & \"más\" #1", "MECCA", null, "2").checked(vocabulary);

        assertThat(find.href("/petitions", 3))
                .isEqualTo("/petitions?q=agua+%26+%22m%C3%A1s%22+%231&community=MECCA&page=3");
        assertThat(find.href("/petitions", 1)).isEqualTo("/petitions?q=agua+%26+%22m%C3%A1s%22+%231&community=MECCA");
        assertThat(FindQuery.none().href("/outreach/shifts?campaign=c1", 2)).isEqualTo("/outreach/shifts?campaign=c1&page=2");
    }

    @Test
    void aPageKnowsItsNeighboursFromOneItemMore() {
        FindQuery second = new FindQuery(null, null, null, "2");

        FindPage<String> page = FindPage.of(List.of("a", "b", "c"), 2, second, "/x");

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.previousHref()).isEqualTo("/x");
        assertThat(page.nextHref()).isEqualTo("/x?page=3");
        assertThat(FindPage.of(List.of("a"), 2, FindQuery.none(), "/x").paged()).isFalse();
    }
}
