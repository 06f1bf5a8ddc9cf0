package org.plaza.supporters.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.outbox.PendingEvent;
import org.plaza.starter.problem.PlazaProblem;

/** What a broadcast decides on its own: when it needs a second approval, who may give it, and what each recipient gets. */
class BroadcastTest {

    private static final Instant NOW = Instant.parse("2026-12-07T16:00:00Z");
    private static final long THRESHOLD = 500;

    private final Broadcast broadcast = Broadcast.draft("brd_1", "cmp-agua", new Message("Hola", "Texto"),
            new Message("Hello", "Text"), AudienceFilter.everyone(), "org-ana", NOW);

    @Test
    void aBroadcastAtOrBelowTheThresholdIsScheduledAtOnce() {
        broadcast.requestSend(null, THRESHOLD, THRESHOLD, "org-ana", NOW);

        assertThat(broadcast.status()).isEqualTo(BroadcastStatus.SCHEDULED);
        assertThat(broadcast.dueAt(NOW)).isTrue();
    }

    @Test
    void aBroadcastAboveTheThresholdWaitsForASecondApprovalAndIsNotDue() {
        broadcast.requestSend(null, THRESHOLD + 1, THRESHOLD, "org-ana", NOW);

        assertThat(broadcast.status()).isEqualTo(BroadcastStatus.AWAITING_APPROVAL);
        assertThat(broadcast.dueAt(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void theAuthorCannotApproveTheirOwnBroadcast() {
        broadcast.requestSend(null, 2000, THRESHOLD, "org-ana", NOW);

        assertThat(broadcast.mayBeApprovedBy("org-ana")).isFalse();
        assertThatThrownBy(() -> broadcast.approve("org-ana", NOW)).isInstanceOfSatisfying(PlazaProblem.class,
                problem -> assertThat(problem.getStatus().value()).isEqualTo(403));
        assertThat(broadcast.status()).isEqualTo(BroadcastStatus.AWAITING_APPROVAL);
    }

    @Test
    void whoeverAskedToSendItCannotApproveItEither() {
        broadcast.requestSend(null, 2000, THRESHOLD, "org-luis", NOW);

        assertThat(broadcast.mayBeApprovedBy("org-luis")).isFalse();
        assertThat(broadcast.mayBeApprovedBy("org-ana")).isFalse();
        assertThat(broadcast.mayBeApprovedBy("org-rosa")).isTrue();
    }

    @Test
    void aSecondStaffMembersApprovalSchedulesItAndIsRecordedAndAudited() {
        broadcast.requestSend(NOW.plus(Duration.ofHours(2)), 2000, THRESHOLD, "org-ana", NOW);
        broadcast.approve("org-rosa", NOW.plusSeconds(60));

        assertThat(broadcast.status()).isEqualTo(BroadcastStatus.SCHEDULED);
        assertThat(broadcast.approvedBy()).isEqualTo("org-rosa");
        assertThat(broadcast.sendAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(audits()).as("create, ask for approval, approve").isEqualTo(3);
    }

    @Test
    void changingTheWordsAfterApprovalNeedsAnApprovalAgain() {
        broadcast.requestSend(null, 2000, THRESHOLD, "org-ana", NOW);
        broadcast.approve("org-rosa", NOW);
        broadcast.edit(new Message("Hola", "Otro texto"), new Message("Hello", "Other text"), AudienceFilter.everyone(),
                "org-ana", NOW);

        assertThat(broadcast.status()).isEqualTo(BroadcastStatus.DRAFT);
        assertThat(broadcast.approvedBy()).isNull();
    }

    @Test
    void aBroadcastBeingSentCanNoLongerChange() {
        broadcast.requestSend(null, 10, THRESHOLD, "org-ana", NOW);
        broadcast.startQueuing("queue-1", NOW, NOW.plusSeconds(120));

        assertThatThrownBy(() -> broadcast.edit(new Message("a", "b"), new Message("c", "d"), null, "org-ana", NOW))
                .isInstanceOfSatisfying(PlazaProblem.class, p -> assertThat(p.getType()).isEqualTo("broadcast-already-sent"));
    }

    @Test
    void eachRecipientGetsTheirOwnLanguageAndAnIdThatIsTheirsAlone() {
        NotificationRequested english = broadcast.requestFor(new Recipient("sup_a", "a@example.org", "Ann", "en", true), NOW);
        NotificationRequested spanish = broadcast.requestFor(new Recipient("sup_b", "b@example.org", null, "es", true), NOW);
        NotificationRequested other = broadcast.requestFor(new Recipient("sup_c", "c@example.org", null, "mix", true), NOW);

        assertThat(english.requestId()).isEqualTo("brd_1:sup_a");
        assertThat(english.locale()).isEqualTo("en");
        assertThat(english.templateParameters()).containsEntry("subject", "Hello").containsEntry("body", "Text");
        assertThat(spanish.templateParameters()).containsEntry("subject", "Hola");
        assertThat(other.locale()).isEqualTo("es");
        assertThat(english.category()).isEqualTo("CAMPAIGN_UPDATES");
        assertThat(english.templateKey()).isEqualTo("supporters.broadcast");
    }

    @Test
    void onlyRecipientsWhoAgreedToUpdatesByEmailAreReachable() {
        assertThat(new Recipient("sup_a", "a@example.org", null, "es", true).emailable()).isTrue();
        assertThat(new Recipient("sup_b", "b@example.org", null, "es", false).emailable()).isFalse();
        assertThat(new Recipient("sup_c", null, null, "es", true).emailable()).isFalse();
    }

    @Test
    void onlyRecipientsWhoAgreedToUpdatesByTextAndGaveAMobileNumberCanBeTexted() {
        assertThat(new Recipient("sup_a", null, null, "es", false, "+17605550123", true).textable()).isTrue();
        assertThat(new Recipient("sup_b", "b@example.org", null, "es", true, "+17605550123", false).textable())
                .as("agreed by email only").isFalse();
        assertThat(new Recipient("sup_c", null, null, "es", false, null, true).textable()).as("no number").isFalse();
        assertThat(new Recipient("sup_d", null, null, "es", false, "760 555 0123", true).textable())
                .as("a number as typed on a sheet, not E.164").isFalse();
    }

    @Test
    void aTextGoesToTheRecipientsMobileInTheirLanguageAsAnOptionalCampaignUpdateApartFromTheirEmail() {
        Broadcast both = Broadcast.draft("brd_2", "cmp-agua", new Message("Hola", "Texto largo"),
                new Message("Hello", "Long text"), BroadcastChannel.EMAIL_AND_SMS,
                new ShortText("La junta se reúne el martes", "The board meets Tuesday"), AudienceFilter.everyone(),
                "org-ana", NOW);
        Recipient ana = new Recipient("sup_a", "a@example.org", "Ana", "en", true, "+17605550123", true);

        NotificationRequested text = both.textRequestFor(ana, NOW);
        NotificationRequested email = both.requestFor(ana, NOW);

        assertThat(text.requestId()).isEqualTo("brd_2:sup_a:sms").isNotEqualTo(email.requestId());
        assertThat(text.channel()).isEqualTo(NotificationRequested.SMS);
        assertThat(text.recipientPhone()).isEqualTo("+17605550123");
        assertThat(text.recipientEmail()).isNull();
        assertThat(text.locale()).isEqualTo("en");
        assertThat(text.category()).as("optional: quiet hours and STOP apply").isEqualTo("CAMPAIGN_UPDATES");
        assertThat(text.templateKey()).isEqualTo("supporters.broadcast");
        assertThat(text.templateParameters()).containsEntry("body", "The board meets Tuesday")
                .containsEntry("subject", "Hello");
        assertThat(text.supporterId()).isEqualTo("sup_a");
        assertThat(text.relatedIds()).containsExactly("brd_2");
        assertThat(email.templateParameters()).containsEntry("body", "Long text");
    }

    @Test
    void withBothChannelsEachRecipientGetsEveryChannelTheyAgreedToAndOnlyThoseWithNeitherAreSkipped() {
        Reach reach = Reach.tally(BroadcastChannel.EMAIL_AND_SMS)
                .add(new Recipient("sup_a", "a@example.org", null, "es", true, "+17605550101", true))
                .add(new Recipient("sup_b", null, null, "en", false, "+17605550102", true))
                .add(new Recipient("sup_c", "c@example.org", null, "es", true))
                .add(new Recipient("sup_d", "d@example.org", null, "es", false, "+17605550104", false)).reach();

        assertThat(reach.in("es")).isEqualTo(new Reach.Counts(3, 2, 1, 1));
        assertThat(reach.in("en")).isEqualTo(new Reach.Counts(1, 0, 1, 0));
        assertThat(Reach.tally(BroadcastChannel.EMAIL)
                .add(new Recipient("sup_b", null, null, "en", false, "+17605550102", true)).reach().nobody())
                .as("an email broadcast never texts").isEqualTo(1);
    }

    @Test
    void aBroadcastByTextAloneShowsItsTextInTheTestEmailToStaff() {
        Broadcast texts = Broadcast.draft("brd_3", "cmp-agua", new Message("Hola", ""), new Message("Hello", ""),
                BroadcastChannel.SMS, new ShortText("Texto corto", "Short text"), AudienceFilter.everyone(), "org-ana",
                NOW);

        assertThat(texts.emailParameters("es")).containsEntry("body", "Texto corto").containsEntry("subject", "Hola");
        assertThat(texts.emailParameters("en")).containsEntry("body", "Short text");
    }

    @Test
    void aTestGoesInBothLanguagesToTheStaffMember() {
        broadcast.sendTest("org-ana", "ana@alianza.example", "sup_ana", NOW);

        assertThat(broadcast.pendingEvents()).extracting(PendingEvent::subject)
                .contains("brd_1:test:1:es", "brd_1:test:1:en");
    }

    @Test
    void paragraphsAreSplitOnBlankLinesAndKeepTheirLineBreaks() {
        Message message = new Message("S", "One\r\nline two\n\n \nThree");

        assertThat(message.paragraphs()).containsExactly(List.of("One", "line two"), List.of("Three"));
    }

    private long audits() {
        return broadcast.pendingEvents().stream().filter(e -> e.type().contains("staff-action-audited")).count();
    }
}
