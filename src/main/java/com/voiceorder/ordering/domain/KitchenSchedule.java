package com.voiceorder.ordering.domain;

import com.voiceorder.restaurant.domain.ExceptionalClosure;
import com.voiceorder.restaurant.domain.KitchenCapacity;
import com.voiceorder.restaurant.domain.Restaurant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When the kitchen can have an order ready, seen at one moment ({@code now}) with the orders already
 * promised. An order of a given {@link KitchenDemand} fits a time when the kitchen can still prepare
 * it from now, the restaurant is open then (after the kitchen had its prep time since opening), the
 * kitchen starts it no later than the last-order time and has it ready by closing, and the kitchen
 * slot holding that time has room for one more order and its items (an order bigger than a slot
 * fits only an empty slot). A delivery's kitchen time is its promised time minus the travel time.
 * Pure: no clock, no database.
 */
public final class KitchenSchedule {

    /** Proposed times are rounded up to this, in real time (whole local minutes in every real zone). */
    public static final Duration ROUNDING = Duration.ofMinutes(5);
    /** How far ahead proposals are searched. */
    public static final int HORIZON_DAYS = 7;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Restaurant restaurant;
    private final ZoneId zone;
    private final KitchenCapacity capacity;
    private final Instant now;
    private final Map<Instant, SlotLoad> loads = new HashMap<>();

    public KitchenSchedule(Restaurant restaurant, Instant now, Collection<KitchenBooking> bookings) {
        this.restaurant = restaurant;
        this.zone = restaurant.zone();
        this.capacity = restaurant.kitchenCapacity();
        this.now = now;
        for (KitchenBooking booking : bookings) {
            loads.merge(slotOf(booking.dueAt()).start(), new SlotLoad(1, booking.items()), SlotLoad::plus);
        }
    }

    /** Why the order cannot be promised for that time; empty when it can. */
    public Optional<Refusal> refusal(Instant promised, KitchenDemand demand, Duration travel) {
        Duration prep = demand.prep();
        Instant due = promised.minus(travel);
        if (due.isBefore(now.plus(prep))) {
            return refuse(UnavailableReason.TOO_SOON, "The kitchen needs " + prep.toMinutes()
                    + " minutes" + (travel.isZero() ? "" : " and the delivery " + travel.toMinutes() + " minutes")
                    + ": " + describe(promised) + " is too soon");
        }
        LocalDate day = due.atZone(zone).toLocalDate();
        Optional<ServiceWindow> window = ServiceWindow.between(restaurant, day.minusDays(1), day).stream()
                .filter(candidate -> candidate.contains(due))
                .findFirst();
        if (window.isEmpty()) {
            return refuse(UnavailableReason.CLOSED, restaurant.closures().stream()
                    .filter(closure -> closure.includes(day))
                    .findFirst()
                    .map(closure -> "The restaurant is closed on " + day + reasonOf(closure))
                    .orElse("The restaurant is closed at " + describe(due)));
        }
        ServiceWindow service = window.get();
        if (due.isBefore(service.earliestDue(prep))) {
            return refuse(UnavailableReason.CLOSED, "The kitchen opens at " + describe(service.opens())
                    + " and needs " + prep.toMinutes() + " minutes: " + describe(promised) + " is too early");
        }
        if (due.isAfter(service.latestDue(prep))) {
            return refuse(UnavailableReason.PAST_LAST_ORDER, "Last orders at " + describe(service.lastOrder())
                    + ", closing at " + describe(service.closes()) + ": " + describe(promised) + " is too late");
        }
        KitchenSlot slot = slotOf(due);
        if (!fits(slot, demand)) {
            return refuse(UnavailableReason.KITCHEN_FULL, "The kitchen is full between " + describe(slot.start())
                    + " and " + TIME.format(slot.end().atZone(zone)));
        }
        return Optional.empty();
    }

    /**
     * Up to {@code count} promised times at or after {@code notBefore}, each in a later kitchen slot
     * than the one before, within {@value #HORIZON_DAYS} days; the first is the earliest feasible.
     */
    public List<Instant> feasibleTimes(Instant notBefore, KitchenDemand demand, Duration travel, int count) {
        Duration prep = demand.prep();
        Instant earliest = now.plus(prep).plus(travel);
        Instant promised = roundUp(notBefore.isAfter(earliest) ? notBefore : earliest);
        LocalDate first = promised.minus(travel).atZone(zone).toLocalDate();
        List<ServiceWindow> windows = ServiceWindow.between(restaurant, first.minusDays(1),
                first.plusDays(HORIZON_DAYS));
        Instant limit = promised.plus(Duration.ofDays(HORIZON_DAYS));
        List<Instant> found = new ArrayList<>();
        while (found.size() < count && promised.isBefore(limit)) {
            Instant due = promised.minus(travel);
            Optional<ServiceWindow> window = windows.stream()
                    .filter(candidate -> !candidate.latestDue(prep).isBefore(due)
                            && !candidate.earliestDue(prep).isAfter(candidate.latestDue(prep)))
                    .findFirst();
            if (window.isEmpty()) {
                break;
            }
            Instant windowEarliest = window.get().earliestDue(prep);
            if (due.isBefore(windowEarliest)) {
                promised = roundUp(windowEarliest.plus(travel));
                continue;
            }
            KitchenSlot slot = slotOf(due);
            if (fits(slot, demand)) {
                found.add(promised);
            }
            promised = roundUp(slot.end().plus(travel));
        }
        return found;
    }

    private boolean fits(KitchenSlot slot, KitchenDemand demand) {
        SlotLoad load = loads.getOrDefault(slot.start(), SlotLoad.EMPTY);
        if (load.orders() + 1 > capacity.maxOrdersPerSlot()) {
            return false;
        }
        return load.orders() == 0 || load.items() + demand.items() <= capacity.maxItemsPerSlot();
    }

    private KitchenSlot slotOf(Instant at) {
        return KitchenSlot.containing(at, zone, capacity.slotMinutes());
    }

    private static Instant roundUp(Instant at) {
        long step = ROUNDING.toSeconds();
        long seconds = at.getEpochSecond() + (at.getNano() > 0 ? 1 : 0);
        return Instant.ofEpochSecond(-Math.floorDiv(-seconds, step) * step);
    }

    private String describe(Instant at) {
        boolean today = at.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (today ? TIME : DAY_AND_TIME).format(at.atZone(zone));
    }

    private static String reasonOf(ExceptionalClosure closure) {
        return closure.reason() == null ? "" : " (" + closure.reason() + ")";
    }

    private static Optional<Refusal> refuse(UnavailableReason reason, String message) {
        return Optional.of(new Refusal(reason, message));
    }

    /** Why a time cannot be promised, in words the agent can repeat. */
    public record Refusal(UnavailableReason reason, String message) {
    }

    private record SlotLoad(int orders, int items) {
        static final SlotLoad EMPTY = new SlotLoad(0, 0);

        SlotLoad plus(SlotLoad other) {
            return new SlotLoad(orders + other.orders, items + other.items);
        }
    }
}
