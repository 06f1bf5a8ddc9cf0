package org.plaza.outreach.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plaza.outreach.testing.Race;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The seat ledger on its own, against a MongoDB wire server: capacity, waitlist and promotion under concurrency. */
class SeatsTest {

    private static MongoServer server;
    private static MongoClient client;
    private static Seats seats;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        seats = new Seats(new MongoTemplate(client, "seats_test"));
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void manyVolunteersAtOnceNeverTakeMorePlacesThanTheShiftHas() throws Exception {
        Shift shift = ShiftFixtures.shift("shf_race", 3, now.plus(3, ChronoUnit.DAYS));
        seats.open(shift);

        List<String> outcomes = Race.run(40, i -> {
            String signupId = "sgn_" + i;
            Optional<Integer> seat = seats.claim(shift, signupId, now);
            if (seat.isPresent()) {
                return "seated";
            }
            return seats.joinWaitlist(shift, signupId, now).map(p -> "waiting").orElse("neither");
        });

        Seats.Ledger ledger = seats.ledger(shift.id()).orElseThrow();
        assertThat(Collections.frequency(outcomes, "seated")).isEqualTo(3);
        assertThat(Collections.frequency(outcomes, "waiting")).isEqualTo(37);
        assertThat(ledger.seated()).hasSize(3);
        assertThat(ledger.openSpots()).isZero();
        assertThat(ledger.waitlist()).hasSize(37).doesNotHaveDuplicates();
    }

    @Test
    void aReleasedPlaceGoesToTheFirstInLineAndOnlyToThem() {
        Shift shift = ShiftFixtures.shift("shf_promote", 1, now.plus(3, ChronoUnit.DAYS));
        seats.open(shift);
        seats.claim(shift, "sgn_a", now);
        assertThat(seats.joinWaitlist(shift, "sgn_b", now)).contains(1);
        assertThat(seats.joinWaitlist(shift, "sgn_c", now)).contains(2);

        Seats.Release release = seats.release(shift.id(), "sgn_a");

        assertThat(release.promoted()).contains("sgn_b");
        Seats.Ledger ledger = seats.ledger(shift.id()).orElseThrow();
        assertThat(ledger.seated()).containsExactly("sgn_b");
        assertThat(ledger.waitlist()).containsExactly("sgn_c");
        assertThat(ledger.openSpots()).isZero();
    }

    @Test
    void concurrentCancellationsPromoteOneWaitingVolunteerEach() throws Exception {
        Shift shift = ShiftFixtures.shift("shf_cancel_race", 5, now.plus(3, ChronoUnit.DAYS));
        seats.open(shift);
        for (int i = 0; i < 5; i++) {
            seats.claim(shift, "sgn_seated_" + i, now);
        }
        for (int i = 0; i < 3; i++) {
            seats.joinWaitlist(shift, "sgn_waiting_" + i, now);
        }

        List<String> promoted = Race.run(5, i -> seats.release(shift.id(), "sgn_seated_" + i).promoted().orElse("none"));

        assertThat(promoted).containsExactlyInAnyOrder("sgn_waiting_0", "sgn_waiting_1", "sgn_waiting_2", "none", "none");
        Seats.Ledger ledger = seats.ledger(shift.id()).orElseThrow();
        assertThat(ledger.seated()).containsExactlyInAnyOrder("sgn_waiting_0", "sgn_waiting_1", "sgn_waiting_2");
        assertThat(ledger.openSpots()).isEqualTo(2);
        assertThat(ledger.waitlist()).isEmpty();
    }

    @Test
    void nobodyWaitsWhileAPlaceIsFreeAndAReleaseWithoutQueueGivesThePlaceBack() {
        Shift shift = ShiftFixtures.shift("shf_free", 2, now.plus(3, ChronoUnit.DAYS));
        seats.open(shift);
        seats.claim(shift, "sgn_a", now);

        assertThat(seats.joinWaitlist(shift, "sgn_b", now)).isEmpty();
        assertThat(seats.release(shift.id(), "sgn_a").openSpots()).isEqualTo(2);
        assertThat(seats.release(shift.id(), "sgn_a").held()).isFalse();
    }

    @Test
    void aClosedOrStartedShiftGivesNoPlace() {
        Shift later = ShiftFixtures.shift("shf_closed", 2, now.plus(3, ChronoUnit.DAYS));
        seats.open(later);
        seats.close(later.id());
        Shift started = ShiftFixtures.shift("shf_started", 2, now.minus(1, ChronoUnit.HOURS));
        seats.open(started);

        assertThat(seats.claim(later, "sgn_a", now)).isEmpty();
        assertThat(seats.joinWaitlist(later, "sgn_a", now)).isEmpty();
        assertThat(seats.claim(started, "sgn_b", now)).isEmpty();
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
