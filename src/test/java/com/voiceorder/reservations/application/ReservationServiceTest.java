package com.voiceorder.reservations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationBooked;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.reservations.domain.ReservationStatusChanged;
import com.voiceorder.reservations.domain.ServiceKind;
import com.voiceorder.reservations.infrastructure.JpaDiningRoomRepository;
import com.voiceorder.reservations.infrastructure.JpaDiningServiceRepository;
import com.voiceorder.reservations.infrastructure.JpaDiningTableRepository;
import com.voiceorder.reservations.infrastructure.JpaOfferRepository;
import com.voiceorder.reservations.infrastructure.JpaReservationRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.IllegalTransitionException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.RecordingEvent;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Reservation booking and the dining setup (services, offers, rooms, tables) through their services. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ReservationServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 6, 12);
    private static final Instant EIGHT_PM = Instant.parse("2026-06-12T18:00:00Z");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private final RecordingEvent<ReservationBooked> booked = new RecordingEvent<>();
    private final RecordingEvent<ReservationStatusChanged> changed = new RecordingEvent<>();
    private long restaurant;
    private long otherRestaurant;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
            otherRestaurant = Fixtures.restaurant(em);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T with(BiFunction<ReservationService, DiningSetupService, T> work) {
        return db.inTransaction((EntityManager em) -> {
            JpaReservationRepository reservations = new JpaReservationRepository(em);
            JpaDiningServiceRepository services = new JpaDiningServiceRepository(em);
            JpaOfferRepository offers = new JpaOfferRepository(em);
            JpaDiningTableRepository tables = new JpaDiningTableRepository(em);
            return work.apply(
                    new ReservationService(reservations, services, offers, tables, booked, changed,
                            Clock.fixed(NOW, ZoneOffset.UTC)),
                    new DiningSetupService(services, offers, new JpaDiningRoomRepository(em), tables, reservations));
        });
    }

    private long dinner() {
        return with((r, setup) -> setup.createService(restaurant, new DiningServiceCommand("Dîner", ServiceKind.DINNER,
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTime.of(19, 0), LocalTime.of(22, 0), 15, 60,
                12, 150, Map.of(2, 90, 4, 120), null, true))).getId();
    }

    private BookReservationCommand booking(long service, Long offer, Set<Long> tables, boolean confirm) {
        return new BookReservationCommand(service, FRIDAY, EIGHT_PM, null, 3, ReservationSource.PHONE, "Dupont",
                PhoneNumber.parse("0612345678", "FR"), null, offer, null, tables, "Terrasse si possible", null, confirm);
    }

    @Test
    void booking_uses_the_services_duration_for_the_party_and_announces_it() {
        long service = dinner();

        Reservation reservation = with((r, setup) -> r.book(restaurant, booking(service, null, Set.of(), false)));

        assertThat(reservation.getStatus()).isEqualTo(ReservationStatus.PENDING);
        assertThat(reservation.getDurationMinutes()).isEqualTo(120);
        assertThat(reservation.endsAt()).isEqualTo(EIGHT_PM.plusSeconds(7200));
        assertThat(reservation.getGuestPhone()).isEqualTo("+33612345678");
        assertThat(reservation.getCreatedAt()).isEqualTo(NOW);
        assertThat(booked.fired()).containsExactly(new ReservationBooked(restaurant, reservation.getId()));
        assertThat(this.<List<Reservation>>with((r, setup) -> r.listForDay(restaurant, FRIDAY, Set.of()))).extracting(Reservation::getId)
                .containsExactly(reservation.getId());
    }

    @Test
    void a_booking_can_be_confirmed_at_once_with_tables_and_an_applicable_offer() {
        long service = dinner();
        long room = with((r, setup) -> setup.createRoom(restaurant, new DiningRoomCommand("Terrasse", 1, true))).getId();
        long table = with((r, setup) -> setup.createTable(restaurant,
                new DiningTableCommand(room, "T1", 2, 4, Set.of(), true))).getId();
        long offer = with((r, setup) -> setup.createOffer(restaurant, new OfferCommand("Apéritif offert", null, null,
                null, Set.of(DayOfWeek.FRIDAY), Set.of(service), 2, 6, null, true))).getId();

        Reservation reservation = with((r, setup) -> r.book(restaurant, booking(service, offer, Set.of(table), true)));

        assertThat(reservation.getStatus()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(reservation.getOfferId()).isEqualTo(offer);
        assertThat(with((r, setup) -> r.get(restaurant, reservation.getId())).getTableIds()).containsExactly(table);
    }

    @Test
    void an_offer_that_does_not_apply_or_another_restaurants_service_is_refused() {
        long service = dinner();
        long saturdayOnly = with((r, setup) -> setup.createOffer(restaurant, new OfferCommand("Brunch", null, null,
                null, Set.of(DayOfWeek.SATURDAY), Set.of(), 1, null, null, true))).getId();

        assertThatThrownBy(() -> with((r, setup) -> r.book(restaurant, booking(service, saturdayOnly, Set.of(), true))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("offerId"));
        assertThatThrownBy(() -> with((r, setup) -> r.book(otherRestaurant, booking(service, null, Set.of(), true))))
                .isInstanceOf(NotFoundException.class);
        assertThat(booked.fired()).isEmpty();
    }

    @Test
    void status_changes_follow_the_lifecycle_are_announced_and_scoped_to_the_restaurant() {
        long service = dinner();
        long id = with((r, setup) -> r.book(restaurant, booking(service, null, Set.of(), false))).getId();

        with((r, setup) -> r.changeStatus(restaurant, id, ReservationStatus.CONFIRMED));
        assertThatThrownBy(() -> with((r, setup) -> r.changeStatus(restaurant, id, ReservationStatus.COMPLETED)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> with((r, setup) -> r.cancel(otherRestaurant, id, "x")))
                .isInstanceOf(NotFoundException.class);
        with((r, setup) -> r.changeStatus(restaurant, id, ReservationStatus.NO_SHOW));

        assertThat(changed.fired()).containsExactly(
                new ReservationStatusChanged(restaurant, id, ReservationStatus.CONFIRMED),
                new ReservationStatusChanged(restaurant, id, ReservationStatus.NO_SHOW));
        assertThat(this.<List<Reservation>>with((r, setup) -> r.listForDay(restaurant, FRIDAY, Set.of(ReservationStatus.NO_SHOW))))
                .hasSize(1);
    }

    @Test
    void table_combinations_are_kept_symmetric_and_labels_unique() {
        long room = with((r, setup) -> setup.createRoom(restaurant, new DiningRoomCommand("Salle", 0, true))).getId();
        long t1 = with((r, setup) -> setup.createTable(restaurant, new DiningTableCommand(room, "T1", 1, 2, Set.of(),
                true))).getId();
        long t2 = with((r, setup) -> setup.createTable(restaurant, new DiningTableCommand(room, "T2", 1, 2, Set.of(t1),
                true))).getId();

        assertThat(with((r, setup) -> setup.getTable(restaurant, t1)).getCombinableWith()).containsExactly(t2);

        with((r, setup) -> setup.updateTable(restaurant, t2, new DiningTableCommand(room, "T2", 1, 2, Set.of(), true)));
        assertThat(with((r, setup) -> setup.getTable(restaurant, t1)).getCombinableWith()).isEmpty();

        assertThatThrownBy(() -> with((r, setup) -> setup.createTable(restaurant,
                new DiningTableCommand(room, "T1", 1, 2, Set.of(), true))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("label"));
        assertThatThrownBy(() -> with((r, setup) -> setup.getTable(otherRestaurant, t1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> with((r, setup) -> {
            setup.deleteRoom(restaurant, room);
            return null;
        })).isInstanceOf(DomainException.class);
    }

    @Test
    void a_service_used_by_reservations_cannot_be_deleted_but_an_unused_one_can() {
        long used = dinner();
        long unused = dinner();
        with((r, setup) -> r.book(restaurant, booking(used, null, Set.of(), false)));

        assertThatThrownBy(() -> with((r, setup) -> {
            setup.deleteService(restaurant, used);
            return null;
        })).isInstanceOf(DomainException.class);
        with((r, setup) -> {
            setup.deleteService(restaurant, unused);
            return null;
        });

        assertThat(this.<List<DiningService>>with((r, setup) -> setup.listServices(restaurant))).extracting(DiningService::getId)
                .containsExactly(used);
    }

    @Test
    void updating_a_service_replaces_its_schedule_durations_and_prepayment() {
        long service = dinner();

        with((r, setup) -> setup.updateService(restaurant, service, new DiningServiceCommand("Dîner tardif",
                ServiceKind.DINNER, EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(21, 0), LocalTime.of(0, 30), 30, 40,
                null, 120, Map.of(6, 150), 2000L, true)));

        DiningService updated = with((r, setup) -> setup.getService(restaurant, service));
        assertThat(updated.getName()).isEqualTo("Dîner tardif");
        assertThat(updated.getWeekdays()).containsExactly(DayOfWeek.SATURDAY);
        assertThat(updated.crossesMidnight()).isTrue();
        assertThat(updated.getDurationsByPartySize()).isEqualTo(Map.of(6, 150));
        assertThat(updated.getPacingCovers()).isNull();
        assertThat(updated.isPrepaymentRequired()).isTrue();
        assertThat(updated.getPrepaymentPerPersonCents()).isEqualTo(2000);
    }
}
