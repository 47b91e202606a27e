package com.voiceorder.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.restaurant.domain.ExceptionalClosure;
import com.voiceorder.restaurant.domain.KitchenCapacity;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.domain.Restaurant;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Promised times in Marseille: Friday 19:00–01:00, Saturday 12:00–14:30 and 19:00–03:30 (split
 * lunch and dinner, past midnight); 15-minute slots of at most 2 orders and 6 items, 20 minutes of
 * prep by default, last orders 15 minutes before closing; closed Saturday 9 May 2026 for works.
 * Now is Saturday 2 May 2026, 11:00.
 */
class KitchenScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = at("2026-05-02T11:00");
    private static final KitchenDemand TWO_PIZZAS = new KitchenDemand(2, 20);

    private Restaurant restaurant;
    private final List<KitchenBooking> bookings = new ArrayList<>();

    @BeforeEach
    void restaurant() {
        restaurant = RestaurantFixtures.restaurant("Chez Test");
        restaurant.replaceOpeningHours(List.of(
                new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(19, 0), LocalTime.of(1, 0)),
                new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(12, 0), LocalTime.of(14, 30)),
                new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(19, 0), LocalTime.of(3, 30))));
        restaurant.replaceClosures(List.of(ExceptionalClosure.singleDay(java.time.LocalDate.of(2026, 5, 9), "Travaux")));
        restaurant.updateKitchenCapacity(new KitchenCapacity(15, 2, 6, 20, 15));
    }

    @ParameterizedTest(name = "{0}: {1} items of {2} min at {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "OK", textBlock = """
            lunch, after the kitchen's 20 minutes         | 2 | 20 | 2026-05-02T12:20 | OK
            sooner than the kitchen can make it           | 2 | 20 | 2026-05-02T11:15 | TOO_SOON
            in the past                                   | 2 | 20 | 2026-05-01T20:00 | TOO_SOON
            before opening                                | 2 | 20 | 2026-05-02T11:45 | CLOSED
            opening, without time to cook                 | 2 | 20 | 2026-05-02T12:10 | CLOSED
            between lunch and dinner                      | 2 | 20 | 2026-05-02T16:00 | CLOSED
            at lunch's closing, started before last orders| 2 | 20 | 2026-05-02T14:30 | OK
            a quick dish started after last orders        | 1 | 10 | 2026-05-02T14:28 | PAST_LAST_ORDER
            the same quick dish started in time           | 1 | 10 | 2026-05-02T14:25 | OK
            after midnight, Saturday's dinner still open  | 2 | 20 | 2026-05-03T00:30 | OK
            Saturday night ready at 03:30 closing         | 2 | 20 | 2026-05-03T03:30 | OK
            after Saturday's closing at 03:30             | 2 | 20 | 2026-05-03T03:45 | CLOSED
            Sunday: no hours                              | 2 | 20 | 2026-05-03T12:30 | CLOSED
            Friday evening next week                      | 2 | 20 | 2026-05-08T20:00 | OK
            Friday's range past midnight                  | 2 | 20 | 2026-05-09T00:45 | OK
            Saturday of the closure                       | 2 | 20 | 2026-05-09T12:30 | CLOSED
            the closure's night past midnight             | 2 | 20 | 2026-05-10T00:30 | CLOSED
            """)
    void a_requested_time_is_checked_against_hours_closures_last_orders_and_prep(
            String description, int items, int prepMinutes, String local, UnavailableReason expected) {
        Optional<KitchenSchedule.Refusal> refusal = schedule().refusal(at(local), new KitchenDemand(items, prepMinutes),
                Duration.ZERO);

        assertThat(refusal.map(KitchenSchedule.Refusal::reason).orElse(null)).isEqualTo(expected);
    }

    @Test
    void a_closure_is_named_with_its_reason() {
        assertThat(schedule().refusal(at("2026-05-09T12:30"), TWO_PIZZAS, Duration.ZERO))
                .get().extracting(KitchenSchedule.Refusal::message).asString().contains("Travaux");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "OK", textBlock = """
            two orders already in the 12:30 slot         | 12:30,1 12:40,1 | 2 | 2026-05-02T12:35 | KITCHEN_FULL
            the next slot is free                        | 12:30,1 12:40,1 | 2 | 2026-05-02T12:45 | OK
            one order but its items fill the slot        | 12:50,5         | 2 | 2026-05-02T12:55 | KITCHEN_FULL
            one order with room for one more item        | 12:50,5         | 1 | 2026-05-02T12:55 | OK
            a big order alone in an empty slot           |                 | 8 | 2026-05-02T13:05 | OK
            a big order next to another                  | 13:00,1         | 8 | 2026-05-02T13:05 | KITCHEN_FULL
            """)
    void each_slot_holds_a_limited_number_of_orders_and_items(String description, String booked, int items,
                                                              String local, UnavailableReason expected) {
        book("2026-05-02", booked);

        Optional<KitchenSchedule.Refusal> refusal = schedule().refusal(at(local), new KitchenDemand(items, 20),
                Duration.ZERO);

        assertThat(refusal.map(KitchenSchedule.Refusal::reason).orElse(null)).isEqualTo(expected);
    }

    @Test
    void the_earliest_pickup_is_the_opening_plus_the_prep_time() {
        assertThat(schedule().feasibleTimes(NOW, TWO_PIZZAS, Duration.ZERO, 1)).containsExactly(at("2026-05-02T12:20"));
    }

    @Test
    void the_earliest_pickup_skips_full_slots() {
        book("2026-05-02", "12:20,1 12:25,1");

        assertThat(schedule().feasibleTimes(NOW, TWO_PIZZAS, Duration.ZERO, 1)).containsExactly(at("2026-05-02T12:30"));
    }

    @Test
    void a_delivery_arrives_the_travel_time_after_the_kitchen_is_done() {
        assertThat(schedule().feasibleTimes(NOW, TWO_PIZZAS, Duration.ofMinutes(15), 1))
                .containsExactly(at("2026-05-02T12:35"));
        assertThat(schedule().refusal(at("2026-05-02T12:30"), TWO_PIZZAS, Duration.ofMinutes(15)))
                .get().extracting(KitchenSchedule.Refusal::reason).isEqualTo(UnavailableReason.CLOSED);
    }

    @Test
    void travel_times_that_are_not_round_give_a_promised_time_rounded_up_to_five_minutes() {
        assertThat(schedule().feasibleTimes(NOW, TWO_PIZZAS, Duration.ofMinutes(13), 1))
                .containsExactly(at("2026-05-02T12:35"));
    }

    @Test
    void late_at_lunch_the_earliest_time_is_at_dinner() {
        KitchenSchedule schedule = new KitchenSchedule(restaurant, at("2026-05-02T14:20"), bookings);

        assertThat(schedule.feasibleTimes(at("2026-05-02T14:20"), TWO_PIZZAS, Duration.ZERO, 1))
                .containsExactly(at("2026-05-02T19:20"));
    }

    @Test
    void before_midnight_the_earliest_time_is_after_midnight_in_the_same_service() {
        KitchenSchedule schedule = new KitchenSchedule(restaurant, at("2026-05-02T23:50"), bookings);

        assertThat(schedule.feasibleTimes(at("2026-05-02T23:50"), TWO_PIZZAS, Duration.ZERO, 1))
                .containsExactly(at("2026-05-03T00:10"));
    }

    @Test
    void after_the_last_service_of_the_week_the_earliest_is_next_friday_and_the_closure_is_skipped() {
        Instant sundayMorning = at("2026-05-03T10:00");
        KitchenSchedule schedule = new KitchenSchedule(restaurant, sundayMorning, bookings);

        // Friday 8 May 19:20; the next Saturday (9 May) is closed, so after Friday comes Saturday 16 May
        assertThat(schedule.feasibleTimes(sundayMorning, TWO_PIZZAS, Duration.ZERO, 1))
                .containsExactly(at("2026-05-08T19:20"));
    }

    @Test
    void alternatives_to_a_refused_time_are_feasible_and_each_in_a_later_slot() {
        book("2026-05-02", "19:30,1 19:35,1 19:45,3 19:50,3");
        KitchenSchedule schedule = schedule();

        List<Instant> next = schedule.feasibleTimes(at("2026-05-02T19:30"), TWO_PIZZAS, Duration.ZERO, 3);

        assertThat(next).containsExactly(at("2026-05-02T20:00"), at("2026-05-02T20:15"), at("2026-05-02T20:30"));
        next.forEach(time -> assertThat(schedule.refusal(time, TWO_PIZZAS, Duration.ZERO)).isEmpty());
    }

    @Test
    void every_proposal_of_a_busy_week_passes_the_check() {
        for (int day = 2; day <= 9; day++) {
            book("2026-05-0" + day, "12:20,2 12:35,4 19:20,1 19:25,1 20:00,6 23:55,2");
        }
        KitchenSchedule schedule = schedule();
        for (Duration travel : List.of(Duration.ZERO, Duration.ofMinutes(7), Duration.ofMinutes(25))) {
            List<Instant> times = schedule.feasibleTimes(NOW, TWO_PIZZAS, travel, 40);
            assertThat(times).hasSize(40).isSorted();
            times.forEach(time -> assertThat(schedule.refusal(time, TWO_PIZZAS, travel)).as("%s", time).isEmpty());
        }
    }

    // --- DST -------------------------------------------------------------------------------------

    @Test
    void on_the_spring_forward_night_the_missing_hour_is_skipped() {
        Instant now = ZonedDateTime.ofLocal(LocalDateTime.parse("2026-03-29T01:50"), PARIS, null).toInstant();
        KitchenSchedule schedule = new KitchenSchedule(restaurant, now, bookings);

        // 01:50 + 20 minutes is 03:10 summer time: 02:00–03:00 does not exist that night
        assertThat(schedule.feasibleTimes(now, TWO_PIZZAS, Duration.ZERO, 1))
                .containsExactly(Instant.parse("2026-03-29T01:10:00Z"));
        assertThat(KitchenSlot.containing(Instant.parse("2026-03-29T01:10:00Z"), PARIS, 15))
                .isEqualTo(new KitchenSlot(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-03-29T01:15:00Z")));
    }

    @Test
    void on_the_fall_back_night_the_repeated_hour_has_slots_of_its_own() {
        restaurant.updateKitchenCapacity(new KitchenCapacity(15, 1, 6, 20, 15));
        bookings.add(new KitchenBooking(Instant.parse("2026-10-25T00:10:00Z"), 2)); // 02:10 summer time
        Instant now = Instant.parse("2026-10-24T23:00:00Z");
        KitchenSchedule schedule = new KitchenSchedule(restaurant, now, bookings);

        assertThat(schedule.refusal(Instant.parse("2026-10-25T00:12:00Z"), TWO_PIZZAS, Duration.ZERO))
                .get().extracting(KitchenSchedule.Refusal::reason).isEqualTo(UnavailableReason.KITCHEN_FULL);
        // 02:10 again, in winter time: another real quarter of an hour, free
        assertThat(schedule.refusal(Instant.parse("2026-10-25T01:10:00Z"), TWO_PIZZAS, Duration.ZERO)).isEmpty();
        assertThat(KitchenSlot.containing(Instant.parse("2026-10-25T01:10:00Z"), PARIS, 15).start())
                .isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
    }

    @Test
    void a_slot_that_does_not_divide_the_day_stops_at_midnight() {
        Instant lateEvening = ZonedDateTime.ofLocal(LocalDateTime.parse("2026-05-02T23:55"), PARIS, null).toInstant();

        KitchenSlot slot = KitchenSlot.containing(lateEvening, PARIS, 25);

        assertThat(slot.end()).isEqualTo(at("2026-05-03T00:00"));
        assertThat(slot.start()).isEqualTo(at("2026-05-02T23:45"));
    }

    // --- helpers -----------------------------------------------------------------------------------

    private KitchenSchedule schedule() {
        return new KitchenSchedule(restaurant, NOW, bookings);
    }

    /** "12:30,1 12:40,2": orders due at those local times on that day, with their items. */
    private void book(String day, String booked) {
        if (booked == null) {
            return;
        }
        for (String booking : booked.trim().split("\\s+")) {
            String[] timeAndItems = booking.split(",");
            bookings.add(new KitchenBooking(at(day + "T" + timeAndItems[0]), Integer.parseInt(timeAndItems[1])));
        }
    }

    private static Instant at(String local) {
        return ZonedDateTime.ofLocal(LocalDateTime.parse(local), PARIS, null).toInstant();
    }
}
