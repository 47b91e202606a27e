package com.voiceorder.bench;

import com.voiceorder.availability.application.ReservationAvailability;
import com.voiceorder.reservations.application.DiningRoomCommand;
import com.voiceorder.reservations.application.DiningServiceCommand;
import com.voiceorder.reservations.application.DiningTableCommand;
import com.voiceorder.reservations.application.GuestBookingCommand;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.reservations.domain.ServiceKind;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.testing.BookingServices;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Reservation availability on a busy restaurant in a real PostgreSQL (embedded): two services every
 * day, 30 tables in two rooms (some combinable), 50,000 past reservations with their tables over
 * two years and the next two weeks partly booked through the booking service. Measures one
 * availability check (a transaction each, as the REST endpoint and the agent run it: services,
 * tables, closures, the day's bookings and external load read, seating plan and alternatives) and
 * one booking (with the booking lock). Prints a Markdown table. Arguments: [checks] [past reservations].
 */
public final class AvailabilityBench {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final List<LocalTime> ASKED = List.of(LocalTime.of(12, 0), LocalTime.of(12, 30),
            LocalTime.of(13, 15), LocalTime.of(19, 30), LocalTime.of(20, 0), LocalTime.of(20, 45), LocalTime.of(21, 30));

    private static TestDatabase db;

    private AvailabilityBench() {
    }

    /** One transaction with the booking services, as CDI wires them in the server. */
    private static <T> T with(Function<BookingServices, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(BookingServices.over(em, Clock.fixed(NOW, ZoneOffset.UTC))));
    }

    public static void main(String[] args) {
        int checks = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int past = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        try (TestDatabase database = TestDatabase.pooledPostgres()) {
            db = database;
            long restaurant = db.inTransaction((EntityManager em) -> Fixtures.restaurant(em));
            List<Long> services = setUp(restaurant);
            List<Long> tables = tablesOf(restaurant);
            long start = System.nanoTime();
            insertPast(restaurant, services, tables, past);
            System.err.printf("%d past reservations inserted in %.1f s%n", past, (System.nanoTime() - start) / 1e9);
            Random random = new Random(42);
            int booked = bookUpcoming(restaurant, random);
            System.err.printf("%d upcoming reservations booked%n", booked);

            long[] checkTimes = new long[checks];
            List<Long> whenAvailable = new ArrayList<>();
            List<Long> whenFull = new ArrayList<>();
            for (int i = -checks / 5; i < checks; i++) { // the first fifth warms up
                LocalDate date = TODAY.plusDays(random.nextInt(14));
                LocalTime time = ASKED.get(random.nextInt(ASKED.size()));
                int party = 2 + random.nextInt(5);
                long begin = System.nanoTime();
                ReservationAvailability answer = with(s -> s.availability()
                        .checkReservation(restaurant, date, time, party, null, null));
                if (i >= 0) {
                    checkTimes[i] = System.nanoTime() - begin;
                    (answer.available() ? whenAvailable : whenFull).add(checkTimes[i]);
                }
            }
            long[] bookTimes = new long[Math.max(1, checks / 10)];
            for (int i = 0; i < bookTimes.length; i++) {
                long begin = System.nanoTime();
                tryBook(restaurant, TODAY.plusDays(14 + random.nextInt(14)),
                        ASKED.get(random.nextInt(ASKED.size())), 2 + random.nextInt(3), "bench-" + i);
                bookTimes[i] = System.nanoTime() - begin;
            }
            System.out.printf("| measure (PostgreSQL, %,d past + %d upcoming reservations, 30 tables) | runs | p50 | p99 |%n",
                    past, booked);
            System.out.println("|---|---|---|---|");
            row("availability check, all", checkTimes);
            row("… the time asked is free", whenAvailable.stream().mapToLong(Long::longValue).toArray());
            row("… full: nearest free seatings over 7 days", whenFull.stream().mapToLong(Long::longValue).toArray());
            row("booking (lock, seating plan, customer, store)", bookTimes);
        }
        System.exit(0);
    }

    private static void row(String measure, long[] nanos) {
        System.out.printf("| %s | %d | %.2f ms | %.2f ms |%n", measure, nanos.length, Percentiles.millis(nanos, 50),
                Percentiles.millis(nanos, 99));
    }

    /** Lunch 12:00–14:00 and dinner 19:00–22:00 every day; two rooms, 30 tables; returns the service ids. */
    private static List<Long> setUp(long restaurant) {
        Set<DayOfWeek> everyDay = EnumSet.allOf(DayOfWeek.class);
        List<Long> services = new ArrayList<>();
        services.add(with(s -> s.setup().createService(restaurant, new DiningServiceCommand("Déjeuner",
                ServiceKind.LUNCH, everyDay, LocalTime.of(12, 0), LocalTime.of(14, 0), 15, 90, 24, 90,
                Map.of(6, 120), null, true)).getId()));
        services.add(with(s -> s.setup().createService(restaurant, new DiningServiceCommand("Dîner",
                ServiceKind.DINNER, everyDay, LocalTime.of(19, 0), LocalTime.of(22, 0), 15, 110, 30, 120,
                Map.of(6, 150), null, true)).getId()));
        for (String room : List.of("Salle", "Terrasse")) {
            long roomId = with(s -> s.setup().createRoom(restaurant,
                    new DiningRoomCommand(room, 0, true)).getId());
            Long previous = null;
            for (int t = 1; t <= 15; t++) {
                int seats = t % 5 == 0 ? 6 : t % 3 == 0 ? 4 : 2;
                Set<Long> combinable = previous == null || t % 2 == 1 ? Set.of() : Set.of(previous);
                String label = room.charAt(0) + String.valueOf(t);
                previous = with(s -> s.setup().createTable(restaurant,
                        new DiningTableCommand(roomId, label, 1, seats, combinable, true)).getId());
            }
        }
        return services;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> tablesOf(long restaurant) {
        return db.inTransaction((EntityManager em) -> ((List<Number>) em.createNativeQuery(
                        "SELECT id FROM dining_table WHERE restaurant_id = ?1 ORDER BY id")
                .setParameter(1, restaurant).getResultList()).stream().map(Number::longValue).toList());
    }

    /** Completed, cancelled and no-show reservations over the two years before today, a table each. */
    private static void insertPast(long restaurant, List<Long> services, List<Long> tables, int count) {
        db.inTransaction((EntityManager em) -> {
            Connection connection = em.unwrap(Connection.class);
            try (PreparedStatement reservations = connection.prepareStatement("""
                    INSERT INTO reservation (id, version, restaurant_id, service_id, party_size, service_date,
                        starts_at, ends_at, duration_minutes, status, source, guest_name, guest_phone, created_at)
                    SELECT 900000000 + g, 0, ?,
                        CASE WHEN g % 2 = 0 THEN ? ELSE ? END,
                        2 + g % 5,
                        d,
                        d + CASE WHEN g % 2 = 0 THEN time '10:00' ELSE time '17:30' END + (g % 8) * interval '15 minutes',
                        d + CASE WHEN g % 2 = 0 THEN time '11:30' ELSE time '19:30' END + (g % 8) * interval '15 minutes',
                        CASE WHEN g % 2 = 0 THEN 90 ELSE 120 END,
                        CASE WHEN g % 20 = 0 THEN 'CANCELLED' WHEN g % 33 = 0 THEN 'NO_SHOW' ELSE 'COMPLETED' END,
                        CASE WHEN g % 3 = 0 THEN 'PHONE' ELSE 'DASHBOARD' END,
                        'Client ' || g, '+3361' || lpad((g % 10000000)::text, 7, '0'),
                        (d - 3)::timestamp
                    FROM generate_series(1, ?) AS g, LATERAL (SELECT CAST(? AS date) - (1 + g % 730) AS d) AS day
                    """);
                 PreparedStatement tablesOfThem = connection.prepareStatement("""
                    INSERT INTO reservation_table (reservation_id, table_id)
                    SELECT 900000000 + g, (CAST(? AS bigint[]))[1 + g % ?] FROM generate_series(1, ?) AS g
                    """);
                 Statement analyze = connection.createStatement()) {
                reservations.setLong(1, restaurant);
                reservations.setLong(2, services.get(0));
                reservations.setLong(3, services.get(1));
                reservations.setInt(4, count);
                reservations.setString(5, TODAY.toString());
                reservations.executeUpdate();
                tablesOfThem.setArray(1, connection.createArrayOf("bigint", tables.toArray()));
                tablesOfThem.setInt(2, tables.size());
                tablesOfThem.setInt(3, count);
                tablesOfThem.executeUpdate();
                analyze.execute("ANALYZE");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not insert the past reservations", e);
            }
            return null;
        });
    }

    /** About half the covers of the next 14 days, booked as guests book them. */
    private static int bookUpcoming(long restaurant, Random random) {
        int booked = 0;
        for (int day = 0; day < 14; day++) {
            for (int n = 0; n < 25; n++) {
                booked += tryBook(restaurant, TODAY.plusDays(day), ASKED.get(random.nextInt(ASKED.size())),
                        2 + random.nextInt(4), "upcoming-" + day + "-" + n) ? 1 : 0;
            }
        }
        return booked;
    }

    private static boolean tryBook(long restaurant, LocalDate date, LocalTime time, int party, String guest) {
        try {
            with(s -> s.booking().book(restaurant, new GuestBookingCommand(null, null, null, new HashSet<>(),
                    party, date, time, guest, null, null, ReservationSource.PHONE)));
            return true;
        } catch (DomainException full) {
            return false;
        }
    }
}
