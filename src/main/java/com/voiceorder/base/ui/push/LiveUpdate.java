package com.voiceorder.base.ui.push;

import com.voiceorder.ordering.domain.OrderPlaced;
import com.voiceorder.ordering.domain.OrderStatusChanged;
import com.voiceorder.reservations.domain.ReservationBooked;
import com.voiceorder.reservations.domain.ReservationStatusChanged;
import java.util.Objects;

/**
 * What a dashboard screen of one restaurant is told after a commit: which order or reservation
 * appeared or changed, and its status (null when it was just created). Immutable, so one instance
 * is handed to every screen. {@code publishedNanos} ({@link System#nanoTime()}, taken after the commit)
 * lets screens share one read of the data: any read started after it sees the change.
 */
public record LiveUpdate(long restaurantId, Subject subject, long subjectId, Change change, String status,
                         long publishedNanos) {

    public enum Subject { ORDER, RESERVATION }

    public enum Change { CREATED, STATUS_CHANGED }

    public LiveUpdate {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(change, "change");
    }

    /** An update published now. */
    public LiveUpdate(long restaurantId, Subject subject, long subjectId, Change change, String status) {
        this(restaurantId, subject, subjectId, change, status, System.nanoTime());
    }

    /** The same update without its publication time, for comparing what was said. */
    public LiveUpdate content() {
        return new LiveUpdate(restaurantId, subject, subjectId, change, status, 0);
    }

    public static LiveUpdate of(OrderPlaced event) {
        return new LiveUpdate(event.restaurantId(), Subject.ORDER, event.orderId(), Change.CREATED, null);
    }

    public static LiveUpdate of(OrderStatusChanged event) {
        return new LiveUpdate(event.restaurantId(), Subject.ORDER, event.orderId(), Change.STATUS_CHANGED,
                event.status().name());
    }

    public static LiveUpdate of(ReservationBooked event) {
        return new LiveUpdate(event.restaurantId(), Subject.RESERVATION, event.reservationId(), Change.CREATED, null);
    }

    public static LiveUpdate of(ReservationStatusChanged event) {
        return new LiveUpdate(event.restaurantId(), Subject.RESERVATION, event.reservationId(),
                Change.STATUS_CHANGED, event.status().name());
    }

    /** Something new arrived (worth a sound on the board). */
    public boolean isArrival() {
        return change == Change.CREATED;
    }
}
