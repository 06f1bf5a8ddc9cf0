package org.plaza.notifications.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plaza.notifications.template.Category;
import org.plaza.starter.supporter.SupporterSettings;

/** Unsubscribe links carry no address and cannot be forged or pointed at another category. */
class UnsubscribeLinksTest {

    private final UnsubscribeLinks links = new UnsubscribeLinks(new LinkSettings("https://plaza.example/", ""),
            new SupporterSettings("a-supporter-key-of-at-least-32-bytes-long"));

    @Test
    void linkPointsAtTheUnsubscribePageInTheRecipientsLanguageAndReadsBack() {
        String url = links.urlFor("sup_abc", Category.REMINDERS, Locale.forLanguageTag("es"));
        String token = url.substring("https://plaza.example/notifications/unsubscribe/".length(), url.indexOf('?'));

        assertThat(url).startsWith("https://plaza.example/notifications/unsubscribe/").endsWith("?lang=es");
        assertThat(links.read(token)).contains(new Unsubscribe("sup_abc", Category.REMINDERS));
    }

    @Test
    void tamperedOrTruncatedTokensAreRefused() {
        String token = links.tokenFor("sup_abc", Category.REMINDERS);
        String otherPayload = links.tokenFor("sup_xyz", Category.REMINDERS).split("\\.")[0];

        assertThat(links.read(otherPayload + "." + token.split("\\.")[1])).isEmpty();
        assertThat(links.read(token.substring(0, token.length() - 2))).isEmpty();
        assertThat(links.read("nonsense")).isEmpty();
        assertThat(links.read("%%%.%%%")).isEmpty();
    }

    @Test
    void tokensForAlwaysSentCategoriesUnsubscribeFromNothing() {
        assertThat(links.read(links.tokenFor("sup_abc", Category.TRANSACTIONAL))).isEmpty();
    }

    @Test
    void anotherKeySignsDifferently() {
        UnsubscribeLinks other = new UnsubscribeLinks(new LinkSettings("https://plaza.example", ""),
                new SupporterSettings("another-supporter-key-of-at-least-32-bytes"));

        assertThat(other.read(links.tokenFor("sup_abc", Category.REMINDERS))).isEmpty();
    }
}
