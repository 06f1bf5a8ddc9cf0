package org.plaza.supporters.supporter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** The supporter record alone: hand-overs and actions in any order, and again, give the same record. */
class SupporterTest {

    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-05T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-09T10:00:00Z");

    private static final Consumer<Supporter> SIGNED_WITH_DETAILS = s -> s.share("share-1",
            new ContactDetails("ana@example.org", "Ana", "+17605550101", "es", "MECCA", T1),
            List.of(consent("share-1", true, T1)), Action.of(ActionKind.SIGNED, "camp-1", "pet-1", "petitions", T1), T1);
    private static final Consumer<Supporter> COMMENTED_LATER_FROM_OASIS = s -> s.share("share-2",
            new ContactDetails("ana@example.org", "Ana María", null, "en", "OASIS", T2),
            List.of(consent("share-2", false, T2)), Action.of(ActionKind.COMMENTED, "camp-2", "drive-1", "comments", T2), T2);
    private static final Consumer<Supporter> SIGNATURE_EVENT = s -> s.record(
            Action.of(ActionKind.SIGNED, "camp-1", "pet-1", "petitions", T1.plusSeconds(1)), "THERMAL", "en", T1);
    private static final Consumer<Supporter> VOLUNTEERED_WITH_DETAILS = s -> s.share("share-3",
            new ContactDetails("ana@example.org", null, null, null, null, T2), List.of(),
            Action.of(ActionKind.VOLUNTEERED, "camp-1", "shift-7", "outreach", T2), T2);
    private static final Consumer<Supporter> VOLUNTEER_EVENT = s -> s.record(
            Action.of(ActionKind.VOLUNTEERED, "camp-1", "vol-1", "outreach", T2.plusSeconds(2)), "MECCA", "es", T2);
    private static final Consumer<Supporter> ATTENDED_EVENT = s -> s.record(
            Action.of(ActionKind.ATTENDED, "camp-1", "shift-1", "outreach", T3), null, null, T3);

    @Test
    void factsArrivingInAnyOrderAndAgainEndInTheSameRecord() {
        List<Consumer<Supporter>> facts = List.of(SIGNED_WITH_DETAILS, COMMENTED_LATER_FROM_OASIS, SIGNATURE_EVENT,
                ATTENDED_EVENT, VOLUNTEERED_WITH_DETAILS, VOLUNTEER_EVENT);
        String expected = describe(apply(facts));
        Random random = new Random(20);
        for (int round = 0; round < 30; round++) {
            List<Consumer<Supporter>> shuffled = new ArrayList<>(facts);
            shuffled.addAll(facts.subList(0, random.nextInt(facts.size())));
            Collections.shuffle(shuffled, random);
            assertThat(describe(apply(shuffled))).as("round " + round).isEqualTo(expected);
        }
    }

    @Test
    void volunteeringHandedOverWithItsShiftAndReportedWithItsVolunteerRecordIsOneActionForTheCampaign() {
        Supporter supporter = apply(List.of(VOLUNTEER_EVENT, VOLUNTEERED_WITH_DETAILS));

        assertThat(supporter.actions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(ActionKind.VOLUNTEERED);
            assertThat(action.itemId()).isEqualTo("shift-7");
            assertThat(action.at()).isEqualTo(T2);
        });
    }

    @Test
    void theLatestDetailsWinAndABlankFieldKeepsWhatIsKnown() {
        Supporter supporter = apply(List.of(COMMENTED_LATER_FROM_OASIS, SIGNED_WITH_DETAILS));

        assertThat(supporter.name()).isEqualTo("Ana María");
        assertThat(supporter.community()).isEqualTo("OASIS");
        assertThat(supporter.language()).isEqualTo("en");
        assertThat(supporter.phone()).as("only the older hand-over had a phone").isEqualTo("+17605550101");
    }

    @Test
    void theSameActionFromItsHandOverAndItsEventIsOneActionAtTheEarlierTime() {
        Supporter supporter = apply(List.of(SIGNATURE_EVENT, SIGNED_WITH_DETAILS, SIGNATURE_EVENT));

        assertThat(supporter.actions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(ActionKind.SIGNED);
            assertThat(action.itemId()).isEqualTo("pet-1");
            assertThat(action.at()).isEqualTo(T1);
        });
    }

    @Test
    void anEventBeforeAnyHandOverFillsOnlyWhatIsUnknownAndTheHandOverThenReplacesIt() {
        Supporter supporter = apply(List.of(SIGNATURE_EVENT));
        assertThat(supporter.community()).isEqualTo("THERMAL");
        assertThat(supporter.email()).isNull();

        SIGNED_WITH_DETAILS.accept(supporter);

        assertThat(supporter.community()).isEqualTo("MECCA");
        assertThat(supporter.email()).isEqualTo("ana@example.org");
    }

    @Test
    void theLatestConsentDecisionIsInForceAndEveryDecisionKeepsItsWordingAndSource() {
        Supporter supporter = apply(List.of(COMMENTED_LATER_FROM_OASIS, SIGNED_WITH_DETAILS));

        assertThat(supporter.grantedPurposes()).isEmpty();
        assertThat(supporter.consent("EMAIL", "CAMPAIGN_UPDATES")).hasValueSatisfying(c -> {
            assertThat(c.granted()).isFalse();
            assertThat(c.shareId()).isEqualTo("share-2");
        });
        assertThat(supporter.consents()).extracting(Consent::wording, Consent::source)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Wording share-1", "PETITION_SIGNATURE"),
                        org.assertj.core.groups.Tuple.tuple("Wording share-2", "PETITION_SIGNATURE"));
    }

    @Test
    void aHandOverAlreadyAppliedChangesNothing() {
        Supporter supporter = apply(List.of(SIGNED_WITH_DETAILS));

        boolean changed = supporter.share("share-1", new ContactDetails("other@example.org", "Other", null, "en", "OASIS", T3),
                List.of(), null, T3);

        assertThat(changed).isFalse();
        assertThat(supporter.email()).isEqualTo("ana@example.org");
    }

    private static Consent consent(String shareId, boolean granted, Instant at) {
        return new Consent("EMAIL", "CAMPAIGN_UPDATES", granted, "Wording " + shareId, "PETITION_SIGNATURE", "petitions",
                "pet-1", null, null, shareId, at);
    }

    private static Supporter apply(List<Consumer<Supporter>> facts) {
        Supporter supporter = Supporter.newcomer("sup_ana", T1);
        facts.forEach(fact -> fact.accept(supporter));
        return supporter;
    }

    private static String describe(Supporter s) {
        return String.join("|", String.valueOf(s.email()), String.valueOf(s.name()), String.valueOf(s.phone()),
                String.valueOf(s.language()), String.valueOf(s.community()), String.valueOf(s.lastActiveAt()),
                s.actions().stream().map(Action::toString).sorted().toList().toString(),
                s.consents().stream().map(Consent::toString).sorted().toList().toString(),
                s.currentConsents().toString());
    }
}
