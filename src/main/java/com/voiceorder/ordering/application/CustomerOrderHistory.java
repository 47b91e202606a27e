package com.voiceorder.ordering.application;

import com.voiceorder.customers.application.OrderHistory;
import com.voiceorder.customers.application.PastOrder;
import com.voiceorder.ordering.domain.OrderLine;
import com.voiceorder.ordering.domain.OrderLineOption;
import com.voiceorder.ordering.domain.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The customers capability's view of past orders, read from the order repository. */
@ApplicationScoped
@Transactional
public class CustomerOrderHistory implements OrderHistory {

    private final OrderRepository orders;

    @Inject
    public CustomerOrderHistory(OrderRepository orders) {
        this.orders = orders;
    }

    /** For CDI proxies. */
    protected CustomerOrderHistory() {
        this(null);
    }

    @Override
    public List<PastOrder> recentOrders(Long restaurantId, Long customerId, int limit) {
        return orders.findRecentForCustomer(restaurantId, customerId, limit).stream()
                .map(order -> new PastOrder(order.getId(), order.getCreatedAt(),
                        order.getType().name().toLowerCase(Locale.ROOT), order.getTotalCents(),
                        order.getLines().stream().map(CustomerOrderHistory::describe).toList()))
                .toList();
    }

    private static String describe(OrderLine line) {
        String options = line.getOptions().stream().map(OrderLineOption::getName).sorted()
                .collect(Collectors.joining(", "));
        return line.getQuantity() + " × " + line.getName() + (options.isEmpty() ? "" : " (" + options + ")");
    }
}
