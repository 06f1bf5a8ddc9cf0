package org.plaza.starter.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.starter.webtest.FindPages;
import org.plaza.starter.webtest.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The find kit in a page: search without accents or case over stored words, the community filter, pages that
 * keep the query, the empty notice in both languages, and hostile input answered as plain words.
 */
class FindKitTest extends WebTest {

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private SearchIndex index;

    @BeforeEach
    void items() {
        mongo.dropCollection(FindPages.COLLECTION);
        mongo.save(new FindPages.Item("i1", "Participación ciudadana en Mecca", "Civic participation", List.of("agua"), "MECCA"));
        mongo.save(new FindPages.Item("i2", "Agua limpia para Oasis", "Clean water for Oasis", List.of(), "OASIS"));
        mongo.save(new FindPages.Item("i3", "Parques para niñas y niños", "Parks for children", List.of("PARTICIPACIÓN"), "MECCA"));
    }

    @Test
    void findsSpanishAndEnglishWordsWhateverTheirAccentsOrCase() {
        for (String q : List.of("participación", "participacion", "PARTICIPACION", "Particip")) {
            assertThat(titles("/find-items?q=" + encode(q))).as(q)
                    .containsExactly("Participación ciudadana en Mecca", "Parques para niñas y niños");
        }
        assertThat(titles("/find-items?q=" + encode("clean WATER"))).containsExactly("Agua limpia para Oasis");
        assertThat(titles("/find-items?q=" + encode("NIÑAS"))).containsExactly("Parques para niñas y niños");
        assertThat(titles("/find-items?q=agua&community=MECCA")).containsExactly("Participación ciudadana en Mecca");
    }

    @Test
    void aMaliciousPatternIsSearchedAsPlainWords() {
        var answer = get("/find-items?q=" + encode(".*(a+)+$"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(titles(answer.body())).containsExactly("Participación ciudadana en Mecca", "Agua limpia para Oasis");
        assertThat(get("/find-items?q=" + encode("[(*")).statusCode()).isEqualTo(200);
    }

    @Test
    void theFormKeepsTheQueryEscapedAndThePagerKeepsItInItsLinks() {
        String body = get("/find-items?q=" + encode("\"><script>alert(1)</script> p") + "&community=MECCA&lang=en").body();

        assertThat(body).contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; p\"")
                .doesNotContain("<script>alert").contains("<option value=\"MECCA\" selected=\"selected\">")
                .contains("<input type=\"hidden\" name=\"campaign\" value=\"cmp_1\">");

        String first = get("/find-items?q=" + encode("p")).body();
        assertThat(titles(first)).hasSize(2);
        assertThat(first).contains("href=\"/find-items?q=p&amp;page=2\"").contains("Página 1");
        assertThat(titles(get("/find-items?q=p&page=2").body())).containsExactly("Parques para niñas y niños");
    }

    @Test
    void anEmptyResultSaysSoInBothLanguagesAndOffersEverything() {
        assertThat(get("/find-items?q=zzz&lang=es").body()).contains("Nada coincide con tu búsqueda y filtros.")
                .contains(">Mostrar todo</a>");
        assertThat(get("/find-items?q=zzz&lang=en").body()).contains("Nothing matches your search and filters.")
                .contains(">Show all</a>", ">Search</label>", ">Community</label>");
    }

    @Test
    void documentsWrittenBeforeTheirCollectionWasSearchableGetTheirWordsAtStartUp() {
        mongo.getCollection(FindPages.COLLECTION).insertOne(new Document("_id", "old").append("titleEs", "Escuela Pública")
                .append("community", "MECCA"));
        assertThat(titles("/find-items?q=publica")).isEmpty();

        index.prepareAll();

        assertThat(titles("/find-items?q=publica")).containsExactly("Escuela Pública");
    }

    private List<String> titles(String pathOrBody) {
        String body = pathOrBody.startsWith("/") ? get(pathOrBody).body() : pathOrBody;
        return java.util.regex.Pattern.compile("<li class=\"item\">([^<]*)</li>").matcher(body).results()
                .map(m -> m.group(1).replace("&amp;", "&")).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
