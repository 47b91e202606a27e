package com.voiceorder.reservations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.shared.domain.DomainException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiningServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void slots_run_from_the_start_to_the_last_seating_every_interval() {
        DiningService lunch = service(LocalTime.of(12, 0), LocalTime.of(13, 30), 30);

        List<ZonedDateTime> slots = lunch.slotsOn(LocalDate.of(2026, 6, 10), PARIS);

        assertThat(slots).extracting(s -> s.toLocalTime().toString())
                .containsExactly("12:00", "12:30", "13:00", "13:30");
        assertThat(slots).allSatisfy(s -> assertThat(s.getOffset().getTotalSeconds()).isEqualTo(7200));
    }

    @Test
    void a_last_seating_before_the_start_is_on_the_next_day() {
        DiningService lateDinner = service(LocalTime.of(22, 30), LocalTime.of(0, 30), 30);

        List<ZonedDateTime> slots = lateDinner.slotsOn(LocalDate.of(2026, 6, 10), PARIS);

        assertThat(slots).extracting(ZonedDateTime::toLocalDateTime).extracting(Object::toString)
                .containsExactly("2026-06-10T22:30", "2026-06-10T23:00", "2026-06-10T23:30", "2026-06-11T00:00",
                        "2026-06-11T00:30");
        assertThat(lateDinner.crossesMidnight()).isTrue();
    }

    @Test
    void on_the_spring_forward_day_slots_carry_summer_time_and_missing_times_are_skipped() {
        // 29 March 2026: clocks go from 02:00 to 03:00 in Paris.
        DiningService lunch = service(LocalTime.of(12, 0), LocalTime.of(13, 0), 30);
        assertThat(lunch.slotsOn(LocalDate.of(2026, 3, 29), PARIS)).extracting(ZonedDateTime::toInstant)
                .extracting(Object::toString)
                .containsExactly("2026-03-29T10:00:00Z", "2026-03-29T10:30:00Z", "2026-03-29T11:00:00Z");

        DiningService nightService = service(LocalTime.of(23, 0), LocalTime.of(3, 30), 30);
        List<ZonedDateTime> night = nightService.slotsOn(LocalDate.of(2026, 3, 28), PARIS);

        assertThat(night).extracting(s -> s.toLocalTime().toString())
                .containsExactly("23:00", "23:30", "00:00", "00:30", "01:00", "01:30", "03:00", "03:30");
        assertThat(Duration.between(night.get(5), night.get(6))).isEqualTo(Duration.ofMinutes(30));
        assertThat(night.get(6).getOffset().getTotalSeconds()).isEqualTo(7200);
    }

    @Test
    void on_the_fall_back_day_an_ambiguous_time_is_offered_once_at_the_earlier_offset() {
        // 25 October 2026: clocks go from 03:00 back to 02:00 in Paris.
        DiningService lunch = service(LocalTime.of(12, 0), LocalTime.of(12, 30), 30);
        assertThat(lunch.slotsOn(LocalDate.of(2026, 10, 25), PARIS)).extracting(ZonedDateTime::toInstant)
                .extracting(Object::toString)
                .containsExactly("2026-10-25T11:00:00Z", "2026-10-25T11:30:00Z");

        DiningService nightService = service(LocalTime.of(23, 30), LocalTime.of(3, 0), 30);
        List<ZonedDateTime> night = nightService.slotsOn(LocalDate.of(2026, 10, 24), PARIS);

        assertThat(night).extracting(s -> s.toLocalTime().toString())
                .containsExactly("23:30", "00:00", "00:30", "01:00", "01:30", "02:00", "02:30", "03:00");
        assertThat(night.get(5).getOffset().getTotalSeconds()).isEqualTo(7200);  // 02:00 summer time
        assertThat(night.get(7).getOffset().getTotalSeconds()).isEqualTo(3600);  // 03:00 winter time
        assertThat(Duration.between(night.get(6), night.get(7))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void a_service_runs_only_on_its_weekdays_and_while_active() {
        DiningService lunch = new DiningService(1L, "Déjeuner", ServiceKind.LUNCH,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalTime.NOON, LocalTime.of(14, 0), 15, 40, null, 90);
        LocalDate monday = LocalDate.of(2026, 6, 8);

        assertThat(lunch.runsOn(monday)).isTrue();
        assertThat(lunch.runsOn(monday.plusDays(2))).isFalse();
        assertThat(lunch.slotsOn(monday.plusDays(2), PARIS)).isEmpty();

        lunch.deactivate();
        assertThat(lunch.runsOn(monday)).isFalse();
    }

    @Test
    void durations_depend_on_the_party_size_with_a_default_for_large_parties() {
        DiningService dinner = service(LocalTime.of(19, 0), LocalTime.of(22, 0), 15);
        dinner.defineDurations(150, Map.of(2, 90, 4, 105, 6, 120));

        assertThat(dinner.durationFor(1)).isEqualTo(90);
        assertThat(dinner.durationFor(2)).isEqualTo(90);
        assertThat(dinner.durationFor(3)).isEqualTo(105);
        assertThat(dinner.durationFor(6)).isEqualTo(120);
        assertThat(dinner.durationFor(7)).isEqualTo(150);
        assertThatThrownBy(() -> dinner.durationFor(0)).isInstanceOf(DomainException.class);
    }

    @Test
    void pacing_cannot_exceed_the_service_capacity() {
        DiningService dinner = service(LocalTime.of(19, 0), LocalTime.of(22, 0), 15);

        assertThatThrownBy(() -> dinner.limitCapacity(40, 41)).isInstanceOf(DomainException.class);
        dinner.limitCapacity(40, 12);
        assertThat(dinner.getPacingCovers()).isEqualTo(12);
    }

    private static DiningService service(LocalTime start, LocalTime lastSeating, int interval) {
        return new DiningService(1L, "Service", ServiceKind.DINNER, EnumSet.allOf(DayOfWeek.class), start, lastSeating,
                interval, 60, null, 90);
    }
}
