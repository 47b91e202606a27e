package com.voiceorder.ordering.application;

import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderLine;
import com.voiceorder.ordering.domain.OrderLineChoice;
import com.voiceorder.ordering.domain.OrderLineOption;
import com.voiceorder.ordering.domain.OrderRepository;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The kitchen's queue and delivery handoffs of one day, for the service board (read-only records). */
@ApplicationScoped
@Transactional
public class KitchenTimelineService {

    /** Statuses in which the kitchen still owes the order. */
    private static final Set<OrderStatus> IN_KITCHEN = EnumSet.of(OrderStatus.NEW, OrderStatus.ACCEPTED,
            OrderStatus.PREPARING);
    /** Deliveries not yet handed over or on their way. */
    private static final Set<OrderStatus> TO_HAND_OFF = EnumSet.of(OrderStatus.NEW, OrderStatus.ACCEPTED,
            OrderStatus.PREPARING, OrderStatus.READY, OrderStatus.OUT_FOR_DELIVERY);

    private final RestaurantService restaurants;
    private final OrderRepository orders;
    private final Clock clock;

    @Inject
    public KitchenTimelineService(RestaurantService restaurants, OrderRepository orders, Clock clock) {
        this.restaurants = restaurants;
        this.orders = orders;
        this.clock = clock;
    }

    /** For CDI proxies. */
    protected KitchenTimelineService() {
        this(null, null, null);
    }

    /**
     * The day's orders (null: today in the restaurant's zone) by due time, cancelled ones included
     * with their status; the handoff list holds the deliveries still to leave or on their way.
     */
    public KitchenTimeline day(Long restaurantId, LocalDate day) {
        ZoneId zone = restaurants.zoneOf(restaurantId);
        LocalDate date = day != null ? day : restaurants.today(restaurantId);
        Instant now = clock.instant();
        List<KitchenTimeline.Ticket> queue = new ArrayList<>();
        List<KitchenTimeline.Ticket> handoffs = new ArrayList<>();
        for (Order order : orders.findForKitchen(restaurantId, date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant())) {
            KitchenTimeline.Ticket ticket = ticketOf(order, zone, now);
            queue.add(ticket);
            if (order.getType() == OrderType.DELIVERY && TO_HAND_OFF.contains(order.getStatus())) {
                handoffs.add(ticket);
            }
        }
        return new KitchenTimeline(date, queue, handoffs);
    }

    static KitchenTimeline.Ticket ticketOf(Order order, ZoneId zone, Instant now) {
        Instant due = order.getKitchenDueAt();
        boolean late = due != null && now.isAfter(due) && IN_KITCHEN.contains(order.getStatus());
        List<KitchenTimeline.TicketLine> lines = order.getLines().stream().map(KitchenTimelineService::lineOf).toList();
        return new KitchenTimeline.Ticket(order.getId(), order.getType(), order.getStatus(), order.getCustomerName(),
                order.getCustomerPhone(), atZone(order.getPromisedTime(), zone), atZone(due, zone),
                atZone(order.getCreatedAt(), zone), late, lines,
                order.getDeliveryAddress() == null ? null : order.getDeliveryAddress().toString(), order.getNotes());
    }

    private static KitchenTimeline.TicketLine lineOf(OrderLine line) {
        List<String> details = new ArrayList<>();
        line.getChoices().stream().map(OrderLineChoice::toString).forEach(details::add);
        line.getOptions().stream().map(OrderLineOption::getName).forEach(details::add);
        return new KitchenTimeline.TicketLine(line.getQuantity(), line.getName(), details, line.getNotes());
    }

    private static ZonedDateTime atZone(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone);
    }
}
