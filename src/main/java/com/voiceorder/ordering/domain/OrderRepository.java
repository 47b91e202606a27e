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
     * Orders created in {@code [from, to)} (a day in the restaurant's zone, say), oldest first;
     * an empty {@code statuses} means every status.
     */
    List<Order> findCreatedBetween(Long restaurantId, Instant from, Instant to, Set<OrderStatus> statuses);

    /** The customer's latest orders (any status but CANCELLED), newest first. */
    List<Order> findRecentForCustomer(Long restaurantId, Long customerId, int limit);
}
