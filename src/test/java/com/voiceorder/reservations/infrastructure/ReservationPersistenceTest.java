package com.voiceorder.reservations.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.reservations.domain.DiningRoom;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.reservations.domain.ExternalLoad;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.reservations.domain.ServiceKind;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ReservationPersistenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 12);
    private static final Instant EIGHT_PM = Instant.parse("2026-06-12T18:00:00Z");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** Ids of a restaurant with a dinner service, a room and three tables. */
    private record Setup(long restaurant, long service, long room, long t1, long t2, long t3) {
    }

    private Setup setup() {
        return db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            DiningService dinner = new JpaDiningServiceRepository(em).save(new DiningService(restaurant, "Dîner",
                    ServiceKind.DINNER, EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTime.of(19, 0),
                    LocalTime.of(22, 0), 15, 60, 12, 120));
            DiningRoom room = new JpaDiningRoomRepository(em).save(new DiningRoom(restaurant, "Salle", 0));
            JpaDiningTableRepository tables = new JpaDiningTableRepository(em);
            DiningTable t1 = tables.save(new DiningTable(restaurant, room.getId(), "T1", 1, 2));
            DiningTable t2 = tables.save(new DiningTable(restaurant, room.getId(), "T2", 2, 4));
            DiningTable t3 = tables.save(new DiningTable(restaurant, room.getId(), "T3", 2, 4));
            return new Setup(restaurant, dinner.getId(), room.getId(), t1.getId(), t2.getId(), t3.getId());
        });
    }

    @Test
    void a_dining_service_round_trips_with_its_weekdays_durations_and_prepayment() {
        long[] ids = db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            DiningService lunch = new DiningService(restaurant, "Déjeuner", ServiceKind.LUNCH,
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY), LocalTime.of(12, 0), LocalTime.of(0, 30), 30, 80,
                    20, 150);
            lunch.defineDurations(150, Map.of(2, 75, 4, 90));
            lunch.requirePrepayment(1500);
            return new long[] {restaurant, new JpaDiningServiceRepository(em).save(lunch).getId()};
        });

        DiningService loaded = db.inTransaction(
                (EntityManager em) -> new JpaDiningServiceRepository(em).find(ids[0], ids[1]).orElseThrow());

        assertThat(loaded.getName()).isEqualTo("Déjeuner");
        assertThat(loaded.getKind()).isEqualTo(ServiceKind.LUNCH);
        assertThat(loaded.getWeekdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
        assertThat(loaded.getStartTime()).isEqualTo(LocalTime.NOON);
        assertThat(loaded.getLastSeating()).isEqualTo(LocalTime.of(0, 30));
        assertThat(loaded.getSlotIntervalMinutes()).isEqualTo(30);
        assertThat(loaded.getMaxCovers()).isEqualTo(80);
        assertThat(loaded.getPacingCovers()).isEqualTo(20);
        assertThat(loaded.getDurationsByPartySize()).isEqualTo(Map.of(2, 75, 4, 90));
        assertThat(loaded.durationFor(3)).isEqualTo(90);
        assertThat(loaded.getDefaultDurationMinutes()).isEqualTo(150);
        assertThat(loaded.isPrepaymentRequired()).isTrue();
        assertThat(loaded.getPrepaymentPerPersonCents()).isEqualTo(1500);
    }

    @Test
    void offers_rooms_and_tables_round_trip_with_their_collections() {
        Setup s = setup();
        long offerId = db.inTransaction(em -> {
            long formula = Fixtures.formula(em, s.restaurant());
            Offer offer = new Offer(s.restaurant(), "Menu Saint-Valentin", "4 plats");
            offer.validBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 14));
            offer.restrictTo(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), Set.of(s.service()));
            offer.forPartySizes(2, 2);
            offer.linkFormula(formula);
            JpaDiningTableRepository tables = new JpaDiningTableRepository(em);
            tables.find(s.restaurant(), s.t2()).orElseThrow().combinableWith(Set.of(s.t3()));
            return new JpaOfferRepository(em).save(offer).getId();
        });

        db.inTransaction(em -> {
            Offer offer = new JpaOfferRepository(em).find(s.restaurant(), offerId).orElseThrow();
            assertThat(offer.getValidFrom()).isEqualTo(LocalDate.of(2026, 2, 13));
            assertThat(offer.getWeekdays()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
            assertThat(offer.getServiceIds()).containsExactly(s.service());
            assertThat(offer.getFormulaId()).isNotNull();
            assertThat(offer.appliesTo(LocalDate.of(2026, 2, 14), s.service(), 2)).isTrue();

            JpaDiningTableRepository tables = new JpaDiningTableRepository(em);
            assertThat(tables.find(s.restaurant(), s.t2()).orElseThrow().getCombinableWith()).containsExactly(s.t3());
            assertThat(tables.findByRoom(s.restaurant(), s.room())).extracting(DiningTable::getLabel)
                    .containsExactly("T1", "T2", "T3");
            assertThat(tables.findByLabel(s.restaurant(), "T3")).get().extracting(DiningTable::getId)
                    .isEqualTo(s.t3());
            assertThat(new JpaDiningRoomRepository(em).findByRestaurant(s.restaurant()))
                    .extracting(DiningRoom::getName).containsExactly("Salle");
        });
    }

    @Test
    void a_reservation_round_trips_with_its_tables_and_timestamps() {
        Setup s = setup();
        long id = db.inTransaction(em -> {
            long customer = Fixtures.customer(em, s.restaurant());
            Reservation reservation = reservation(s, EIGHT_PM, 120, s.t2(), s.t3());
            reservation.linkCustomer(customer);
            reservation.annotate("Anniversaire");
            reservation.linkExternal("TF-123");
            reservation.confirm(EIGHT_PM.minusSeconds(3600));
            return new JpaReservationRepository(em).save(reservation).getId();
        });

        Reservation loaded = db.inTransaction((EntityManager em) -> {
            Reservation found = new JpaReservationRepository(em).find(s.restaurant(), id).orElseThrow();
            found.getTableIds();
            return found;
        });

        assertThat(loaded.getTableIds()).containsExactlyInAnyOrder(s.t2(), s.t3());
        assertThat(loaded.getRoomId()).isEqualTo(s.room());
        assertThat(loaded.getStatus()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(loaded.getConfirmedAt()).isEqualTo(EIGHT_PM.minusSeconds(3600));
        assertThat(loaded.getStartsAt()).isEqualTo(EIGHT_PM);
        assertThat(loaded.endsAt()).isEqualTo(EIGHT_PM.plusSeconds(7200));
        assertThat(loaded.getServiceDate()).isEqualTo(DAY);
        assertThat(loaded.getGuestPhone()).isEqualTo("+33612345678");
        assertThat(loaded.getNotes()).isEqualTo("Anniversaire");
        assertThat(loaded.getExternalRef()).isEqualTo("TF-123");
        assertThat(db.inTransaction((EntityManager em) -> new JpaReservationRepository(em)
                .findByExternalRef(s.restaurant(), ReservationSource.PHONE, "TF-123"))).isPresent();
    }

    @Test
    void reservations_are_listed_by_service_date_and_status() {
        Setup s = setup();
        long[] ids = db.inTransaction(em -> {
            JpaReservationRepository reservations = new JpaReservationRepository(em);
            Reservation late = reservations.save(reservation(s, EIGHT_PM.plusSeconds(3600), 90));
            Reservation early = reservations.save(reservation(s, EIGHT_PM, 90));
            early.confirm(EIGHT_PM);
            Reservation nextDay = reservation(s, EIGHT_PM.plusSeconds(86_400), 90);
            nextDay.reschedule(s.service(), DAY.plusDays(1), EIGHT_PM.plusSeconds(86_400), 90, 2);
            reservations.save(nextDay);
            return new long[] {early.getId(), late.getId()};
        });

        List<Reservation> all = db.inTransaction(
                (EntityManager em) -> new JpaReservationRepository(em).findByServiceDate(s.restaurant(), DAY, Set.of()));
        List<Reservation> confirmed = db.inTransaction((EntityManager em) -> new JpaReservationRepository(em)
                .findByServiceDate(s.restaurant(), DAY, Set.of(ReservationStatus.CONFIRMED)));

        assertThat(all).extracting(Reservation::getId).containsExactly(ids[0], ids[1]);
        assertThat(confirmed).extracting(Reservation::getId).containsExactly(ids[0]);
    }

    @Test
    void overlapping_reservations_are_found_per_table_ignoring_released_ones() {
        Setup s = setup();
        long[] ids = db.inTransaction(em -> {
            JpaReservationRepository reservations = new JpaReservationRepository(em);
            Reservation onT1 = reservations.save(reservation(s, EIGHT_PM, 120, s.t1()));             // 20:00-22:00
            Reservation onT2 = reservations.save(reservation(s, EIGHT_PM.plusSeconds(1800), 60, s.t2())); // 20:30-21:30
            Reservation onT1andT2Later = reservations.save(
                    reservation(s, EIGHT_PM.plusSeconds(2 * 3600), 60, s.t1(), s.t2()));                 // 22:00-23:00
            Reservation cancelled = reservations.save(reservation(s, EIGHT_PM, 120, s.t2()));
            cancelled.cancel("no", EIGHT_PM);
            Reservation withoutTable = reservations.save(reservation(s, EIGHT_PM, 120));
            return new long[] {onT1.getId(), onT2.getId(), onT1andT2Later.getId(), withoutTable.getId()};
        });
        Instant from = EIGHT_PM.plusSeconds(3600);     // 21:00
        Instant to = EIGHT_PM.plusSeconds(2 * 3600);   // 22:00 (exclusive)

        List<Reservation> onT1 = db.inTransaction((EntityManager em) -> new JpaReservationRepository(em)
                .findOverlappingOnTables(s.restaurant(), from, to, List.of(s.t1())));
        List<Reservation> onT1orT2 = db.inTransaction((EntityManager em) -> new JpaReservationRepository(em)
                .findOverlappingOnTables(s.restaurant(), from, to.plusSeconds(1), List.of(s.t1(), s.t2())));
        List<Reservation> onT3 = db.inTransaction((EntityManager em) -> new JpaReservationRepository(em)
                .findOverlappingOnTables(s.restaurant(), from, to, List.of(s.t3())));
        List<Reservation> anyTable = db.inTransaction((EntityManager em) -> new JpaReservationRepository(em)
                .findOverlapping(s.restaurant(), from, to));

        assertThat(onT1).extracting(Reservation::getId).containsExactly(ids[0]);
        assertThat(onT1orT2).extracting(Reservation::getId).containsExactly(ids[0], ids[1], ids[2]);
        assertThat(onT3).isEmpty();
        assertThat(anyTable).extracting(Reservation::getId).containsExactlyInAnyOrder(ids[0], ids[1], ids[3]);
    }

    @Test
    void external_load_is_found_by_date_and_by_platform_reference() {
        long restaurant = db.inTransaction(em -> {
            long id = Fixtures.restaurant(em);
            JpaExternalLoadRepository loads = new JpaExternalLoadRepository(em);
            loads.save(new ExternalLoad(id, "THEFORK", "TF-1", null, DAY, LocalTime.of(20, 0), 4, EIGHT_PM));
            loads.save(new ExternalLoad(id, "PAPER", "book-7", null, DAY, null, 10, EIGHT_PM));
            loads.save(new ExternalLoad(id, "THEFORK", "TF-2", null, DAY.plusDays(1), null, 2, EIGHT_PM));
            return id;
        });

        db.inTransaction(em -> {
            JpaExternalLoadRepository loads = new JpaExternalLoadRepository(em);
            assertThat(loads.findByDate(restaurant, DAY)).extracting(ExternalLoad::getCovers)
                    .containsExactlyInAnyOrder(4, 10);
            ExternalLoad tf1 = loads.findByRef(restaurant, "THEFORK", "TF-1").orElseThrow();
            assertThat(tf1.getSlotStart()).isEqualTo(LocalTime.of(20, 0));
            tf1.update(null, DAY, LocalTime.of(20, 30), 6, EIGHT_PM.plusSeconds(60));
        });
        assertThat(db.inTransaction((EntityManager em) -> new JpaExternalLoadRepository(em)
                .findByRef(restaurant, "THEFORK", "TF-1").orElseThrow().getCovers())).isEqualTo(6);
    }

    private static Reservation reservation(Setup s, Instant startsAt, int minutes, Long... tableIds) {
        Reservation reservation = new Reservation(s.restaurant(), s.service(), DAY, startsAt, minutes, 2,
                ReservationSource.PHONE, "Dupont", "+33612345678", startsAt.minusSeconds(86_400));
        if (tableIds.length > 0) {
            reservation.assignTables(s.room(), Set.of(tableIds));
        }
        return reservation;
    }
}
