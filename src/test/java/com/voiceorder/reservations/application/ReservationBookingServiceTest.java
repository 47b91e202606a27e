package com.voiceorder.reservations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.availability.application.ReservationAvailability;
import com.voiceorder.availability.application.ReservationSlot;
import com.voiceorder.reservations.domain.ExternalLoad;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.reservations.domain.SeatingRefusal;
import com.voiceorder.reservations.domain.SeatingUnavailableException;
import com.voiceorder.reservations.domain.ServiceKind;
import com.voiceorder.restaurant.domain.ExceptionalClosure;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.PhoneNumber;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Guest bookings, changes, lookups by phone and the availability query, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ReservationBookingServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 6, 12);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private long restaurant;
    private long dinner;
    private long b1;
    private long a1;
    private long offer;
    private long salle;

    @BeforeEach
    void createRestaurant() {
        db = TestDatabase.create(kind);
        restaurant = db.inTransaction((EntityManager em) -> Fixtures.restaurant(em));
        dinner = with(s -> s.setup().createService(restaurant, new DiningServiceCommand("Dîner", ServiceKind.DINNER,
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTime.of(19, 0), LocalTime.of(21, 0), 30, 12, 6,
                150, Map.of(2, 90, 4, 120), null, true))).getId();
        salle = with(s -> s.setup().createRoom(restaurant, new DiningRoomCommand("Salle", 0, true))).getId();
        a1 = table(salle, "A1", 1, 2, Set.of());
        table(salle, "A2", 1, 2, Set.of(a1));
        b1 = table(salle, "B1", 2, 4, Set.of());
        offer = with(s -> s.setup().createOffer(restaurant, new OfferCommand("Apéritif offert", null, null, null,
                Set.of(DayOfWeek.FRIDAY), Set.of(dinner), 2, 4, null, true))).getId();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private long table(long room, String label, int min, int max, Set<Long> combinable) {
        return with(s -> s.setup().createTable(restaurant, new DiningTableCommand(room, label, min, max, combinable,
                true))).getId();
    }

    private <T> T with(Function<BookingServices, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(BookingServices.over(em, Clock.fixed(NOW, ZoneOffset.UTC))));
    }

    private Reservation book(String time, int party, String phone) {
        return with(s -> s.booking().book(restaurant, new GuestBookingCommand(null, null, null, Set.of(), party,
                FRIDAY, LocalTime.parse(time), "Guest " + party, phone, null, ReservationSource.PHONE)));
    }

    private List<Long> tablesOf(long reservationId) {
        return with(s -> s.reservations().get(restaurant, reservationId).getTableIds().stream().toList());
    }

    @Test
    void a_guest_booking_gets_the_best_fitting_table_and_is_found_by_phone() {
        Reservation booked = book("19:00", 2, "06 12 34 56 78");

        Reservation stored = with(s -> s.reservations().get(restaurant, booked.getId()));
        assertThat(stored.getTableIds()).containsExactly(a1);
        assertThat(stored.getServiceId()).isEqualTo(dinner);
        assertThat(stored.getDurationMinutes()).isEqualTo(90);
        assertThat(stored.getStartsAt()).isEqualTo(FRIDAY.atTime(19, 0).atZone(PARIS).toInstant());
        assertThat(this.<List<Reservation>>with(s -> s.booking().findByPhone(restaurant, "+33 6 12 34 56 78", FRIDAY)))
                .extracting(Reservation::getId).containsExactly(booked.getId());
        assertThat(this.<List<Reservation>>with(s -> s.booking().findByPhone(restaurant, "0612345678", null)))
                .extracting(Reservation::getId).containsExactly(booked.getId());
        assertThat(this.<List<Reservation>>with(s -> s.booking().findByPhone(restaurant, "0612345678", FRIDAY.plusDays(1)))).isEmpty();
        assertThatThrownBy(() -> with(s -> s.booking().findByPhone(restaurant, "not a phone", FRIDAY)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("phone"));
    }

    @Test
    void a_full_slot_is_refused_with_the_nearest_free_seatings_and_nothing_is_stored() {
        book("19:00", 4, null);
        book("19:00", 2, null);

        assertThatThrownBy(() -> book("19:00", 2, "0612345678"))
                .isInstanceOfSatisfying(SeatingUnavailableException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(SeatingRefusal.SLOT_FULL);
                    assertThat(e.field()).isEqualTo("time");
                    assertThat(e.alternatives()).extracting(a -> a.startsAt().toLocalTime().toString())
                            .containsExactly("19:30", "20:00", "20:30");
                });
        assertThat(this.<List<Reservation>>with(s -> s.booking().listForDay(restaurant, FRIDAY, Set.of()))).hasSize(2);
        assertThat(this.<List<Reservation>>with(s -> s.booking().findByPhone(restaurant, "0612345678", null))).isEmpty();
    }

    @Test
    void a_change_keeps_its_table_when_it_still_fits_and_moves_it_otherwise() {
        long id = book("19:00", 2, "0612345678").getId();

        with(s -> s.booking().change(restaurant, id, new ReservationChange(FRIDAY, LocalTime.of(19, 30), 2, null, null)));
        assertThat(tablesOf(id)).containsExactly(a1);

        Reservation bigger = with(s -> s.booking().change(restaurant, id,
                new ReservationChange(FRIDAY, LocalTime.of(20, 0), 4, null, offer)));
        assertThat(tablesOf(id)).containsExactly(b1);
        assertThat(bigger.getDurationMinutes()).isEqualTo(120);
        assertThat(bigger.getOfferId()).isEqualTo(offer);

        assertThatThrownBy(() -> with(s -> s.booking().change(restaurant, id,
                new ReservationChange(FRIDAY.plusDays(3), LocalTime.of(20, 0), 4, null, null))))
                .isInstanceOfSatisfying(SeatingUnavailableException.class,
                        e -> assertThat(e.refusal()).isEqualTo(SeatingRefusal.NOT_SERVED));
        assertThatThrownBy(() -> with(s -> s.booking().change(restaurant, id,
                new ReservationChange(FRIDAY.plusDays(1), LocalTime.of(20, 0), 4, null, offer))))
                .as("the offer is for Fridays")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("offerId"));
        Reservation unchanged = with(s -> s.reservations().get(restaurant, id));
        assertThat(unchanged.getPartySize()).isEqualTo(4);
        assertThat(unchanged.getStartsAt()).isEqualTo(FRIDAY.atTime(20, 0).atZone(PARIS).toInstant());
    }

    @Test
    void tables_are_combined_when_needed_and_a_cancellation_frees_them() {
        long first = book("19:00", 4, null).getId();
        long second = book("19:00", 2, null).getId();
        assertThat(tablesOf(first)).containsExactly(b1);
        assertThat(tablesOf(second)).containsExactly(a1);
        with(s -> s.reservations().cancel(restaurant, second, "Empêchement"));
        assertThat(tablesOf(book("19:30", 4, null).getId())).hasSize(2).doesNotContain(b1);

        assertThatThrownBy(() -> book("20:00", 3, null))
                .isInstanceOfSatisfying(SeatingUnavailableException.class,
                        e -> assertThat(e.refusal()).isEqualTo(SeatingRefusal.NO_TABLE));
        with(s -> s.reservations().cancel(restaurant, first, null));
        assertThat(tablesOf(book("20:00", 3, null).getId())).containsExactly(b1);
    }

    @Test
    void staff_cannot_put_two_parties_at_one_table_at_the_same_time() {
        book("19:00", 4, null);
        Instant eightPm = FRIDAY.atTime(20, 0).atZone(PARIS).toInstant();

        assertThatThrownBy(() -> with(s -> s.reservations().book(restaurant, new BookReservationCommand(dinner, FRIDAY,
                eightPm, null, 3, ReservationSource.DASHBOARD, "Walk-in", (PhoneNumber) null, null, null, null,
                Set.of(b1), null, null, true))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("tableIds");
                    assertThat(e.getMessage()).contains("B1");
                });
        assertThat(with(s -> s.reservations().book(restaurant, new BookReservationCommand(dinner, FRIDAY,
                eightPm.plusSeconds(3600), null, 3, ReservationSource.DASHBOARD, "Later", null, null, null, null,
                Set.of(b1), null, null, true))).getStatus()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void the_availability_query_gives_the_slot_tables_and_offers_or_the_reason_and_alternatives() {
        ReservationAvailability free = with(s -> s.availability().checkReservation(restaurant, FRIDAY,
                LocalTime.of(19, 0), 2, null, null));
        assertThat(free.available()).isTrue();
        assertThat(free.slot().tables()).extracting(ReservationSlot.Table::label).containsExactly("A1");
        assertThat(free.slot().roomName()).isEqualTo("Salle");
        assertThat(free.slot().offers()).extracting(o -> o.name()).containsExactly("Apéritif offert");
        assertThat(free.alternatives()).isEmpty();

        ReservationAvailability anyTime = with(s -> s.availability().checkReservation(restaurant, FRIDAY, null, 2,
                dinner, null));
        assertThat(anyTime.slot().startsAt().toLocalTime()).isEqualTo(LocalTime.of(19, 0));
        assertThat(anyTime.alternatives()).extracting(a -> a.startsAt().toLocalTime().toString())
                .containsExactly("19:30", "20:00", "20:30");

        with(s -> s.externalLoads().save(new ExternalLoad(restaurant, "THEFORK", "TF-1", dinner, FRIDAY, null, 11,
                NOW)));
        ReservationAvailability full = with(s -> s.availability().checkReservation(restaurant, FRIDAY,
                LocalTime.of(19, 0), 2, null, null));
        assertThat(full.available()).isFalse();
        assertThat(full.reasonCode()).isEqualTo("service_full");
        assertThat(full.alternatives()).extracting(a -> a.serviceDate() + " " + a.startsAt().toLocalTime())
                .containsExactly("2026-06-13 19:00", "2026-06-13 19:30", "2026-06-13 20:00");

        with(s -> s.restaurants().replaceClosures(restaurant,
                List.of(ExceptionalClosure.singleDay(FRIDAY.plusDays(1), "Mariage privé"))));
        assertThat(with(s -> s.availability().checkReservation(restaurant, FRIDAY.plusDays(1), LocalTime.of(19, 0), 2,
                null, null)).reasonCode()).isEqualTo("closed");
    }

    @Test
    void a_reservation_being_changed_does_not_count_against_its_own_availability() {
        book("19:00", 4, null);
        long mine = book("19:00", 2, "0612345678").getId();

        ReservationAvailability counted = with(s -> s.availability().checkReservation(restaurant, FRIDAY,
                LocalTime.of(19, 0), 2, null, null));
        ReservationAvailability leftOut = with(s -> s.availability().checkReservation(restaurant, FRIDAY,
                LocalTime.of(19, 0), 2, null, null, mine));

        assertThat(counted.available()).isFalse();
        assertThat(leftOut.available()).isTrue();
        assertThat(leftOut.slot().tables()).extracting(ReservationSlot.Table::id).containsExactly(a1);
    }

    @Test
    void tables_are_assigned_only_with_their_own_room_of_this_restaurant() {
        long id = book("19:00", 2, null).getId();
        long terrace = with(s -> s.setup().createRoom(restaurant, new DiningRoomCommand("Terrasse", 1, true))).getId();
        long t1 = table(terrace, "T1", 1, 4, Set.of());
        long other = db.inTransaction((EntityManager em) -> Fixtures.restaurant(em));
        long otherRoom = with(s -> s.setup().createRoom(other, new DiningRoomCommand("Ailleurs", 0, true))).getId();
        with(s -> s.setup().createTable(other, new DiningTableCommand(otherRoom, "X1", 1, 4, Set.of(), true)));

        assertThatThrownBy(() -> with(s -> s.reservations().assignTables(restaurant, id, salle, Set.of(t1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("tableIds"));
        assertThatThrownBy(() -> with(s -> s.reservations().assignTables(restaurant, id, otherRoom, Set.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("roomId"));
        assertThat(tablesOf(id)).containsExactly(a1);

        with(s -> s.reservations().assignTables(restaurant, id, terrace, Set.of(t1)));
        Reservation moved = with(s -> s.reservations().get(restaurant, id));
        assertThat(moved.getRoomId()).isEqualTo(terrace);
        assertThat(moved.getTableIds()).containsExactly(t1);
    }
}
