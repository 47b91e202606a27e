package com.voiceorder.ordering.domain;

import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.domain.Restaurant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One opening of the restaurant as real instants: a weekly range on a service date that is not an
 * exceptional closure, with its last-order time (the latest moment the kitchen starts an order).
 * Local times that fall in a DST gap move forward; in an overlap the earlier offset is taken.
 */
public record ServiceWindow(LocalDate serviceDate, Instant opens, Instant closes, Instant lastOrder) {

    /** The windows of the service dates {@code first}..{@code last} (inclusive), by opening time. */
    public static List<ServiceWindow> between(Restaurant restaurant, LocalDate first, LocalDate last) {
        ZoneId zone = restaurant.zone();
        Duration margin = Duration.ofMinutes(restaurant.kitchenCapacity().lastOrderMinutesBeforeClosing());
        List<ServiceWindow> windows = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (restaurant.isClosedOn(date)) {
                continue;
            }
            for (OpeningHours range : restaurant.openingHours()) {
                if (range.dayOfWeek() == date.getDayOfWeek()) {
                    Instant opens = ZonedDateTime.ofLocal(range.startOn(date), zone, null).toInstant();
                    Instant closes = ZonedDateTime.ofLocal(range.endOn(date), zone, null).toInstant();
                    windows.add(new ServiceWindow(date, opens, closes, closes.minus(margin)));
                }
            }
        }
        windows.sort(Comparator.comparing(ServiceWindow::opens));
        return windows;
    }

    /** The earliest an order needing {@code prep} can be ready: the kitchen starts at opening. */
    public Instant earliestDue(Duration prep) {
        return opens.plus(prep);
    }

    /** The latest an order needing {@code prep} can be ready: started by last orders, done by closing. */
    public Instant latestDue(Duration prep) {
        Instant startedAtLastOrder = lastOrder.plus(prep);
        return startedAtLastOrder.isBefore(closes) ? startedAtLastOrder : closes;
    }

    public boolean contains(Instant at) {
        return !at.isBefore(opens) && !at.isAfter(closes);
    }
}
