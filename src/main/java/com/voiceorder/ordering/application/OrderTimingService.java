package com.voiceorder.ordering.application;

import com.voiceorder.ordering.domain.KitchenDemand;
import com.voiceorder.ordering.domain.KitchenSchedule;
import com.voiceorder.ordering.domain.OrderRepository;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Promised times for pickup, delivery and dine-in orders: the earliest feasible one, or a check of a
 * requested one with the next feasible ones, from the restaurant's hours, closures, last-order time
 * and the kitchen's load per slot ({@link KitchenSchedule}). A delivery's time is when it arrives:
 * the kitchen must be done {@code travel} earlier.
 */
@ApplicationScoped
@Transactional
public class OrderTimingService {

    static final int ALTERNATIVES = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final RestaurantService restaurants;
    private final OrderRepository orders;
    private final Clock clock;

    @Inject
    public OrderTimingService(RestaurantService restaurants, OrderRepository orders, Clock clock) {
        this.restaurants = restaurants;
        this.orders = orders;
        this.clock = clock;
    }

    /** For CDI proxies. */
    protected OrderTimingService() {
        this(null, null, null);
    }

    /**
     * When an order of that type and demand can be ready (pickup, dine-in) or delivered: at
     * {@code requested} (local to the restaurant; null = as soon as possible), else when.
     *
     * @param travel delivery travel time (ignored for other types; null = none)
     */
    public TimingProposal propose(Long restaurantId, OrderType type, LocalDateTime requested, KitchenDemand demand,
                                  Duration travel) {
        Restaurant restaurant = restaurants.get(restaurantId);
        Instant at = requested == null ? null : ZonedDateTime.ofLocal(requested, restaurant.zone(), null).toInstant();
        return evaluate(restaurant, type, at, demand, travel);
    }

    /** {@link #propose(Long, OrderType, LocalDateTime, KitchenDemand, Duration)} for {@code itemCount} items of the kitchen's default preparation time. */
    public TimingProposal propose(Long restaurantId, OrderType type, LocalDateTime requested, int itemCount,
                                  Duration travel) {
        Restaurant restaurant = restaurants.get(restaurantId);
        KitchenDemand demand = new KitchenDemand(itemCount, restaurant.kitchenCapacity().defaultPrepMinutes());
        Instant at = requested == null ? null : ZonedDateTime.ofLocal(requested, restaurant.zone(), null).toInstant();
        return evaluate(restaurant, type, at, demand, travel);
    }

    /**
     * Decides the promised time of an order about to be placed in the current transaction, under the
     * restaurant's kitchen lock (held until commit, so concurrent orders cannot overfill a slot).
     *
     * @throws RequestedTimeUnavailableException when the requested time (or, without one, any time
     *                                           in the coming days) cannot be met
     */
    public KitchenPromise reserve(Restaurant restaurant, OrderType type, Instant requested, KitchenDemand demand,
                                  Duration travel) {
        orders.lockKitchen(restaurant.getId());
        TimingProposal proposal = evaluate(restaurant, type, requested, demand, travel);
        if (!proposal.available()) {
            throw new RequestedTimeUnavailableException(proposal);
        }
        Instant promised = proposal.promisedTime().toInstant();
        return new KitchenPromise(promised, promised.minus(travelFor(type, travel)));
    }

    private TimingProposal evaluate(Restaurant restaurant, OrderType type, Instant requested, KitchenDemand demand,
                                    Duration travel) {
        if (type == null) {
            throw new DomainException("type", "type is required: pickup, delivery or dine_in");
        }
        if (demand == null) {
            throw new DomainException("items", "the order's items are required");
        }
        Duration trip = travelFor(type, travel);
        Instant now = clock.instant();
        Instant from = requested == null || now.isBefore(requested) ? now : requested;
        Instant to = (requested == null || requested.isBefore(now) ? now : requested)
                .plus(Duration.ofDays(KitchenSchedule.HORIZON_DAYS + 2L));
        KitchenSchedule schedule = new KitchenSchedule(restaurant, now,
                orders.findKitchenBookings(restaurant.getId(), from.minus(Duration.ofDays(1)), to));
        ZoneId zone = restaurant.zone();
        if (requested == null) {
            List<ZonedDateTime> times = schedule.feasibleTimes(now, demand, trip, ALTERNATIVES + 1).stream()
                    .map(time -> time.atZone(zone)).toList();
            if (times.isEmpty()) {
                return new TimingProposal(false, null, null, "No " + words(type) + " time is possible in the next "
                        + KitchenSchedule.HORIZON_DAYS + " days", List.of());
            }
            return new TimingProposal(true, times.get(0), null,
                    "The earliest " + words(type) + " time is " + TIME.format(times.get(0)),
                    times.subList(1, times.size()));
        }
        Optional<KitchenSchedule.Refusal> refusal = schedule.refusal(requested, demand, trip);
        if (refusal.isEmpty()) {
            return new TimingProposal(true, requested.atZone(zone), null, "OK", List.of());
        }
        List<ZonedDateTime> next = schedule.feasibleTimes(requested, demand, trip, ALTERNATIVES).stream()
                .map(time -> time.atZone(zone)).toList();
        String offer = next.isEmpty() ? "; no other time is possible in the following days"
                : "; possible: " + String.join(", ", next.stream().map(OrderTimingService::describe).toList());
        return new TimingProposal(false, null, refusal.get().reason(), refusal.get().message() + offer, next);
    }

    private static String describe(ZonedDateTime time) {
        return time.toLocalDate() + " " + TIME.format(time);
    }

    private static Duration travelFor(OrderType type, Duration travel) {
        if (type != OrderType.DELIVERY || travel == null) {
            return Duration.ZERO;
        }
        if (travel.isNegative()) {
            throw new DomainException("travel", "a travel time cannot be negative");
        }
        return travel;
    }

    private static String words(OrderType type) {
        return switch (type) {
            case PICKUP -> "pickup";
            case DELIVERY -> "delivery";
            case DINE_IN -> "dine-in";
        };
    }

    /** The promised time decided for an order, and when its kitchen must be done. */
    public record KitchenPromise(Instant promisedTime, Instant kitchenDueAt) {
    }
}
