package com.voiceorder.ordering.application;

import com.voiceorder.ordering.domain.DeliveryAddress;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderLine;
import com.voiceorder.ordering.domain.OrderLineChoice;
import com.voiceorder.ordering.domain.OrderLineOption;
import com.voiceorder.ordering.domain.OrderPlaced;
import com.voiceorder.ordering.domain.OrderRepository;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderStatusChanged;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.logging.Logger;

/** Places orders and moves them through their lifecycle; every call is scoped to one restaurant. */
@ApplicationScoped
@Transactional
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class.getName());
    /** Until when, the morning after, an order placed late in the day still belongs to that day. */
    static final LocalTime NIGHT_ENDS = LocalTime.of(6, 0);

    private OrderRepository orders;
    private Event<OrderPlaced> placedEvents;
    private Event<OrderStatusChanged> statusEvents;
    private Clock clock;

    @Inject
    public OrderService(OrderRepository orders, Event<OrderPlaced> placedEvents,
                        Event<OrderStatusChanged> statusEvents, Clock clock) {
        this.orders = orders;
        this.placedEvents = placedEvents;
        this.statusEvents = statusEvents;
        this.clock = clock;
    }

    protected OrderService() {
    }

    public Order place(Long restaurantId, PlaceOrderCommand command) {
        if (command == null) {
            throw new DomainException("order", "order is required");
        }
        List<OrderLine> lines = command.lines().stream().map(OrderService::toLine).toList();
        DeliveryAddress address = command.address() == null ? null : new DeliveryAddress(
                command.address().street(), command.address().postalCode(), command.address().city(),
                command.address().latitude(), command.address().longitude(), command.address().instructions());
        Order order = new Order(restaurantId, command.type(), command.source(), command.customerName(),
                command.customerPhone() == null ? null : command.customerPhone().e164(),
                address, command.deliveryFeeCents(), lines, clock.instant());
        order.linkCustomer(command.customerId());
        order.linkCall(command.callId());
        if (command.test()) {
            order.markAsTest();
        }
        order.requestFor(command.requestedTime());
        order.annotate(command.notes());
        Order saved = orders.save(order);
        placedEvents.fire(new OrderPlaced(restaurantId, saved.getId()));
        LOG.fine(() -> "Order " + saved.getId() + " placed for restaurant " + restaurantId);
        return saved;
    }

    /**
     * The orders of {@code day} in the restaurant's {@code zone}, by when they are due (promised,
     * else requested, else created: an order for tomorrow is on tomorrow's list), plus those placed on
     * the day for the night after it, before {@link #NIGHT_ENDS} (late service: ordered at 23:40 for
     * 00:10, it stays on tonight's board); empty statuses = all.
     */
    public List<Order> listForDay(Long restaurantId, LocalDate day, ZoneId zone, Set<OrderStatus> statuses) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant nightEnd = day.plusDays(1).atTime(NIGHT_ENDS).atZone(zone).toInstant();
        return orders.findForDay(restaurantId, from, to, nightEnd, statuses);
    }

    /**
     * Orders and revenue per day from {@code first} to {@code last} (inclusive) in the restaurant's
     * zone, every day present even when empty; test and cancelled orders do not count.
     */
    public List<DailyOrderFigures> dailyFigures(Long restaurantId, LocalDate first, LocalDate last, ZoneId zone) {
        if (first == null || last == null || last.isBefore(first)) {
            throw new DomainException("period", "the period needs a first day on or before its last day");
        }
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, int[]> counts = new TreeMap<>();
        Map<LocalDate, Long> revenue = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            counts.put(day, new int[1]);
            revenue.put(day, 0L);
        }
        for (Order order : orders.findCreatedBetween(restaurantId, from, to, Set.of())) {
            if (order.isTest() || order.getStatus() == OrderStatus.CANCELLED) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(order.getCreatedAt(), zone);
            counts.get(day)[0]++;
            revenue.merge(day, order.getTotalCents(), Long::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new DailyOrderFigures(e.getKey(), e.getValue()[0], revenue.get(e.getKey())))
                .toList();
    }

    public Order get(Long restaurantId, Long orderId) {
        Order order = orders.find(restaurantId, orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
        order.getLines().forEach(line -> line.getOptions().size()); // loaded while the transaction is open
        return order;
    }

    /** Moves the order to {@code target} through the matching lifecycle step (CANCELLED without a reason). */
    public Order changeStatus(Long restaurantId, Long orderId, OrderStatus target) {
        if (target == null) {
            throw new DomainException("status", "status is required");
        }
        Order order = get(restaurantId, orderId);
        Instant now = clock.instant();
        switch (target) {
            case ACCEPTED -> order.accept(now);
            case PREPARING -> order.startPreparing(now);
            case READY -> order.markReady(now);
            case OUT_FOR_DELIVERY -> order.sendOutForDelivery(now);
            case COMPLETED -> order.complete(now);
            case CANCELLED -> order.cancel(null, now);
            case NEW -> throw new DomainException("status", "an order cannot go back to NEW");
            default -> throw new DomainException("status", "unknown status " + target);
        }
        statusEvents.fire(new OrderStatusChanged(restaurantId, orderId, order.getStatus()));
        return order;
    }

    public Order cancel(Long restaurantId, Long orderId, String reason) {
        Order order = get(restaurantId, orderId);
        order.cancel(reason, clock.instant());
        statusEvents.fire(new OrderStatusChanged(restaurantId, orderId, order.getStatus()));
        return order;
    }

    public Order promise(Long restaurantId, Long orderId, Instant promisedTime) {
        Order order = get(restaurantId, orderId);
        order.promise(promisedTime);
        return order;
    }

    private static OrderLine toLine(PlaceOrderCommand.Line line) {
        if (line == null) {
            throw new DomainException("lines", "a line is empty");
        }
        List<OrderLineOption> options = line.options().stream()
                .map(option -> new OrderLineOption(option.optionId(), option.name(), option.priceDeltaCents()))
                .toList();
        List<OrderLineChoice> choices = line.choices().stream()
                .map(choice -> new OrderLineChoice(choice.slotName(), choice.itemId(), choice.itemName()))
                .toList();
        return new OrderLine(line.menuItemId(), line.formulaId(), line.name(), line.unitPriceCents(),
                line.quantity(), options, choices, line.notes());
    }
}
