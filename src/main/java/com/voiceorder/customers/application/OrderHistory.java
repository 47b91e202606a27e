package com.voiceorder.customers.application;

import java.util.List;

/** A customer's past orders, provided by the ordering capability (customers cannot depend on it). */
public interface OrderHistory {

    /** Newest first, cancelled orders left out. */
    List<PastOrder> recentOrders(Long restaurantId, Long customerId, int limit);
}
