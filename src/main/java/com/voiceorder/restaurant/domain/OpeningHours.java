package com.voiceorder.restaurant.domain;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.LocalTimeConverter;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One weekly opening range in the restaurant's local time, e.g. Friday 19:00–01:00. A closing
 * time at or before the opening time means the range ends on the next day (00:00 = midnight).
 */
@Embeddable
public class OpeningHours {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek dayOfWeek;

    @Convert(converter = LocalTimeConverter.class)
    @Column(name = "opens", nullable = false)
    private LocalTime opens;

    @Convert(converter = LocalTimeConverter.class)
    @Column(name = "closes", nullable = false)
    private LocalTime closes;

    protected OpeningHours() {
    }

    public OpeningHours(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {
        this.dayOfWeek = Guard.required("dayOfWeek", dayOfWeek);
        this.opens = Guard.required("opens", opens);
        this.closes = Guard.required("closes", closes);
        if (opens.equals(closes)) {
            throw new DomainException("closes", "An opening range cannot close when it opens (" + opens + ")");
        }
    }

    public DayOfWeek dayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    /** True when the range ends on the day after it starts. */
    public boolean endsNextDay() {
        return !closes.isAfter(opens);
    }

    /** Local start of this range when it starts on the given date (which must be its weekday). */
    public LocalDateTime startOn(LocalDate date) {
        return date.atTime(opens);
    }

    /** Local end of this range when it starts on the given date. */
    public LocalDateTime endOn(LocalDate date) {
        return (endsNextDay() ? date.plusDays(1) : date).atTime(closes);
    }

    /** Whether the range, starting on serviceDate, covers the local date-time (end excluded). */
    public boolean covers(LocalDate serviceDate, LocalDateTime local) {
        return serviceDate.getDayOfWeek() == dayOfWeek
                && !local.isBefore(startOn(serviceDate))
                && local.isBefore(endOn(serviceDate));
    }

    /** Whether the two weekly ranges share some time, including across midnight and Sunday→Monday. */
    public boolean overlaps(OpeningHours other) {
        // Compare on a reference week, shifting the other range by -7, 0 and +7 days to catch wrap-around.
        LocalDate monday = LocalDate.of(2024, 1, 1);
        LocalDate mine = monday.plusDays(dayOfWeek.getValue() - 1L);
        LocalDate theirs = monday.plusDays(other.dayOfWeek.getValue() - 1L);
        for (int shift = -7; shift <= 7; shift += 7) {
            LocalDate otherDate = theirs.plusDays(shift);
            if (startOn(mine).isBefore(other.endOn(otherDate)) && other.startOn(otherDate).isBefore(endOn(mine))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpeningHours other && dayOfWeek == other.dayOfWeek
                && opens.equals(other.opens) && closes.equals(other.closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, opens, closes);
    }

    @Override
    public String toString() {
        return dayOfWeek + " " + opens + "-" + closes;
    }
}
