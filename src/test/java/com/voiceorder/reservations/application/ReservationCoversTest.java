package com.voiceorder.reservations.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.reservations.domain.ServiceKind;
import com.voiceorder.reservations.infrastructure.JpaDiningServiceRepository;
import com.voiceorder.reservations.infrastructure.JpaDiningTableRepository;
import com.voiceorder.reservations.infrastructure.JpaOfferRepository;
import com.voiceorder.reservations.infrastructure.JpaReservationRepository;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.RecordingEvent;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ReservationCoversTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private long restaurant;
    private long other;
    private long lunch;
    private long dinner;
    private long otherDinner;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
            other = Fixtures.restaurant(em);
            lunch = service(em, restaurant, "Déjeuner", LocalTime.of(12, 0));
            dinner = service(em, restaurant, "Dîner", LocalTime.of(19, 0));
            otherDinner = service(em, other, "Dîner", LocalTime.of(19, 0));
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static long service(EntityManager em, long restaurantId, String name, LocalTime start) {
        DiningService service = new DiningService(restaurantId, name, ServiceKind.DINNER, EnumSet.allOf(DayOfWeek.class),
                start, start.plusHours(2), 15, 60, null, 90);
        em.persist(service);
        em.flush();
        return service.getId();
    }

    private void book(long restaurantId, long serviceId, LocalDate day, LocalTime at, int party, Consumer<Reservation> then) {
        db.inTransaction((EntityManager em) -> {
            Instant startsAt = day.atTime(at).atZone(PARIS).toInstant();
            Reservation reservation = new Reservation(restaurantId, serviceId, day, startsAt, 90, party,
                    ReservationSource.PHONE, "Guest", null, startsAt.minusSeconds(86_400));
            then.accept(reservation);
            new JpaReservationRepository(em).save(reservation);
        });
    }

    @Test
    void covers_are_summed_per_day_and_service_leaving_out_cancellations_and_no_shows() {
        Instant t = FRIDAY.atStartOfDay(PARIS).toInstant();
        book(restaurant, lunch, FRIDAY, LocalTime.of(12, 30), 2, r -> { });
        book(restaurant, lunch, FRIDAY, LocalTime.of(13, 0), 4, r -> { r.confirm(t); r.seat(t); r.complete(t); });
        book(restaurant, dinner, FRIDAY, LocalTime.of(20, 0), 6, r -> r.confirm(t));
        book(restaurant, dinner, FRIDAY, LocalTime.of(20, 0), 3, r -> r.cancel(null, t));
        book(restaurant, dinner, FRIDAY, LocalTime.of(20, 30), 5, r -> { r.confirm(t); r.markNoShow(t); });
        book(restaurant, dinner, FRIDAY.plusDays(1), LocalTime.of(20, 0), 8, r -> { });
        book(restaurant, dinner, FRIDAY.plusDays(5), LocalTime.of(20, 0), 10, r -> { });
        book(other, otherDinner, FRIDAY, LocalTime.of(20, 0), 12, r -> { });

        List<DailyCovers> covers = db.inTransaction((EntityManager em) -> new ReservationService(
                new JpaReservationRepository(em), new JpaDiningServiceRepository(em), new JpaOfferRepository(em),
                new JpaDiningTableRepository(em), new RecordingEvent<>(), new RecordingEvent<>(), Clock.systemUTC())
                .dailyCovers(restaurant, FRIDAY, FRIDAY.plusDays(1)));

        assertThat(covers).containsExactly(
                new DailyCovers(FRIDAY, lunch, 2, 6),
                new DailyCovers(FRIDAY, dinner, 1, 6),
                new DailyCovers(FRIDAY.plusDays(1), dinner, 1, 8));
    }
}
