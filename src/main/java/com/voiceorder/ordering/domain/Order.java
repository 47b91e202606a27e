package com.voiceorder.ordering.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.IllegalTransitionException;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's order. Totals are computed from the lines (and the delivery fee), never set from
 * outside; status changes go through {@link #accept}, {@link #startPreparing}, {@link #markReady},
 * {@link #sendOutForDelivery}, {@link #complete} and {@link #cancel}.
 */
@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
public class Order extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "call_id")
    private Long callId;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", length = 20, nullable = false)
    private OrderType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 20, nullable = false)
    private OrderSource source;

    @Column(name = "is_test", nullable = false)
    private boolean test;

    @Column(name = "customer_name", length = 200)
    private String customerName;

    @Column(name = "customer_phone", length = 20)
    private String customerPhone;

    @Embedded
    private DeliveryAddress deliveryAddress;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(name = "subtotal_cents", nullable = false)
    private long subtotalCents;

    @Column(name = "delivery_fee_cents", nullable = false)
    private long deliveryFeeCents;

    @Column(name = "total_cents", nullable = false)
    private long totalCents;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "requested_time")
    private Instant requestedTime;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "promised_time")
    private Instant promisedTime;

    /** When the kitchen must have it ready: the promised time, minus the travel time for a delivery. */
    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "kitchen_due_at")
    private Instant kitchenDueAt;

    /** Items the kitchen cooks for it: a formula counts each chosen course. */
    @Column(name = "kitchen_items", nullable = false)
    private int kitchenItems;

    @Column(name = "notes", length = 1000)
    private String notes;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "preparing_at")
    private Instant preparingAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ready_at")
    private Instant readyAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "out_for_delivery_at")
    private Instant outForDeliveryAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "completed_at")
    private Instant completedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    protected Order() {
    }

    /**
     * A new order (status NEW). Needs at least one line; a delivery needs an address, and only a
     * delivery may carry a delivery fee.
     */
    public Order(Long restaurantId, OrderType type, OrderSource source, String customerName, String customerPhone,
                 DeliveryAddress deliveryAddress, long deliveryFeeCents, List<OrderLine> lines, Instant createdAt) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        this.type = Guard.required("type", type);
        this.source = Guard.required("source", source);
        this.customerName = Guard.optionalText("customer.name", customerName, 200);
        this.customerPhone = Guard.e164OrNull("customer.phone", customerPhone);
        if (type == OrderType.DELIVERY && deliveryAddress == null) {
            throw new DomainException("address", "a delivery order needs a delivery address");
        }
        this.deliveryAddress = type == OrderType.DELIVERY ? deliveryAddress : null;
        Guard.atLeast("deliveryFeeCents", deliveryFeeCents, 0L);
        if (type != OrderType.DELIVERY && deliveryFeeCents != 0) {
            throw new DomainException("deliveryFeeCents", "only a delivery order has a delivery fee");
        }
        this.deliveryFeeCents = deliveryFeeCents;
        if (lines == null || lines.isEmpty()) {
            throw new DomainException("lines", "an order needs at least one line");
        }
        this.createdAt = Guard.required("createdAt", createdAt);
        this.status = OrderStatus.NEW;
        lines.forEach(this::appendLine);
        recomputeTotals();
    }

    /** Adds a line while the order is still NEW (the kitchen has not accepted it yet). */
    public void addLine(OrderLine line) {
        if (status != OrderStatus.NEW) {
            throw new IllegalTransitionException("Order", status, "changed lines");
        }
        appendLine(line);
        recomputeTotals();
    }

    private void appendLine(OrderLine line) {
        Guard.required("line", line);
        if (line.getOrder() != null && line.getOrder() != this) {
            throw new DomainException("line", "the line belongs to another order");
        }
        line.attachTo(this, lines.size());
        lines.add(line);
    }

    private void recomputeTotals() {
        long subtotal = 0;
        for (OrderLine line : lines) {
            subtotal = Math.addExact(subtotal, line.getTotalCents());
        }
        this.subtotalCents = subtotal;
        this.totalCents = Math.addExact(subtotal, deliveryFeeCents);
        this.kitchenItems = lines.stream().mapToInt(OrderLine::getKitchenItems).sum();
    }

    public void linkCustomer(Long customerId) {
        this.customerId = customerId;
    }

    public void linkCall(Long callId) {
        this.callId = callId;
    }

    /** Marks an order made while testing the assistant: kept out of the kitchen and the figures. */
    public void markAsTest() {
        this.test = true;
    }

    public void requestFor(Instant requestedTime) {
        this.requestedTime = requestedTime;
    }

    public void annotate(String notes) {
        this.notes = Guard.optionalText("notes", notes, 1000);
    }

    /**
     * The time the restaurant commits to (ready for pickup, delivered), the kitchen's due time being
     * the same; not after the order is final.
     */
    public void promise(Instant promisedTime) {
        promise(promisedTime, promisedTime);
    }

    /** The promised time and when the kitchen must be done for it (earlier for a delivery on its way). */
    public void promise(Instant promisedTime, Instant kitchenDueAt) {
        Guard.required("promisedTime", promisedTime);
        Guard.required("kitchenDueAt", kitchenDueAt);
        if (status.isFinal()) {
            throw new IllegalTransitionException("Order", status, "a new promised time");
        }
        if (kitchenDueAt.isAfter(promisedTime)) {
            throw new DomainException("promisedTime", "the kitchen cannot finish after the promised time");
        }
        this.promisedTime = promisedTime;
        this.kitchenDueAt = kitchenDueAt;
    }

    public void accept(Instant at) {
        moveTo(OrderStatus.ACCEPTED, at, OrderStatus.NEW);
        this.acceptedAt = at;
    }

    public void startPreparing(Instant at) {
        moveTo(OrderStatus.PREPARING, at, OrderStatus.ACCEPTED);
        this.preparingAt = at;
    }

    public void markReady(Instant at) {
        moveTo(OrderStatus.READY, at, OrderStatus.PREPARING);
        this.readyAt = at;
    }

    public void sendOutForDelivery(Instant at) {
        if (type != OrderType.DELIVERY) {
            throw new IllegalTransitionException("Order (" + type + ")", status, OrderStatus.OUT_FOR_DELIVERY);
        }
        moveTo(OrderStatus.OUT_FOR_DELIVERY, at, OrderStatus.READY);
        this.outForDeliveryAt = at;
    }

    /** Collected, served or delivered: from READY (pickup, dine-in) or OUT_FOR_DELIVERY (delivery). */
    public void complete(Instant at) {
        moveTo(OrderStatus.COMPLETED, at,
                type == OrderType.DELIVERY ? OrderStatus.OUT_FOR_DELIVERY : OrderStatus.READY);
        this.completedAt = at;
    }

    public void cancel(String reason, Instant at) {
        if (status.isFinal()) {
            throw new IllegalTransitionException("Order", status, OrderStatus.CANCELLED);
        }
        Guard.required("at", at);
        this.cancelReason = Guard.optionalText("reason", reason, 500);
        this.status = OrderStatus.CANCELLED;
        this.cancelledAt = at;
    }

    private void moveTo(OrderStatus target, Instant at, OrderStatus requiredCurrent) {
        if (status != requiredCurrent) {
            throw new IllegalTransitionException("Order", status, target);
        }
        Guard.required("at", at);
        this.status = target;
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getCallId() {
        return callId;
    }

    public OrderType getType() {
        return type;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public OrderSource getSource() {
        return source;
    }

    public boolean isTest() {
        return test;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerPhone() {
        return customerPhone;
    }

    public DeliveryAddress getDeliveryAddress() {
        return deliveryAddress;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public long getSubtotalCents() {
        return subtotalCents;
    }

    public long getDeliveryFeeCents() {
        return deliveryFeeCents;
    }

    public long getTotalCents() {
        return totalCents;
    }

    public Instant getRequestedTime() {
        return requestedTime;
    }

    public Instant getPromisedTime() {
        return promisedTime;
    }

    public Instant getKitchenDueAt() {
        return kitchenDueAt;
    }

    public int getKitchenItems() {
        return kitchenItems;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getPreparingAt() {
        return preparingAt;
    }

    public Instant getReadyAt() {
        return readyAt;
    }

    public Instant getOutForDeliveryAt() {
        return outForDeliveryAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
