package com.voiceorder.ordering.application;

import com.voiceorder.customers.application.CustomerCommand;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.customers.domain.AddressDetails;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Takes an order as a customer states it (REST API, dashboard, phone agent): prices it from the
 * menu and the delivery terms ({@link OrderDraftFactory}), upserts the customer by phone, places
 * it, and records it on the customer — all in one transaction.
 */
@ApplicationScoped
@Transactional
public class OrderTakingService {

    private final RestaurantService restaurants;
    private final MenuService menu;
    private final CustomerService customers;
    private final OrderService orders;
    private final OrderDraftFactory drafts = new OrderDraftFactory();

    @Inject
    public OrderTakingService(RestaurantService restaurants, MenuService menu, CustomerService customers,
                              OrderService orders) {
        this.restaurants = restaurants;
        this.menu = menu;
        this.customers = customers;
        this.orders = orders;
    }

    /** For CDI proxies. */
    protected OrderTakingService() {
        this(null, null, null, null);
    }

    public Order take(Long restaurantId, TakeOrderCommand command) {
        Restaurant restaurant = restaurants.get(restaurantId);
        PlaceOrderCommand draft = drafts.draft(restaurant, command,
                itemId -> menu.findItem(restaurantId, itemId), restaurants.today(restaurantId));
        Long customerId = null;
        if (draft.customerPhone() != null) {
            customerId = customers.saveByPhone(restaurantId,
                    CustomerCommand.ofPhoneAndName(draft.customerPhone().e164(), draft.customerName())).getId();
            PlaceOrderCommand.Address address = draft.address();
            if (address != null && address.postalCode() != null) {
                customers.addOrUpdateAddress(restaurantId, customerId,
                        AddressDetails.of(address.street(), address.postalCode(), address.city()));
            }
        }
        Order order = orders.place(restaurantId, draft.withCustomerId(customerId));
        if (customerId != null) {
            customers.recordOrder(restaurantId, customerId);
        }
        return order;
    }

    /** Orders created on {@code day} (null: today) in the restaurant's zone, lines loaded; empty statuses = all. */
    public List<Order> listForDay(Long restaurantId, LocalDate day, Set<OrderStatus> statuses) {
        LocalDate date = day != null ? day : restaurants.today(restaurantId);
        List<Order> found = orders.listForDay(restaurantId, date, restaurants.zoneOf(restaurantId), statuses);
        found.forEach(order -> order.getLines().forEach(line -> line.getOptions().size()));
        return found;
    }
}
