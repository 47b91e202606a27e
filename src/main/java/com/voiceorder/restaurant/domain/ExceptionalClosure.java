package com.voiceorder.restaurant.domain;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** Days the restaurant is closed although its weekly hours say open (holidays, works…). Both ends inclusive. */
@Embeddable
public class ExceptionalClosure {

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Column(name = "reason", length = 200)
    private String reason;

    protected ExceptionalClosure() {
    }

    public ExceptionalClosure(LocalDate fromDate, LocalDate toDate, String reason) {
        this.fromDate = Guard.required("fromDate", fromDate);
        this.toDate = Guard.required("toDate", toDate);
        if (toDate.isBefore(fromDate)) {
            throw new DomainException("toDate", "A closure cannot end (" + toDate + ") before it starts (" + fromDate + ")");
        }
        this.reason = Guard.optionalText("reason", reason, 200);
    }

    public static ExceptionalClosure singleDay(LocalDate date, String reason) {
        return new ExceptionalClosure(date, date, reason);
    }

    public LocalDate fromDate() {
        return fromDate;
    }

    public LocalDate toDate() {
        return toDate;
    }

    public String reason() {
        return reason;
    }

    public boolean includes(LocalDate date) {
        return !date.isBefore(fromDate) && !date.isAfter(toDate);
    }

    public boolean overlaps(ExceptionalClosure other) {
        return !fromDate.isAfter(other.toDate) && !other.fromDate.isAfter(toDate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExceptionalClosure other && fromDate.equals(other.fromDate)
                && toDate.equals(other.toDate) && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fromDate, toDate, reason);
    }

    @Override
    public String toString() {
        return fromDate + ".." + toDate + (reason == null ? "" : " (" + reason + ")");
    }
}
