package com.voiceorder.reservations.domain;

import static com.voiceorder.testing.EntityIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.restaurant.domain.ExceptionalClosure;
import com.voiceorder.shared.domain.DomainException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The availability rules, case by case, on a small restaurant in Paris. */
class SeatingPlanTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 6, 12);
    private static final long SALLE = 1;
    private static final long TERRASSE = 2;
    private static final long DINNER = 500;
    private static final long LUNCH = 501;

    /** Dinner on Fridays and Saturdays, 19:00 to a last seating at 21:00 every 30 min, 20 covers, 8 arriving per slot. */
    private static DiningService dinner() {
        DiningService dinner = withId(new DiningService(9L, "Dîner", ServiceKind.DINNER,
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTime.of(19, 0), LocalTime.of(21, 0), 30, 20, 8,
                150), DINNER);
        dinner.defineDurations(150, Map.of(2, 90, 4, 120));
        return dinner;
    }

    private static DiningService lunch() {
        return withId(new DiningService(9L, "Déjeuner", ServiceKind.LUNCH, EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(12, 0), LocalTime.of(13, 0), 30, 20, null, 90), LUNCH);
    }

    private static DiningTable table(long id, long room, String label, int min, int max, Long... combinable) {
        DiningTable table = withId(new DiningTable(9L, room, label, min, max), id);
        table.combinableWith(Set.of(combinable));
        return table;
    }

    /** Salle: A1, A2 (1-2, combinable), B1, B2 (2-4, combinable), C1 (4-6). Terrasse: T1 (2-4), T2 (1-2). */
    private static List<DiningTable> tables() {
        return List.of(table(11, SALLE, "A1", 1, 2, 12L), table(12, SALLE, "A2", 1, 2, 11L),
                table(21, SALLE, "B1", 2, 4, 22L), table(22, SALLE, "B2", 2, 4, 21L), table(31, SALLE, "C1", 4, 6),
                table(41, TERRASSE, "T1", 2, 4), table(42, TERRASSE, "T2", 1, 2));
    }

    private static Instant at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(PARIS).toInstant();
    }

    private static BookedSeating booked(long id, String time, int minutes, int party, Long... tables) {
        Instant start = at(FRIDAY, time);
        return new BookedSeating(id, DINNER, FRIDAY, start, start.plusSeconds(minutes * 60L), party, Set.of(tables));
    }

    /** What a plan is built from; scenarios change one thing each. */
    private record Book(List<DiningService> services, List<DiningTable> tables, List<BookedSeating> bookings,
                        List<ExternalLoad> loads, List<ExceptionalClosure> closures, Instant now) {

        static Book standard() {
            return new Book(List.of(dinner(), lunch()), SeatingPlanTest.tables(), List.of(), List.of(), List.of(), NOW);
        }

        Book with(BookedSeating... more) {
            List<BookedSeating> all = new ArrayList<>(bookings);
            all.addAll(List.of(more));
            return new Book(services, tables, all, loads, closures, now);
        }

        Book with(ExternalLoad load) {
            return new Book(services, tables, bookings, List.of(load), closures, now);
        }

        Book closed(LocalDate day) {
            return new Book(services, tables, bookings, loads, List.of(ExceptionalClosure.singleDay(day, "Travaux")), now);
        }

        Book withoutTables() {
            return new Book(services, List.of(), bookings, loads, closures, now);
        }

        Book at(Instant now) {
            return new Book(services, tables, bookings, loads, closures, now);
        }

        SeatingPlan plan(LocalDate first, LocalDate last) {
            return new SeatingPlan(PARIS, now, closures, services, tables, bookings, loads, first, last);
        }
    }

    /** "A1" / "B1+B2" when seated (tables), "none" without tables, or the refusal's code. */
    private static String outcome(SeatingOutcome outcome) {
        if (!outcome.isSeated()) {
            return outcome.refusal().code();
        }
        return outcome.seating().tables() == null ? "none" : outcome.seating().tables().labels();
    }

    private static SeatingRequest ask(String time, int party) {
        return SeatingRequest.of(FRIDAY, time == null ? null : LocalTime.parse(time), party, null, null);
    }

    private static ExternalLoad load(Long serviceId, String slot, int covers) {
        return new ExternalLoad(9L, "THEFORK", "TF-" + covers, serviceId, FRIDAY, slot == null ? null : LocalTime.parse(slot),
                covers, NOW);
    }

    static Stream<Arguments> cases() {
        Book book = Book.standard();
        return Stream.of(
                Arguments.of("a couple gets the smallest fitting table", book, ask("19:00", 2), "A1"),
                Arguments.of("a party of four gets a four-seat table, not the six", book, ask("19:00", 4), "B1"),
                Arguments.of("a party no table seats alone gets combinable tables", book, ask("19:00", 8), "B1+B2"),
                Arguments.of("a table taken for the whole meal is skipped", book.with(booked(1, "19:00", 90, 2, 11L)),
                        ask("20:00", 2), "A2"),
                Arguments.of("a table is free again when the meal before ends",
                        book.with(booked(1, "19:00", 90, 2, 11L)), ask("20:30", 2), "A1"),
                Arguments.of("when the fitting tables are taken, two small ones are pushed together",
                        book.with(booked(1, "19:00", 120, 4, 21L), booked(2, "19:00", 120, 4, 22L),
                                booked(3, "19:00", 120, 4, 41L)), ask("19:30", 3), "A1+A2"),
                Arguments.of("only combinable tables of one room are pushed together",
                        book.with(booked(1, "19:00", 120, 4, 22L)), ask("19:30", 8), "no_table"),
                Arguments.of("a party no free table or combination seats finds no table",
                        book.with(booked(1, "19:00", 120, 4, 21L), booked(2, "19:00", 120, 4, 22L)),
                        ask("19:30", 7), "no_table"),
                Arguments.of("the last seating takes bookings", book, ask("21:00", 2), "A1"),
                Arguments.of("after the last seating there is no seating", book, ask("21:30", 2), "not_a_seating_time"),
                Arguments.of("a time off the slot grid is not a seating", book, ask("19:10", 2), "not_a_seating_time"),
                Arguments.of("pacing caps the covers arriving in one slot", book.with(booked(1, "19:00", 90, 6)),
                        ask("19:00", 3), "slot_full"),
                Arguments.of("pacing leaves the next slot open", book.with(booked(1, "19:00", 90, 6)),
                        ask("19:30", 3), "B1"),
                Arguments.of("an off-grid booking counts in the slot it starts in", book.with(booked(1, "19:10", 90, 6)),
                        ask("19:00", 3), "slot_full"),
                Arguments.of("the service's maximum covers are never exceeded",
                        book.with(booked(1, "19:00", 90, 6), booked(2, "19:30", 90, 6), booked(3, "20:00", 90, 6)),
                        ask("20:30", 3), "service_full"),
                Arguments.of("covers booked elsewhere count against the service", book.with(load(DINNER, null, 18)),
                        ask("20:30", 3), "service_full"),
                Arguments.of("covers booked elsewhere at a slot count against its pacing",
                        book.with(load(null, "19:00", 6)), ask("19:00", 3), "slot_full"),
                Arguments.of("covers booked elsewhere for another service do not count",
                        book.with(load(LUNCH, null, 20)), ask("19:00", 3), "B1"),
                Arguments.of("an exceptional closure closes the day", book.closed(FRIDAY), ask("19:00", 2), "closed"),
                Arguments.of("a day the service does not run has no seating", book,
                        SeatingRequest.of(FRIDAY.minusDays(3), LocalTime.of(19, 0), 2, DINNER, null), "not_served"),
                Arguments.of("a seating already past is refused", book.at(at(FRIDAY, "19:45")), ask("19:30", 2), "past"),
                Arguments.of("the room asked for is honoured when it has a fit", book,
                        SeatingRequest.of(FRIDAY, LocalTime.of(19, 0), 2, null, TERRASSE), "T2"),
                Arguments.of("without tables set up, covers alone decide", book.withoutTables(), ask("19:00", 8), "none"),
                Arguments.of("with no time asked, the first free seating that day is given", book, ask(null, 2), "A1"),
                Arguments.of("a reservation being changed keeps its tables when they still fit",
                        book.with(booked(7, "19:00", 120, 4, 22L)),
                        new SeatingRequest(FRIDAY, LocalTime.of(19, 30), 3, null, null, 7L, Set.of(22L)), "B2"),
                Arguments.of("a reservation being changed does not count against itself",
                        book.with(booked(7, "19:00", 90, 8, 21L, 22L)),
                        new SeatingRequest(FRIDAY, LocalTime.of(19, 0), 8, null, null, 7L, Set.of(21L, 22L)), "B1+B2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void availability_rules(String rule, Book book, SeatingRequest request, String expected) {
        assertThat(outcome(book.plan(FRIDAY.minusDays(7), FRIDAY.plusDays(7)).seat(request))).as(rule).isEqualTo(expected);
    }

    @Test
    void the_duration_follows_the_party_size() {
        SeatingPlan plan = Book.standard().plan(FRIDAY, FRIDAY);

        assertThat(plan.seat(ask("19:00", 2)).seating().durationMinutes()).isEqualTo(90);
        assertThat(plan.seat(ask("19:00", 4)).seating().durationMinutes()).isEqualTo(120);
        assertThat(plan.seat(ask("19:00", 5)).seating().durationMinutes()).isEqualTo(150);
    }

    @Test
    void a_preferred_room_without_a_fit_falls_back_to_another_room_and_says_so() {
        Seating seating = Book.standard().plan(FRIDAY, FRIDAY)
                .seat(SeatingRequest.of(FRIDAY, LocalTime.of(19, 0), 6, null, TERRASSE)).seating();

        assertThat(seating.tables().labels()).isEqualTo("C1");
        assertThat(seating.roomPreferenceHonoured()).isFalse();
    }

    @Test
    void when_the_time_asked_is_full_the_nearest_free_seatings_of_the_same_service_come_first() {
        // 20:00 is paced out; every other dinner seating has room.
        SeatingPlan plan = Book.standard().with(booked(1, "20:00", 90, 8)).plan(FRIDAY, FRIDAY);
        SeatingRequest request = SeatingRequest.of(FRIDAY, LocalTime.of(20, 0), 2, DINNER, null);

        assertThat(plan.seat(request).refusal()).isEqualTo(SeatingRefusal.SLOT_FULL);
        assertThat(plan.nearestFree(request, 3, null)).extracting(s -> s.startsAt().toLocalTime().toString())
                .containsExactly("19:30", "20:30", "19:00");
    }

    @Test
    void when_the_service_is_full_other_services_then_the_next_days_are_proposed() {
        SeatingPlan plan = Book.standard()
                .with(booked(1, "19:00", 90, 8), booked(2, "19:30", 90, 8), booked(3, "20:00", 90, 4))
                .plan(FRIDAY, FRIDAY.plusDays(1));
        SeatingRequest request = SeatingRequest.of(FRIDAY, LocalTime.of(20, 0), 6, DINNER, null);

        assertThat(plan.seat(request).refusal()).isEqualTo(SeatingRefusal.SERVICE_FULL);
        List<Seating> alternatives = plan.nearestFree(request, 4, null);
        assertThat(alternatives).extracting(s -> s.serviceId() + " " + s.startsAt().toLocalDateTime())
                .containsExactly(LUNCH + " 2026-06-12T13:00", LUNCH + " 2026-06-12T12:30", LUNCH + " 2026-06-12T12:00",
                        DINNER + " 2026-06-13T20:00");
    }

    @Test
    void a_service_past_midnight_seats_the_night_after_on_its_service_date() {
        DiningService late = withId(new DiningService(9L, "Souper", ServiceKind.OTHER, EnumSet.of(DayOfWeek.FRIDAY),
                LocalTime.of(22, 0), LocalTime.of(1, 0), 30, 30, null, 120), 600L);
        Book book = new Book(List.of(late), tables(), List.of(), List.of(), List.of(), NOW);
        SeatingPlan plan = book.plan(FRIDAY, FRIDAY);

        Seating seating = plan.seat(ask("00:30", 2)).seating();

        assertThat(seating.serviceDate()).isEqualTo(FRIDAY);
        assertThat(seating.startsAt()).isEqualTo(ZonedDateTime.of(FRIDAY.plusDays(1), LocalTime.of(0, 30), PARIS));
        assertThat(outcome(plan.seat(ask("01:30", 2)))).isEqualTo("not_a_seating_time");
        // a closure of the service date closes its night too
        assertThat(outcome(book.closed(FRIDAY).plan(FRIDAY, FRIDAY).seat(ask("00:30", 2)))).isEqualTo("closed");
    }

    /** A night service on Saturdays 22:00 → last seating 03:30, one table, two-hour meals. */
    private static SeatingPlan nightOf(LocalDate saturday, String bookedAt) {
        DiningService night = withId(new DiningService(9L, "Nuit", ServiceKind.OTHER, EnumSet.of(DayOfWeek.SATURDAY),
                LocalTime.of(22, 0), LocalTime.of(3, 30), 30, 30, null, 120), 700L);
        Instant start = saturday.plusDays(1).atTime(LocalTime.parse(bookedAt)).atZone(PARIS).toInstant();
        BookedSeating taken = new BookedSeating(1L, 700L, saturday, start, start.plusSeconds(7200), 2, Set.of(11L));
        return new SeatingPlan(PARIS, Instant.parse("2026-01-01T00:00:00Z"), List.of(), List.of(night), List.of(table(11, SALLE, "A1", 1, 2)),
                List.of(taken), List.of(), saturday, saturday);
    }

    private static SeatingRequest askNight(LocalDate saturday, String time) {
        return SeatingRequest.of(saturday, LocalTime.parse(time), 2, null, null);
    }

    @Test
    void on_the_spring_forward_night_a_meal_lasts_its_real_duration() {
        // 29 March 2026: 02:00 → 03:00. Booked 01:30 for two hours: the table is busy until 04:30 local.
        LocalDate saturday = LocalDate.of(2026, 3, 28);
        SeatingPlan plan = nightOf(saturday, "01:30");

        assertThat(outcome(plan.seat(askNight(saturday, "03:30")))).isEqualTo("no_table");
        assertThat(outcome(plan.seat(askNight(saturday, "02:30")))).isEqualTo("not_a_seating_time");
        assertThat(outcome(plan.seat(askNight(saturday, "23:30")))).isEqualTo("A1");
    }

    @Test
    void on_the_fall_back_night_the_repeated_hour_frees_the_table_earlier_on_the_clock() {
        // 25 October 2026: 03:00 → 02:00. Booked 01:30 (summer time) for two hours: free at 02:30 winter time.
        LocalDate saturday = LocalDate.of(2026, 10, 24);
        SeatingPlan plan = nightOf(saturday, "01:30");

        assertThat(outcome(plan.seat(askNight(saturday, "03:00")))).isEqualTo("A1");
        assertThat(outcome(plan.seat(askNight(saturday, "02:30")))).isEqualTo("no_table");
        Seating threeAm = plan.seat(askNight(saturday, "03:00")).seating();
        assertThat(threeAm.startsAt().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void a_plan_refuses_dates_it_was_not_built_for() {
        SeatingPlan plan = Book.standard().plan(FRIDAY, FRIDAY);

        assertThatThrownBy(() -> plan.seat(SeatingRequest.of(FRIDAY.plusDays(1), LocalTime.of(19, 0), 2, null, null)))
                .isInstanceOf(DomainException.class);
    }
}
