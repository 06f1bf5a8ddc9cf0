package org.plaza.notifications.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.starter.sms.SmsSegments;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every template of the catalogue, rendered in Spanish and English, with no missing message or parameter. */
class TemplatesTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);
    /** The one subject an organizer writes whole, in each language: the same sample gives the same subject. */
    private static final String BROADCAST_SUBJECT = "mail.supporters.broadcast.subject";
    private static final String UNSUBSCRIBE = "https://plaza.example/notifications/unsubscribe/t0ken?lang=";

    private final TemplateCatalog catalog = new TemplateCatalog();
    private final TemplateRenderer renderer = new TemplateRenderer(messages(), new BrandingSettings("Alianza Coachella Valley", ""));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "plaza/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void everyTemplateRendersEveryParameterInBothLanguagesWithoutMissingTexts() {
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(14);
        for (MessageTemplate template : catalog.all()) {
            for (Locale language : LANGUAGES) {
                Map<String, String> parameters = sampleParameters(template.parameters());
                RenderedEmail email = render(template, language, "Ana Pérez", parameters);
                String where = template.key() + " in " + language;

                assertThat(email.subject()).as(where).isNotBlank().doesNotContain("??", "{", "null");
                for (String part : List.of(email.text(), email.html())) {
                    assertThat(part).as(where).doesNotContain("??", "{0}", "{1}", "null", "[#", "[(")
                            .contains("Ana Pérez");
                    for (String value : parameters.values()) {
                        assertThat(part).as(where + " shows " + value).contains(value);
                    }
                }
                assertThat(email.html()).as(where).contains("lang=\"" + language.getLanguage() + "\"");
            }
        }
    }

    @Test
    void everyTemplateRendersWithOnlyItsRequiredParameters() {
        for (MessageTemplate template : catalog.all()) {
            for (Locale language : LANGUAGES) {
                RenderedEmail email = render(template, language, null, sampleParameters(template.required()));
                String where = template.key() + " in " + language;
                assertThat(email.subject()).as(where).doesNotContain("null", "{");
                assertThat(email.text()).as(where).doesNotContain("??", "null", "{0}").contains("Alianza Coachella Valley");
                assertThat(email.html()).as(where).doesNotContain("??", "null", "{0}").contains("Alianza Coachella Valley");
            }
        }
    }

    @Test
    void spanishAndEnglishTextsDiffer() {
        for (MessageTemplate template : catalog.all()) {
            Map<String, String> parameters = sampleParameters(template.parameters());
            RenderedEmail spanish = render(template, LANGUAGES.get(0), "Ana", parameters);
            RenderedEmail english = render(template, LANGUAGES.get(1), "Ana", parameters);
            assertThat(spanish.text()).as(template.key()).isNotEqualTo(english.text());
            if (!template.subjectKey().equals(BROADCAST_SUBJECT)) {
                assertThat(spanish.subject()).as(template.key()).isNotEqualTo(english.subject());
            }
        }
    }

    @Test
    void optionalCategoriesCarryTheUnsubscribeLinkAndAlwaysSentOnesSayWhy() {
        for (MessageTemplate template : catalog.all()) {
            for (Locale language : LANGUAGES) {
                RenderedEmail email = render(template, language, null, sampleParameters(template.parameters()));
                if (template.category().alwaysSent()) {
                    assertThat(email.text()).as(template.key()).doesNotContain(UNSUBSCRIBE);
                } else {
                    assertThat(email.text()).as(template.key()).contains(UNSUBSCRIBE + language.getLanguage());
                    assertThat(email.html()).as(template.key()).contains(UNSUBSCRIBE + language.getLanguage());
                }
            }
        }
    }

    @Test
    void spanishVerificationEmailGreetsTheSignerAndShowsTheCode() {
        MessageTemplate verification = catalog.find("petitions.signature-verification").orElseThrow();
        RenderedEmail email = render(verification, Locale.forLanguageTag("es"), "Ana", Map.of(
                "petitionTitle", "Agua limpia para Oasis", "code", "482913",
                "confirmUrl", "https://plaza.example/petitions/agua/confirm?t=abc"));

        assertThat(email.subject()).isEqualTo("Confirma tu firma: Agua limpia para Oasis");
        assertThat(email.text()).startsWith("Alianza Coachella Valley\n\nHola, Ana:")
                .contains("Gracias por firmar la petición «Agua limpia para Oasis»", "482913",
                        "Confirmar mi firma: https://plaza.example/petitions/agua/confirm?t=abc",
                        "aunque te hayas dado de baja");
        assertThat(email.html()).contains("<p class=\"code\">482913</p>",
                "href=\"https://plaza.example/petitions/agua/confirm?t=abc\"");
    }

    @Test
    void myDataCodeEmailShowsTheCodeAndIsAlwaysSentInTheResidentsLanguage() {
        MessageTemplate myData = catalog.find("supporters.my-data-code").orElseThrow();
        assertThat(myData.category()).isEqualTo(Category.TRANSACTIONAL);
        Map<String, String> parameters = Map.of("code", "604211", "myDataUrl", "https://plaza.example/supporters/my-data",
                "validFor", "15 minutos");

        RenderedEmail spanish = render(myData, Locale.forLanguageTag("es"), null, parameters);
        RenderedEmail english = render(myData, Locale.ENGLISH, null, Map.of("code", "604211",
                "myDataUrl", "https://plaza.example/supporters/my-data"));

        assertThat(spanish.subject()).isEqualTo("Tu código para ver tus datos");
        assertThat(spanish.text()).contains("604211", "Abrir mis datos: https://plaza.example/supporters/my-data",
                "El código sirve una vez, durante 15 minutos.");
        assertThat(spanish.html()).contains("<p class=\"code\">604211</p>");
        assertThat(english.subject()).isEqualTo("Your code to see your data");
        assertThat(english.text()).contains("604211", "Open my data: https://plaza.example/supporters/my-data")
                .contains("even if you unsubscribed");
    }

    @Test
    void parametersAreEscapedInHtml() {
        MessageTemplate update = catalog.find("petitions.update").orElseThrow();
        RenderedEmail email = render(update, Locale.ENGLISH, "<b>Ana</b>", Map.of("petitionTitle", "Water",
                "updateTitle", "<script>alert(1)</script>", "updateText", "Board meets & votes",
                "petitionUrl", "https://plaza.example/p"));

        assertThat(email.html()).doesNotContain("<script>", "<b>Ana</b>").contains("&lt;script&gt;", "&amp; votes");
    }

    @Test
    void anOrganizersBroadcastIsEscapedAndKeepsItsParagraphsAndLineBreaks() {
        MessageTemplate broadcast = catalog.find("supporters.broadcast").orElseThrow();
        String body = "The board meets on Tuesday.\r\n\r\nCome & speak: <script>alert(1)</script>\n"
                + "<a href=\"https://evil.example\">bring friends</a>\n\n\n  \nThank you";
        RenderedEmail email = render(broadcast, Locale.ENGLISH, "Ana", Map.of("subject", "Board <b>meeting</b>",
                "body", body));

        assertThat(email.subject()).isEqualTo("Board <b>meeting</b>");
        assertThat(email.html()).doesNotContain("<script>", "<a href=\"https://evil.example\">", "<b>meeting</b>")
                .contains("<p>The board meets on Tuesday.</p>",
                        "<p>Come &amp; speak: &lt;script&gt;alert(1)&lt;/script&gt;<br>"
                                + "&lt;a href=&quot;https://evil.example&quot;&gt;bring friends&lt;/a&gt;</p>",
                        "<p>Thank you</p>", "<title>Board &lt;b&gt;meeting&lt;/b&gt;</title>");
        assertThat(email.text()).contains("The board meets on Tuesday.", "<script>alert(1)</script>", "Thank you",
                UNSUBSCRIBE + "en");
    }

    @Test
    void aBroadcastNamesItsCampaignInTheRecipientsLanguage() {
        MessageTemplate broadcast = catalog.find("supporters.broadcast").orElseThrow();
        Map<String, String> parameters = Map.of("subject", "Agua", "body", "Hola", "campaignTitle", "Agua limpia");

        assertThat(render(broadcast, Locale.forLanguageTag("es"), null, parameters).text())
                .contains("Un mensaje de la campaña «Agua limpia»:", "aceptaste recibir sus novedades");
        assertThat(render(broadcast, Locale.ENGLISH, null, parameters).text())
                .contains("A message from the campaign “Agua limpia”:", "agreed to receive its updates");
    }

    @Test
    void everyMessageAResidentCanGetHasAShortTextInBothLanguages() {
        for (MessageTemplate template : catalog.all()) {
            if (template.category() == Category.PUBLIC_BODY_DELIVERY) {
                continue;
            }
            List<String> arguments = catalog.textArguments(template).orElse(List.of());
            assertThat(arguments).as(template.key() + " has a text-message variant").isNotEmpty();
            for (Locale language : LANGUAGES) {
                Map<String, String> parameters = sampleParameters(template.parameters());
                parameters.remove("organization");
                String text = renderer.renderText(template, language, arguments, parameters);
                String where = template.key() + " in " + language;
                assertThat(text).as(where).doesNotContain("??", "{", "null").startsWith("Alianza Coachella Valley: ");
                arguments.forEach(argument -> assertThat(text).as(where + " shows " + argument)
                        .contains(parameters.get(argument)));
                assertThat(SmsSegments.count(text).segments()).as(where + " fits in three segments").isLessThanOrEqualTo(3);
            }
        }
    }

    private RenderedEmail render(MessageTemplate template, Locale language, String name, Map<String, String> parameters) {
        String unsubscribe = template.category().alwaysSent() ? null : UNSUBSCRIBE + language.getLanguage();
        return renderer.renderEmail(template, language, new MailContent(name, parameters, true, unsubscribe));
    }

    static Map<String, String> sampleParameters(Iterable<String> names) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : names) {
            parameters.put(name, name.endsWith("Url") ? "https://plaza.example/" + name + "/x1" : "[" + name + "-value]");
        }
        return parameters;
    }
}
