package org.plaza.supporters.supporter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The index's counts and pages against a plain reading of the supporter records, for thousands of random
 * supporters and filters; and the scale the issue asks for (100,000 supporters), measured and printed.
 */
class SupporterIndexTest {

    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final String[] CAMPAIGNS = { "camp-water", "camp-air", "camp-school", "camp-parks" };
    private static final String[] COMMUNITIES = { "MECCA", "OASIS", "THERMAL", "COACHELLA", null };
    private static final String[] LANGUAGES = { "es", "en", null };
    private static final String[] PURPOSES = { "EMAIL:CAMPAIGN_UPDATES", "EMAIL:INVITATIONS", "SMS:REMINDERS" };
    private static final String[] TAGS = { "leader", "driver", "speaker" };
    private static final Instant START = Instant.parse("2026-01-01T08:00:00Z");

    private final SupportersSettings settings = new SupportersSettings(ZONE, 50, 5000);

    @Test
    void countsAndPagesMatchAPlainReadingOfTheRecordsForRandomFiltersAndScopes() {
        Random random = new Random(7);
        SupporterIndex index = new SupporterIndex(settings);
        List<Supporter> supporters = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Supporter supporter = randomSupporter(random, i);
            supporters.add(supporter);
            index.put(supporter);
        }
        for (int round = 0; round < 400; round++) {
            SupporterFilter filter = randomFilter(random);
            Scope scope = random.nextInt(3) == 0 ? Scope.everyone()
                    : Scope.campaigns(Set.of(CAMPAIGNS[random.nextInt(CAMPAIGNS.length)]));
            List<Supporter> expected = supporters.stream().filter(s -> reference(filter, scope, s)).toList();

            assertThat(index.count(filter, scope)).as(filter + " in " + scope).isEqualTo(expected.size());
            SupporterIndex.Page page = index.page(filter, scope, 0, 20);
            assertThat(page.total()).isEqualTo(expected.size());
            assertThat(page.ids()).hasSize(Math.min(20, expected.size()))
                    .allSatisfy(id -> assertThat(expected).anyMatch(s -> s.id().equals(id)));
            assertThat(index.ids(filter, scope)).containsExactlyInAnyOrderElementsOf(expected.stream().map(Supporter::id).toList());
        }
    }

    @Test
    void aChangeReplacesTheProfileAndAnOlderVersionNeverOverwritesANewerOne() {
        SupporterIndex index = new SupporterIndex(settings);
        Supporter supporter = Supporter.newcomer("sup_x", START);
        supporter.record(Action.of(ActionKind.SIGNED, "camp-water", "pet-1", "petitions", START), "MECCA", "es", START);
        index.put(supporter);
        SupporterFilter tagged = new SupporterFilter(null, null, null, null, null, null, "leader", null, null);
        assertThat(index.count(tagged, Scope.everyone())).isZero();

        supporter.addTag("leader", START);
        index.put(supporter);
        assertThat(index.count(tagged, Scope.everyone())).isEqualTo(1);

        index.remove("sup_x");
        assertThat(index.count(SupporterFilter.everyone(), Scope.everyone())).isZero();
    }

    @Test
    void organizersSeeOnlySupportersOfTheirCampaignsAndTheNotTakenFilterStaysInsideThem() {
        SupporterIndex index = new SupporterIndex(settings);
        Supporter signerOnly = Supporter.newcomer("sup_a", START);
        signerOnly.record(Action.of(ActionKind.SIGNED, "camp-water", "pet-1", "petitions", START), "OASIS", "es", START);
        Supporter signerAndVolunteer = Supporter.newcomer("sup_b", START);
        signerAndVolunteer.record(Action.of(ActionKind.SIGNED, "camp-water", "pet-1", "petitions", START), "OASIS", "en", START);
        signerAndVolunteer.record(Action.of(ActionKind.VOLUNTEERED, "camp-water", "vol-1", "outreach", START), null, null, START);
        Supporter elsewhere = Supporter.newcomer("sup_c", START);
        elsewhere.record(Action.of(ActionKind.SIGNED, "camp-air", "pet-2", "petitions", START), "OASIS", "es", START);
        Stream.of(signerOnly, signerAndVolunteer, elsewhere).forEach(index::put);

        SupporterFilter signedNeverVolunteered = new SupporterFilter(null, ActionKind.SIGNED, ActionKind.VOLUNTEERED,
                "OASIS", null, null, null, null, null);

        assertThat(index.ids(signedNeverVolunteered, Scope.campaigns(Set.of("camp-water")))).containsExactly("sup_a");
        assertThat(index.ids(signedNeverVolunteered, Scope.everyone())).containsExactlyInAnyOrder("sup_a", "sup_c");
        assertThat(index.sees("sup_c", Scope.campaigns(Set.of("camp-water")))).isFalse();
    }

    /**
     * 100,000 supporters: how long filling the index and counting a combined filter take on this machine. Printed,
     * not asserted (a shared machine's timing is no test); the bar is under a second per count.
     */
    @Test
    void countsOverAHundredThousandSupportersAreMeasured() {
        Random random = new Random(11);
        SupporterIndex index = new SupporterIndex(settings);
        long filling = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            index.put(randomSupporter(random, i));
        }
        filling = System.nanoTime() - filling;
        SupporterFilter filter = new SupporterFilter("camp-water", ActionKind.SIGNED, ActionKind.ATTENDED, "OASIS", null,
                "EMAIL:CAMPAIGN_UPDATES", null, LocalDate.of(2026, 3, 1), null);
        long counting = System.nanoTime();
        long count = 0;
        for (int i = 0; i < 10; i++) {
            count = index.count(filter, Scope.campaigns(Set.of("camp-water", "camp-air")));
        }
        counting = (System.nanoTime() - counting) / 10;

        assertThat(index.size()).isEqualTo(100_000);
        assertThat(count).isPositive();
        System.out.printf("Supporter index: 100,000 profiles filled in %d ms; a combined count took %.1f ms%n",
                filling / 1_000_000, counting / 1e6);
    }

    /** The filter read straight off the record, written independently of the index's profiles. */
    private static boolean reference(SupporterFilter f, Scope scope, Supporter s) {
        if (!scope.isEveryone() && s.actions().stream().noneMatch(a -> scope.campaignIds().contains(a.campaignId()))) {
            return false;
        }
        if (f.campaignId() != null && s.actions().stream().noneMatch(a -> f.campaignId().equals(a.campaignId()))) {
            return false;
        }
        if (f.did() != null && s.actions().stream().noneMatch(a -> a.kind() == f.did()
                && (f.campaignId() == null || f.campaignId().equals(a.campaignId())))) {
            return false;
        }
        if (f.didNot() != null && s.actions().stream().anyMatch(a -> a.kind() == f.didNot()
                && (f.campaignId() == null || f.campaignId().equals(a.campaignId())))) {
            return false;
        }
        if (f.community() != null && !f.community().equals(s.community())) {
            return false;
        }
        if (f.language() != null && !f.language().equals(s.language())) {
            return false;
        }
        if (f.consent() != null && !s.grantedPurposes().contains(f.consent())) {
            return false;
        }
        if (f.tag() != null && !s.tags().contains(f.tag())) {
            return false;
        }
        Instant last = s.lastActiveAt();
        if (f.activeSince() != null && (last == null || last.isBefore(f.activeSince().atStartOfDay(ZONE).toInstant()))) {
            return false;
        }
        return f.inactiveSince() == null || last == null || last.isBefore(f.inactiveSince().atStartOfDay(ZONE).toInstant());
    }

    private static Supporter randomSupporter(Random random, int i) {
        Supporter supporter = Supporter.newcomer("sup_" + i, START);
        String community = pick(random, COMMUNITIES);
        String language = pick(random, LANGUAGES);
        int actions = random.nextInt(4);
        for (int a = 0; a < actions; a++) {
            ActionKind kind = ActionKind.values()[random.nextInt(ActionKind.values().length)];
            Instant at = START.plusSeconds(random.nextInt(300 * 86_400));
            supporter.record(Action.of(kind, pick(random, CAMPAIGNS), "item-" + random.nextInt(30), "test", at),
                    community, language, at);
        }
        if (random.nextBoolean()) {
            String purpose = pick(random, PURPOSES);
            String[] parts = purpose.split(":");
            supporter.share("share-" + i, new ContactDetails("p" + i + "@example.org", "P " + i, null, language, community,
                    START), List.of(new Consent(parts[0], parts[1], random.nextInt(4) > 0, "Yes", "IMPORT", "supporters",
                    null, null, null, "share-" + i, START)), null, START);
        }
        for (String tag : TAGS) {
            if (random.nextInt(5) == 0) {
                supporter.addTag(tag, START);
            }
        }
        return supporter;
    }

    private static SupporterFilter randomFilter(Random random) {
        return new SupporterFilter(maybe(random, CAMPAIGNS), maybeKind(random), maybeKind(random), maybe(random, COMMUNITIES),
                maybe(random, LANGUAGES), maybe(random, PURPOSES), maybe(random, TAGS),
                random.nextInt(4) == 0 ? LocalDate.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28)) : null,
                random.nextInt(4) == 0 ? LocalDate.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28)) : null);
    }

    private static ActionKind maybeKind(Random random) {
        return random.nextInt(3) == 0 ? ActionKind.values()[random.nextInt(ActionKind.values().length)] : null;
    }

    private static String maybe(Random random, String[] values) {
        return random.nextInt(3) == 0 ? pick(random, values) : null;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
