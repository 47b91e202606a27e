package com.voiceorder.restaurant.domain;

import static com.voiceorder.restaurant.RestaurantFixtures.PARIS;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.shared.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestaurantOpeningTest {

    private final Restaurant restaurant = RestaurantFixtures.restaurant("Le Nocturne");

    private static ZonedDateTime paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS);
    }

    private static OpeningHours hours(java.time.DayOfWeek day, String opens, String closes) {
        return new OpeningHours(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    @Test
    void a_range_past_midnight_belongs_to_the_day_it_starts() {
        // 2025-06-06 is a Friday.
        restaurant.replaceOpeningHours(List.of(hours(FRIDAY, "19:00", "02:00")));

        assertThat(restaurant.isOpenAt(paris("2025-06-06T18:59"))).isFalse();
        assertThat(restaurant.isOpenAt(paris("2025-06-06T19:00"))).isTrue();
        assertThat(restaurant.isOpenAt(paris("2025-06-06T23:59"))).isTrue();
        assertThat(restaurant.isOpenAt(paris("2025-06-07T01:59"))).isTrue();
        assertThat(restaurant.isOpenAt(paris("2025-06-07T02:00"))).isFalse();
        // Saturday evening is not covered: the range starts on Fridays only.
        assertThat(restaurant.isOpenAt(paris("2025-06-07T20:00"))).isFalse();
        // A Thursday night is not the tail of a Friday range.
        assertThat(restaurant.isOpenAt(paris("2025-06-06T01:00"))).isFalse();
    }

    @Test
    void closing_at_midnight_ends_at_the_start_of_the_next_day() {
        restaurant.replaceOpeningHours(List.of(hours(FRIDAY, "19:00", "00:00")));
        assertThat(restaurant.isOpenAt(paris("2025-06-06T23:59:59"))).isTrue();
        assertThat(restaurant.isOpenAt(paris("2025-06-07T00:00"))).isFalse();
        assertThat(restaurant.closingTimeAfter(paris("2025-06-06T20:00"))).contains(paris("2025-06-07T00:00"));
    }

    @Test
    void the_moment_is_read_in_the_restaurants_own_zone() {
        restaurant.replaceOpeningHours(List.of(hours(MONDAY, "12:00", "14:00")));
        // 2025-06-02 is a Monday; 12:30 in Paris (CEST) is 10:30 UTC.
        assertThat(restaurant.isOpenAt(Instant.parse("2025-06-02T10:30:00Z"))).isTrue();
        assertThat(restaurant.isOpenAt(ZonedDateTime.of(2025, 6, 2, 12, 30, 0, 0, ZoneOffset.UTC))).isFalse();
    }

    @Test
    void on_the_spring_dst_night_a_range_ends_at_local_closing_time() {
        // Sunday 2025-03-30: at 02:00 CET clocks jump to 03:00 CEST. The Saturday range ends at 03:00 local.
        restaurant.replaceOpeningHours(List.of(hours(SATURDAY, "22:00", "03:00")));

        assertThat(restaurant.isOpenAt(Instant.parse("2025-03-30T00:30:00Z"))).isTrue();  // 01:30 CET
        assertThat(restaurant.isOpenAt(Instant.parse("2025-03-30T00:59:59Z"))).isTrue();  // 01:59:59 CET
        assertThat(restaurant.isOpenAt(Instant.parse("2025-03-30T01:00:00Z"))).isFalse(); // 03:00 CEST
        assertThat(restaurant.closingTimeAfter(paris("2025-03-29T23:00")))
                .map(ZonedDateTime::toInstant).contains(Instant.parse("2025-03-30T01:00:00Z"));
    }

    @Test
    void on_the_autumn_dst_night_both_passes_of_the_repeated_hour_are_open() {
        // Sunday 2025-10-26: at 03:00 CEST clocks go back to 02:00 CET, so 02:30 happens twice.
        restaurant.replaceOpeningHours(List.of(hours(SATURDAY, "22:00", "03:00")));

        assertThat(restaurant.isOpenAt(Instant.parse("2025-10-26T00:30:00Z"))).isTrue();  // 02:30 CEST
        assertThat(restaurant.isOpenAt(Instant.parse("2025-10-26T01:30:00Z"))).isTrue();  // 02:30 CET
        assertThat(restaurant.isOpenAt(Instant.parse("2025-10-26T02:00:00Z"))).isFalse(); // 03:00 CET
    }

    @Test
    void a_dst_sunday_daytime_range_follows_the_local_clock() {
        restaurant.replaceOpeningHours(List.of(hours(SUNDAY, "12:00", "14:00")));
        assertThat(restaurant.isOpenAt(Instant.parse("2025-03-30T10:00:00Z"))).isTrue();  // 12:00 CEST
        assertThat(restaurant.isOpenAt(Instant.parse("2025-03-30T11:00:00Z"))).isTrue();  // 13:00 CEST
        assertThat(restaurant.isOpenAt(Instant.parse("2025-10-26T11:00:00Z"))).isTrue();  // 12:00 CET
        assertThat(restaurant.isOpenAt(Instant.parse("2025-10-26T10:00:00Z"))).isFalse(); // 11:00 CET
    }

    @Test
    void an_exceptional_closure_closes_the_ranges_starting_on_its_days() {
        restaurant.replaceOpeningHours(List.of(hours(FRIDAY, "19:00", "02:00"), hours(SATURDAY, "19:00", "02:00")));
        restaurant.replaceClosures(List.of(ExceptionalClosure.singleDay(LocalDate.of(2025, 6, 7), "Mariage privé")));

        assertThat(restaurant.isClosedOn(LocalDate.of(2025, 6, 7))).isTrue();
        assertThat(restaurant.isClosedOn(LocalDate.of(2025, 6, 6))).isFalse();
        // Friday night runs into the closed Saturday: it still ends normally.
        assertThat(restaurant.isOpenAt(paris("2025-06-07T01:00"))).isTrue();
        assertThat(restaurant.isOpenAt(paris("2025-06-07T20:00"))).isFalse();
        assertThat(restaurant.isOpenAt(paris("2025-06-08T01:00"))).isFalse();
    }

    @Test
    void closures_include_both_ends_and_must_not_overlap_or_run_backwards() {
        ExceptionalClosure august = new ExceptionalClosure(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 15), "Congés");
        assertThat(august.includes(LocalDate.of(2025, 8, 1))).isTrue();
        assertThat(august.includes(LocalDate.of(2025, 8, 15))).isTrue();
        assertThat(august.includes(LocalDate.of(2025, 8, 16))).isFalse();

        assertThatThrownBy(() -> new ExceptionalClosure(LocalDate.of(2025, 8, 15), LocalDate.of(2025, 8, 1), null))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("toDate");
        restaurant.replaceClosures(List.of(august));
        assertThatThrownBy(() -> restaurant.replaceClosures(List.of(august,
                ExceptionalClosure.singleDay(LocalDate.of(2025, 8, 15), "Assomption"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("overlap");
        assertThat(restaurant.closures()).containsExactly(august);
    }

    @Test
    void overlapping_opening_ranges_are_refused_including_across_midnight_and_the_week_end() {
        assertThatThrownBy(() -> restaurant.replaceOpeningHours(List.of(
                hours(MONDAY, "11:00", "15:00"), hours(MONDAY, "14:00", "18:00"))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> restaurant.replaceOpeningHours(List.of(
                hours(FRIDAY, "19:00", "02:00"), hours(SATURDAY, "01:00", "03:00"))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> restaurant.replaceOpeningHours(List.of(
                hours(SUNDAY, "20:00", "02:00"), hours(MONDAY, "00:30", "01:00"))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> hours(MONDAY, "12:00", "12:00")).isInstanceOf(DomainException.class);

        restaurant.replaceOpeningHours(List.of(hours(MONDAY, "11:30", "14:00"), hours(MONDAY, "19:00", "23:00"),
                hours(SUNDAY, "19:00", "00:00")));
        assertThat(restaurant.openingHours()).hasSize(3);
    }

    @Test
    void orders_stop_before_closing_by_the_last_order_margin() {
        restaurant.replaceOpeningHours(List.of(hours(FRIDAY, "19:00", "23:00")));
        restaurant.updateKitchenCapacity(new KitchenCapacity(15, 4, 20, 20, 30));
        assertThat(restaurant.isTakingOrdersAt(paris("2025-06-06T22:29"))).isTrue();
        assertThat(restaurant.isTakingOrdersAt(paris("2025-06-06T22:30"))).isFalse();
        assertThat(restaurant.isOpenAt(paris("2025-06-06T22:30"))).isTrue();
        assertThat(restaurant.isTakingOrdersAt(paris("2025-06-06T23:30"))).isFalse();
    }
}
