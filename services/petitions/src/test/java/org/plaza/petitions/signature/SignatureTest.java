package org.plaza.petitions.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.petitions.tally.Contribution;
import org.plaza.starter.supporter.ContactSource;
import org.plaza.starter.supporter.SupporterContact;
import org.plaza.starter.outbox.PendingEvent;

/** A signature's rules without Spring: confirmation, replays, code attempts, resend limits and counting. */
class SignatureTest {

    static final Instant NOW = Instant.parse("2026-03-01T18:00:00Z");
    static final Duration TTL = Duration.ofHours(72);

    final List<Credential.Issued> issued = new ArrayList<>();
    final Mailer mailer = new Mailer() {
        @Override
        public NotificationRequested verification(Signature signature, Credential.Issued credential, int sendNumber) {
            issued.add(credential);
            return new NotificationRequested(signature.id() + ":verification:" + sendNumber, "petitions",
                    "TRANSACTIONAL", "petitions.signature-verification", "es", "rosa@example.org", "Rosa", Map.of(),
                    "cmp_1", signature.supporterId(), List.of(), null, null, NOW);
        }

        @Override
        public Optional<NotificationRequested> alreadyConfirmed(Signature signature, int sendNumber, String language) {
            return Optional.empty();
        }

        @Override
        public SupporterContactShared contactShared(Signature signature) {
            return SupporterContact.builder().action("petitions", ContactSource.PETITION_SIGNATURE, signature.id())
                    .supporterId(signature.supporterId()).contact(signature.signer().email(), null)
                    .locale(signature.language()).sharedAt(signature.verifiedAt()).build();
        }

        @Override
        public Optional<NotificationRequested> volunteerInvitation(Signature signature) {
            return Optional.of(signature).filter(Signature::volunteerOptIn).map(s -> new NotificationRequested(
                    "outreach-invitation:sup_x:cmp_1", "petitions", "INVITATIONS", "outreach.volunteer-invitation",
                    "es", "rosa@example.org", "Rosa", Map.of(), "cmp_1", "sup_x", List.of(), null, null, NOW));
        }
    };

    Signature signature(FlagReason flag) {
        return signature(flag, false);
    }

    Signature signature(FlagReason flag, boolean volunteer) {
        return Signature.submit("sig_1", new SigningPetition("pet_1", "cmp_1", "agua"), "sup_x",
                new Signer("Rosa", "rosa@example.org", "example.org", "203.0.113.0/24", "4:cb007100", null, null),
                "MECCA", "es", true, volunteer, false, flag, NOW, TTL, mailer);
    }

    @Test
    void aVolunteerIsInvitedOnceWhenTheEmailIsConfirmedWhateverIsReplayed() {
        Signature signature = signature(null, true);
        assertThat(notifications(signature)).isEqualTo(1);

        String code = issued.get(0).code();
        String secret = issued.get(0).token().substring(issued.get(0).token().indexOf('.') + 1);
        assertThat(signature.confirmWithCode(code, NOW.plusSeconds(60), 8, mailer))
                .isEqualTo(Signature.Confirmation.CONFIRMED);
        assertThat(notifications(signature)).isEqualTo(2);

        signature.confirmWithCode(code, NOW.plusSeconds(70), 8, mailer);
        signature.confirmWithSecret(secret, NOW.plusSeconds(80), mailer);
        signature.requestAgain(NOW.plusSeconds(200), TTL, Duration.ofSeconds(60), 5, "es", mailer);
        assertThat(notifications(signature)).isEqualTo(2);
    }

    @Test
    void nobodyIsInvitedWithoutTheVolunteerOptInOrBeforeConfirming() {
        Signature volunteer = signature(null, true);
        volunteer.confirmWithCode(issued.get(0).code(), NOW.plus(TTL), 8, mailer);
        assertThat(notifications(volunteer)).isEqualTo(1);

        Signature other = signature(null, false);
        other.confirmWithCode(issued.get(1).code(), NOW.plusSeconds(60), 8, mailer);
        assertThat(other.status()).isEqualTo(SignatureStatus.VERIFIED);
        assertThat(notifications(other)).isEqualTo(1);
    }

    @Test
    void staysPendingAndOutOfTheVerifiedCountUntilConfirmed() {
        Signature signature = signature(null);
        assertThat(signature.status()).isEqualTo(SignatureStatus.PENDING);
        assertThat(signature.contribution()).isEqualTo(new Contribution(1, 0, "MECCA"));
        assertThat(types(signature)).containsExactly("plaza.notifications.notification-requested.v1");
    }

    @Test
    void confirmsOnceWithTheCodeAndAnnouncesSignatureVerifiedOnce() {
        Signature signature = signature(null);
        String code = issued.get(0).code();

        assertThat(signature.confirmWithCode(code, NOW.plusSeconds(60), 8, mailer))
                .isEqualTo(Signature.Confirmation.CONFIRMED);
        assertThat(signature.confirmWithCode(code, NOW.plusSeconds(90), 8, mailer))
                .isEqualTo(Signature.Confirmation.ALREADY_CONFIRMED);
        String secret = issued.get(0).token().substring(issued.get(0).token().indexOf('.') + 1);
        assertThat(signature.confirmWithSecret(secret, NOW.plusSeconds(120), mailer))
                .isEqualTo(Signature.Confirmation.ALREADY_CONFIRMED);

        assertThat(signature.contribution()).isEqualTo(new Contribution(1, 1, "MECCA"));
        assertThat(types(signature)).filteredOn(t -> t.contains("signature-verified")).hasSize(1);
    }

    @Test
    void theSignersDetailsAreHandedOverOnceWhenTheEmailIsConfirmedAndNeverBefore() {
        Signature signature = signature(null, true);
        signature.requestAgain(NOW.plusSeconds(120), TTL, Duration.ofSeconds(60), 5, "es", mailer);
        signature.confirmWithCode("000000".equals(issued.get(0).code()) ? "000001" : "000000", NOW, 8, mailer);
        signature.confirmWithCode(issued.get(0).code(), NOW.plus(TTL), 8, mailer);
        assertThat(handOvers(signature)).isZero();

        String secret = issued.get(1).token().substring(issued.get(1).token().indexOf('.') + 1);
        assertThat(signature.confirmWithSecret(secret, NOW.plusSeconds(180), mailer))
                .isEqualTo(Signature.Confirmation.CONFIRMED);
        signature.confirmWithSecret(secret, NOW.plusSeconds(240), mailer);
        signature.confirmWithCode(issued.get(1).code(), NOW.plusSeconds(300), 8, mailer);
        signature.requestAgain(NOW.plusSeconds(400), TTL, Duration.ofSeconds(60), 5, "es", mailer);
        assertThat(handOvers(signature)).isEqualTo(1);
    }

    @Test
    void aWrongCodeOnAConfirmedSignatureIsStillJustWrong() {
        Signature signature = signature(null);
        signature.confirmWithCode(issued.get(0).code(), NOW, 8, mailer);
        String wrong = issued.get(0).code().equals("000000") ? "000001" : "000000";
        assertThat(signature.confirmWithCode(wrong, NOW, 8, mailer)).isEqualTo(Signature.Confirmation.INVALID);
    }

    @Test
    void locksCodeEntryAfterTooManyWrongCodesButTheLinkStillWorks() {
        Signature signature = signature(null);
        String wrong = issued.get(0).code().equals("000000") ? "000001" : "000000";
        for (int i = 0; i < 3; i++) {
            assertThat(signature.confirmWithCode(wrong, NOW, 3, mailer)).isEqualTo(Signature.Confirmation.INVALID);
        }
        assertThat(signature.confirmWithCode(issued.get(0).code(), NOW, 3, mailer))
                .isEqualTo(Signature.Confirmation.LOCKED);
        String secret = issued.get(0).token().substring(issued.get(0).token().indexOf('.') + 1);
        assertThat(signature.confirmWithSecret(secret, NOW, mailer)).isEqualTo(Signature.Confirmation.CONFIRMED);
    }

    @Test
    void expiredCodesDoNotConfirm() {
        Signature signature = signature(null);
        assertThat(signature.confirmWithCode(issued.get(0).code(), NOW.plus(TTL), 8, mailer))
                .isEqualTo(Signature.Confirmation.EXPIRED);
        assertThat(signature.status()).isEqualTo(SignatureStatus.PENDING);
    }

    @Test
    void resendsWithinLimitsAndKeepsTheLastThreeCodesValid() {
        Signature signature = signature(null);
        Duration interval = Duration.ofSeconds(60);
        assertThat(signature.requestAgain(NOW.plusSeconds(10), TTL, interval, 3, "es", mailer))
                .isEqualTo(Sends.Verdict.TOO_SOON);
        assertThat(signature.requestAgain(NOW.plusSeconds(61), TTL, interval, 3, "es", mailer))
                .isEqualTo(Sends.Verdict.SEND);
        assertThat(signature.requestAgain(NOW.plusSeconds(122), TTL, interval, 3, "es", mailer))
                .isEqualTo(Sends.Verdict.SEND);
        assertThat(signature.requestAgain(NOW.plusSeconds(183), TTL, interval, 3, "es", mailer))
                .isEqualTo(Sends.Verdict.DAILY_LIMIT);
        assertThat(signature.requestAgain(NOW.plus(Duration.ofHours(25)), TTL, interval, 3, "es", mailer))
                .isEqualTo(Sends.Verdict.SEND);
        assertThat(issued).hasSize(4);
        assertThat(signature.confirmWithCode(issued.get(0).code(), NOW.plus(Duration.ofHours(25)), 8, mailer))
                .isIn(Signature.Confirmation.INVALID, Signature.Confirmation.CONFIRMED);
        assertThat(signature.confirmWithCode(issued.get(3).code(), NOW.plus(Duration.ofHours(25)), 8, mailer))
                .isIn(Signature.Confirmation.CONFIRMED, Signature.Confirmation.ALREADY_CONFIRMED);
    }

    @Test
    void aConfirmedSignerWhoSignsAgainIsToldInTheLanguageOfThatRequestWithinTheSameLimitsAsCodes() {
        List<String> told = new ArrayList<>();
        Mailer telling = new Mailer() {
            @Override
            public NotificationRequested verification(Signature signature, Credential.Issued credential, int sendNumber) {
                return mailer.verification(signature, credential, sendNumber);
            }

            @Override
            public Optional<NotificationRequested> alreadyConfirmed(Signature signature, int sendNumber, String language) {
                told.add(language + ":" + sendNumber);
                return Optional.of(new NotificationRequested(signature.id() + ":already-signed:" + sendNumber,
                        "petitions", "TRANSACTIONAL", "petitions.already-signed", language, "rosa@example.org", "Rosa",
                        Map.of(), "cmp_1", signature.supporterId(), List.of(), null, null, NOW));
            }

            @Override
            public Optional<NotificationRequested> volunteerInvitation(Signature signature) {
                return mailer.volunteerInvitation(signature);
            }

            @Override
            public SupporterContactShared contactShared(Signature signature) {
                return mailer.contactShared(signature);
            }
        };
        Signature signature = Signature.submit("sig_1", new SigningPetition("pet_1", "cmp_1", "agua"), "sup_x",
                new Signer("Rosa", "rosa@example.org", "example.org", "203.0.113.0/24", "4:cb007100", null, null),
                "MECCA", "es", true, false, false, null, NOW, TTL, telling);
        signature.confirmWithCode(issued.get(0).code(), NOW.plusSeconds(20), 8, telling);
        Duration interval = Duration.ofSeconds(60);

        assertThat(signature.requestAgain(NOW.plusSeconds(30), TTL, interval, 3, "en", telling))
                .isEqualTo(Sends.Verdict.TOO_SOON);
        assertThat(signature.requestAgain(NOW.plusSeconds(61), TTL, interval, 3, "en", telling))
                .isEqualTo(Sends.Verdict.SEND);
        assertThat(signature.requestAgain(NOW.plusSeconds(100), TTL, interval, 3, "es", telling))
                .isEqualTo(Sends.Verdict.TOO_SOON);
        assertThat(signature.requestAgain(NOW.plusSeconds(122), TTL, interval, 3, "es", telling))
                .isEqualTo(Sends.Verdict.SEND);
        assertThat(signature.requestAgain(NOW.plusSeconds(183), TTL, interval, 3, "en", telling))
                .isEqualTo(Sends.Verdict.DAILY_LIMIT);

        assertThat(told).containsExactly("en:2", "es:3");
        assertThat(notifications(signature)).isEqualTo(3);
        assertThat(issued).as("no new code for a confirmed signature").hasSize(1);
    }

    @Test
    void aFlaggedSignatureIsCountedOutUntilItsFlagIsCleared() {
        Signature signature = signature(FlagReason.CLIENT_BURST);
        assertThat(signature.contribution()).isEqualTo(new Contribution(0, 0, "MECCA"));
        signature.confirmWithCode(issued.get(0).code(), NOW, 8, mailer);
        assertThat(signature.contribution()).isEqualTo(new Contribution(0, 0, "MECCA"));
        assertThat(types(signature)).noneMatch(t -> t.contains("signature-verified"));

        signature.clearFlag("org-1", NOW);
        assertThat(signature.contribution()).isEqualTo(new Contribution(1, 1, "MECCA"));
        assertThat(types(signature)).filteredOn(t -> t.contains("signature-verified")).hasSize(1);
    }

    @Test
    void invalidationAndRestoreMoveTheSignatureOutOfAndBackIntoTheCounts() {
        Signature signature = signature(null);
        signature.confirmWithCode(issued.get(0).code(), NOW, 8, mailer);
        assertThat(signature.invalidate("inv_1", "EMAIL_DOMAIN", NOW)).isTrue();
        assertThat(signature.invalidate("inv_2", "TIME_WINDOW", NOW)).isFalse();
        assertThat(signature.contribution()).isEqualTo(new Contribution(0, 0, "MECCA"));
        assertThat(signature.restore("inv_2", NOW)).isEqualTo(Signature.Restoration.NOT_IN_BATCH);
        assertThat(signature.restore("inv_1", NOW)).isEqualTo(Signature.Restoration.RESTORED_ANNOUNCED);
        assertThat(signature.contribution()).isEqualTo(new Contribution(1, 1, "MECCA"));
    }

    @Test
    void aSignatureConfirmedWhileInvalidatedIsAnnouncedWhenRestored() {
        Signature signature = signature(null);
        signature.invalidate("inv_1", "TIME_WINDOW", NOW);
        signature.confirmWithCode(issued.get(0).code(), NOW, 8, mailer);
        assertThat(types(signature)).noneMatch(t -> t.contains("signature-verified"));
        assertThat(signature.restore("inv_1", NOW)).isEqualTo(Signature.Restoration.RESTORED);
        assertThat(types(signature)).filteredOn(t -> t.contains("signature-verified")).hasSize(1);
    }

    private static long handOvers(Signature signature) {
        return types(signature).stream().filter(t -> t.contains("supporter-contact-shared")).count();
    }

    private static long notifications(Signature signature) {
        return types(signature).stream().filter(t -> t.contains("notification-requested")).count();
    }

    private static List<String> types(Signature signature) {
        return signature.pendingEvents().stream().map(PendingEvent::type).toList();
    }
}
