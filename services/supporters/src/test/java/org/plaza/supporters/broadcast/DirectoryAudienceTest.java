package org.plaza.supporters.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plaza.starter.id.Ids;
import org.plaza.supporters.supporter.Action;
import org.plaza.supporters.supporter.ActionKind;
import org.plaza.supporters.supporter.Consent;
import org.plaza.supporters.supporter.ContactDetails;
import org.plaza.supporters.supporter.SupporterFilter;
import org.plaza.supporters.supporter.SupporterStore;
import org.plaza.supporters.testing.SupportersTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A broadcast's audience read from the supporter directory: the campaign's supporters who match, in supporter-id
 * order from a cursor, with the consent on their record; an unsubscribe withdraws it there. Who can be texted (SMS
 * consent and a mobile number in E.164) is the same whether counted from the index or read from the records.
 */
@SupportersTest
class DirectoryAudienceTest {

    @Autowired
    DirectoryAudience audience;

    @Autowired
    SupporterStore store;

    @Test
    void streamsTheCampaignsMatchingSupportersInIdOrderFromTheCursorWithTheirConsent() {
        String campaign = Ids.random("cmp");
        String prefix = "sup_" + campaign.substring(4) + "-";
        signed(prefix + "c", campaign, "MECCA", "en", true);
        signed(prefix + "a", campaign, "MECCA", "es", false);
        signed(prefix + "b", campaign, "OASIS", "es", true);
        signed(prefix + "d", Ids.random("cmp"), "MECCA", "es", true);
        AudienceFilter mecca = new AudienceFilter(null, "SIGNED", "MECCA");

        assertThat(audience.count(campaign, mecca)).isEqualTo(2);
        assertThat(audience.count(campaign, AudienceFilter.everyone())).isEqualTo(3);
        try (Stream<Recipient> all = audience.stream(campaign, mecca, null)) {
            assertThat(all.toList()).containsExactly(
                    new Recipient(prefix + "a", prefix + "a@example.org", "Vecina", "es", false),
                    new Recipient(prefix + "c", prefix + "c@example.org", "Vecina", "en", true));
        }
        try (Stream<Recipient> rest = audience.stream(campaign, AudienceFilter.everyone(), prefix + "a")) {
            assertThat(rest.map(Recipient::supporterId).toList()).containsExactly(prefix + "b", prefix + "c");
        }
    }

    @Test
    void aSavedSegmentsFilterIsReadWithinTheBroadcastsCampaign() {
        String campaign = Ids.random("cmp");
        String prefix = "sup_" + campaign.substring(4) + "-";
        signed(prefix + "a", campaign, "THERMAL", "es", true);
        signed(prefix + "b", campaign, "INDIO", "es", true);
        signed(prefix + "c", Ids.random("cmp"), "THERMAL", "es", true);
        SupporterFilter thermal = new SupporterFilter(null, null, null, "THERMAL", null, null, null, null, null);

        AudienceFilter segment = new AudienceFilter("seg_1", null, null, thermal);

        assertThat(audience.count(campaign, segment)).isEqualTo(1);
        try (Stream<Recipient> members = audience.stream(campaign, segment, null)) {
            assertThat(members.map(Recipient::supporterId).toList()).containsExactly(prefix + "a");
        }
    }

    @Test
    void anUnsubscribeWithdrawsTheConsentOnTheRecordOnce() {
        String campaign = Ids.random("cmp");
        String id = "sup_" + campaign.substring(4) + "-u";
        signed(id, campaign, "INDIO", "es", true);

        audience.withdrawConsent(id, "EMAIL", "CAMPAIGN_UPDATES", "uns_1", "brd_1:" + id, Instant.now());
        audience.withdrawConsent(id, "EMAIL", "CAMPAIGN_UPDATES", "uns_1", "brd_1:" + id, Instant.now());

        try (Stream<Recipient> recipients = audience.stream(campaign, AudienceFilter.everyone(), null)) {
            assertThat(recipients.toList()).singleElement().satisfies(r -> assertThat(r.emailable()).isFalse());
        }
        assertThat(store.find(id).orElseThrow().consents()).hasSize(2);
    }

    @Test
    void subscribingAgainRestoresTheConsentOnceButALaterUnsubscribeStillWins() {
        String campaign = Ids.random("cmp");
        String id = "sup_" + campaign.substring(4) + "-r";
        signed(id, campaign, "OASIS", "es", true);
        Instant unsubscribed = Instant.now().plusSeconds(1);
        audience.withdrawConsent(id, "EMAIL", "CAMPAIGN_UPDATES", "uns_2", "brd_2:" + id, unsubscribed);

        audience.restoreConsent(id, "EMAIL", "CAMPAIGN_UPDATES", "res_2", unsubscribed.plusSeconds(60));
        audience.restoreConsent(id, "EMAIL", "CAMPAIGN_UPDATES", "res_2", unsubscribed.plusSeconds(60));

        try (Stream<Recipient> recipients = audience.stream(campaign, AudienceFilter.everyone(), null)) {
            assertThat(recipients.toList()).singleElement().satisfies(r -> assertThat(r.emailable()).isTrue());
        }
        assertThat(store.find(id).orElseThrow().consent("EMAIL", "CAMPAIGN_UPDATES")).hasValueSatisfying(c -> {
            assertThat(c.source()).isEqualTo("RESUBSCRIBE_LINK");
            assertThat(c.service()).isEqualTo("notifications");
        });
        assertThat(store.find(id).orElseThrow().consents()).hasSize(3);

        audience.withdrawConsent(id, "EMAIL", "CAMPAIGN_UPDATES", "uns_3", null, unsubscribed.plusSeconds(120));
        audience.restoreConsent(id, "EMAIL", "CAMPAIGN_UPDATES", "res_old", unsubscribed.plusSeconds(90));
        assertThat(store.find(id).orElseThrow().grantedPurposes()).doesNotContain("EMAIL:CAMPAIGN_UPDATES");
    }

    @Test
    void aStopAndAStartTextedBackAreRecordedAsKeywordsNotAsTheUnsubscribeLink() {
        String campaign = Ids.random("cmp");
        String id = "sup_" + campaign.substring(4) + "-t";
        signed(id, campaign, "MECCA", "es", true);
        Instant stopped = Instant.now().plusSeconds(1);

        audience.withdrawConsent(id, "SMS", "CAMPAIGN_UPDATES", "uns_4", null, stopped);
        assertThat(store.find(id).orElseThrow().consent("SMS", "CAMPAIGN_UPDATES"))
                .hasValueSatisfying(c -> assertThat(c.source()).isEqualTo("SMS_KEYWORD"));

        audience.restoreConsent(id, "SMS", "CAMPAIGN_UPDATES", "res_4", stopped.plusSeconds(60));
        assertThat(store.find(id).orElseThrow().consent("SMS", "CAMPAIGN_UPDATES")).hasValueSatisfying(c -> {
            assertThat(c.source()).isEqualTo("SMS_KEYWORD");
            assertThat(c.granted()).isTrue();
        });
    }

    @Test
    void onlyThoseWhoAgreedToTextsAndGaveAMobileNumberCanBeTextedAndTheIndexCountsThemAsTheQueueReadsThem() {
        String campaign = Ids.random("cmp");
        String prefix = "sup_" + campaign.substring(4) + "-";
        texter(prefix + "a", campaign, "es", "+17605550101", true, true);
        texter(prefix + "b", campaign, "en", "+17605550102", true, false);
        texter(prefix + "c", campaign, "es", "+17605550103", false, true);
        texter(prefix + "d", campaign, "es", "(760) 555-0104", true, true);
        texter(prefix + "e", campaign, "es", null, true, true);
        texter(prefix + "f", campaign, "es", "+17605550106", true, true);
        audience.withdrawConsent(prefix + "f", "SMS", "CAMPAIGN_UPDATES", "uns_alto", null, Instant.now().plusSeconds(1));

        try (Stream<Recipient> all = audience.stream(campaign, AudienceFilter.everyone(), null)) {
            assertThat(all.filter(Recipient::textable).map(Recipient::supporterId).toList())
                    .as("SMS consent and a number in E.164; not after ALTO").containsExactly(prefix + "a", prefix + "b");
        }
        for (BroadcastChannel channel : BroadcastChannel.values()) {
            Reach.Tally streamed = Reach.tally(channel);
            try (Stream<Recipient> all = audience.stream(campaign, AudienceFilter.everyone(), null)) {
                all.forEach(streamed::add);
            }
            assertThat(audience.reach(campaign, AudienceFilter.everyone(), channel)).as(channel.name())
                    .isEqualTo(streamed.reach());
        }
        Reach both = audience.reach(campaign, AudienceFilter.everyone(), BroadcastChannel.EMAIL_AND_SMS);
        assertThat(List.of(both.emails(), both.texts(), both.nobody())).containsExactly(5L, 2L, 0L);
        assertThat(both.in("en")).isEqualTo(new Reach.Counts(1, 0, 1, 0));
        Reach texts = audience.reach(campaign, AudienceFilter.everyone(), BroadcastChannel.SMS);
        assertThat(List.of(texts.emails(), texts.texts(), texts.nobody())).containsExactly(0L, 2L, 4L);
    }

    /** A signer who gave a phone number and answered the email and the text boxes. */
    private void texter(String supporterId, String campaign, String language, String phone, boolean texts,
            boolean emails) {
        Instant at = Instant.now();
        List<Consent> consents = List.of(
                new Consent("EMAIL", "CAMPAIGN_UPDATES", emails, "Quiero recibir novedades", "PETITION_SIGNATURE",
                        "petitions", "pet_1", null, null, "shr_" + supporterId, at),
                new Consent("SMS", "CAMPAIGN_UPDATES", texts, "Quiero recibir mensajes de texto", "PETITION_SIGNATURE",
                        "petitions", "pet_1", null, null, "shr_" + supporterId, at));
        store.change(supporterId, true, (supporter, now) -> supporter.share("shr_" + supporterId,
                new ContactDetails(supporterId + "@example.org", "Vecina", phone, language, "OASIS", at), consents,
                Action.of(ActionKind.SIGNED, campaign, "pet_1", "petitions", at), now));
    }

    private void signed(String supporterId, String campaign, String community, String language, boolean updates) {
        Instant at = Instant.now();
        Consent consent = new Consent("EMAIL", "CAMPAIGN_UPDATES", updates, "Quiero recibir novedades", "PETITION_SIGNATURE",
                "petitions", "pet_1", null, null, "shr_" + supporterId, at);
        store.change(supporterId, true, (supporter, now) -> supporter.share("shr_" + supporterId,
                new ContactDetails(supporterId + "@example.org", "Vecina", null, language, community, at), List.of(consent),
                Action.of(ActionKind.SIGNED, campaign, "pet_1", "petitions", at), now));
    }
}
