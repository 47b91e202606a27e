package com.voiceorder.reservations.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.reservations.domain.ServiceKind;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.testing.BookingServices;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two callers want the last table, or the last covers of a slot, at the same moment: each booking
 * runs in its own transaction on its own thread, released together; exactly one must win, every
 * round, on H2 and on a real PostgreSQL.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ReservationConcurrencyTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final LocalDate FIRST_FRIDAY = LocalDate.of(2026, 6, 12);
    private static final int ROUNDS = 5;

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private long restaurant;
    private ExecutorService threads;

    @BeforeEach
    void createRestaurant() {
        db = TestDatabase.create(kind);
        restaurant = db.inTransaction((EntityManager em) -> Fixtures.restaurant(em));
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        db.close();
    }

    private <T> T with(Function<BookingServices, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(BookingServices.over(em, Clock.fixed(NOW, ZoneOffset.UTC))));
    }

    private void dinner(int maxCovers) {
        with(s -> s.setup().createService(restaurant, new DiningServiceCommand("Dîner", ServiceKind.DINNER,
                EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(19, 0), LocalTime.of(21, 0), 30, maxCovers, null, 120,
                Map.of(), null, true)));
    }

    private void table(String label, int maxCovers) {
        long room = with(s -> s.setup().createRoom(restaurant, new DiningRoomCommand("Salle " + label, 0, true))).getId();
        with(s -> s.setup().createTable(restaurant, new DiningTableCommand(room, label, 1, maxCovers, Set.of(), true)));
    }

    @Test
    void two_callers_racing_for_the_last_table_get_one_booking_between_them() throws Exception {
        dinner(40);
        table("T1", 4);
        for (int round = 0; round < ROUNDS; round++) {
            assertThat(race(FIRST_FRIDAY.plusWeeks(round), 4)).as("bookings won in round " + round).isEqualTo(1);
        }
        List<?> booked = with(s -> s.booking().listForDay(restaurant, FIRST_FRIDAY, Set.of()));
        assertThat(booked).hasSize(1);
    }

    @Test
    void two_callers_racing_for_the_last_covers_of_the_service_get_one_booking_between_them() throws Exception {
        dinner(6);
        table("T1", 4);
        table("T2", 4);
        for (int round = 0; round < ROUNDS; round++) {
            assertThat(race(FIRST_FRIDAY.plusWeeks(round), 4)).as("bookings won in round " + round).isEqualTo(1);
        }
    }

    /** Both callers book {@code party} at 20:00 that day at the same moment; returns how many succeeded. */
    private int race(LocalDate day, int party) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (String phone : List.of("0611111111", "0622222222")) {
            attempts.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    with(s -> s.booking().book(restaurant, new GuestBookingCommand(null, null, null, Set.of(), party,
                            day, LocalTime.of(20, 0), "Guest " + phone, phone, null, ReservationSource.PHONE)));
                    return true;
                } catch (DomainException refused) {
                    return false;
                }
            }));
        }
        int won = 0;
        for (Future<Boolean> attempt : attempts) {
            won += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        return won;
    }
}
