package com.voiceorder.ordering.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Orders, always seen through their restaurant. */
public interface OrderRepository {

    /** Stores a new order, or returns the managed instance of an existing one. */
    Order save(Order order);

    /** The order if it exists and belongs to the restaurant. */
    Optional<Order> find(Long restaurantId, Long orderId);

    /**
     * A day's orders, soonest due first: those due in {@code [dayStart, dayEnd)} (promised then, else
     * requested then, else — as soon as possible — created then), and those placed on the day and due in the
     * night after it, before {@code nightEnd} (a pizza ordered at 23:40 for 00:10 is tonight's). An empty
     * {@code statuses} means every status.
     */
    List<Order> findForDay(Long restaurantId, Instant dayStart, Instant dayEnd, Instant nightEnd,
                           Set<OrderStatus> statuses);

    /**
     * Orders created in {@code [from, to)} (a day in the restaurant's zone, say), oldest first;
     * an empty {@code statuses} means every status.
     */
    List<Order> findCreatedBetween(Long restaurantId, Instant from, Instant to, Set<OrderStatus> statuses);

    /** The customer's latest orders (any status but CANCELLED), newest first. */
    List<Order> findRecentForCustomer(Long restaurantId, Long customerId, int limit);

    /**
     * Takes the restaurant's kitchen lock until the transaction ends, so that reading a slot's load
     * and placing an order into it happen as one step for concurrent order takers.
     */
    void lockKitchen(Long restaurantId);

    /** The kitchen's commitments due in {@code [from, to)}: orders neither cancelled nor test. */
    List<KitchenBooking> findKitchenBookings(Long restaurantId, Instant from, Instant to);

    /**
     * The kitchen's orders of a period, test orders left out: due in {@code [from, to)}, or without a
     * due time and created in it; by due time (else creation), then id.
     */
    List<Order> findForKitchen(Long restaurantId, Instant from, Instant to);
}
