package com.voiceorder.ordering.application;

import com.voiceorder.customers.application.CustomerCommand;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.customers.domain.AddressDetails;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes an order as a customer states it (REST API, dashboard, phone agent): prices it from the
 * menu and the delivery terms ({@link OrderDraftFactory}), promises a time the kitchen can hold and
 * books its capacity ({@link OrderTimingService}), upserts the customer by phone, places it, and
 * records it on the customer — all in one transaction.
 */
@ApplicationScoped
@Transactional
public class OrderTakingService {

    private final RestaurantService restaurants;
    private final MenuService menu;
    private final CustomerService customers;
    private final OrderService orders;
    private final OrderTimingService timing;
    private final OrderingConfig config;
    private final DeliveryAddressCheck addresses;
    private final OrderDraftFactory drafts = new OrderDraftFactory();

    @Inject
    public OrderTakingService(RestaurantService restaurants, MenuService menu, CustomerService customers,
                              OrderService orders, OrderTimingService timing, OrderingConfig config,
                              DeliveryAddressCheck addresses) {
        this.restaurants = restaurants;
        this.menu = menu;
        this.customers = customers;
        this.orders = orders;
        this.timing = timing;
        this.config = config;
        this.addresses = addresses;
    }

    /** Deliveries priced on the postal-code terms alone, with no address check. */
    public OrderTakingService(RestaurantService restaurants, MenuService menu, CustomerService customers,
                              OrderService orders, OrderTimingService timing, OrderingConfig config) {
        this(restaurants, menu, customers, orders, timing, config, null);
    }

    /** For CDI proxies. */
    protected OrderTakingService() {
        this(null, null, null, null, null, null, null);
    }

    /**
     * Places the order with its promised time: the requested one when the kitchen can hold it, the
     * earliest feasible one when none was requested.
     *
     * @throws RequestedTimeUnavailableException when the requested time cannot be met (with proposals)
     */
    public Order take(Long restaurantId, TakeOrderCommand command) {
        Restaurant restaurant = restaurants.get(restaurantId);
        OrderDraft draft = quote(restaurant, command);
        PlaceOrderCommand priced = draft.command();
        Duration travel = draft.deliveryTravel() != null ? draft.deliveryTravel() : config.defaultDeliveryTravel();
        OrderTimingService.KitchenPromise promise = timing.reserve(restaurant, priced.type(), priced.requestedTime(),
                draft.demand(), travel);
        Long customerId = null;
        if (priced.customerPhone() != null) {
            customerId = customers.saveByPhone(restaurantId,
                    CustomerCommand.ofPhoneAndName(priced.customerPhone().e164(), priced.customerName())).getId();
            PlaceOrderCommand.Address address = priced.address();
            if (address != null && address.postalCode() != null) {
                customers.addOrUpdateAddress(restaurantId, customerId,
                        AddressDetails.of(address.street(), address.postalCode(), address.city()));
            }
        }
        Order order = orders.place(restaurantId, priced.withCustomerId(customerId));
        order.promise(promise.promisedTime(), promise.kitchenDueAt());
        if (customerId != null) {
            customers.recordOrder(restaurantId, customerId);
        }
        return order;
    }

    /** The order priced as it would be placed (lines, fee, totals, kitchen demand), without placing it. */
    public OrderDraft quote(Long restaurantId, TakeOrderCommand command) {
        return quote(restaurants.get(restaurantId), command);
    }

    private OrderDraft quote(Restaurant restaurant, TakeOrderCommand command) {
        return drafts.draft(restaurant, withAddressChecked(restaurant.getId(), command), menuOf(restaurant.getId()),
                restaurants.today(restaurant.getId()));
    }

    /**
     * A delivery's terms and travel time from the address check (road distance or zone). The phone
     * agent is bound by a refusal; staff may still take the order on the postal-code terms.
     */
    private TakeOrderCommand withAddressChecked(Long restaurantId, TakeOrderCommand command) {
        if (addresses == null || command.type() != OrderType.DELIVERY || command.delivery() != null
                || command.address() == null || command.address().isBlank()) {
            return command;
        }
        DeliveryAddressCheck.Verdict verdict = addresses.check(restaurantId, command.address());
        if (verdict.isDeliverable()) {
            return command.withDelivery(verdict.decision());
        }
        if (command.source() == OrderSource.PHONE) {
            throw new DomainException("address", verdict.refusal());
        }
        return command;
    }

    /** Orders created on {@code day} (null: today) in the restaurant's zone, lines loaded; empty statuses = all. */
    public List<Order> listForDay(Long restaurantId, LocalDate day, Set<OrderStatus> statuses) {
        LocalDate date = day != null ? day : restaurants.today(restaurantId);
        List<Order> found = orders.listForDay(restaurantId, date, restaurants.zoneOf(restaurantId), statuses);
        found.forEach(order -> order.getLines().forEach(line -> line.getOptions().size()));
        return found;
    }

    private OrderMenu menuOf(Long restaurantId) {
        return new OrderMenu() {
            @Override
            public Optional<MenuItem> item(Long itemId) {
                return menu.findItem(restaurantId, itemId);
            }

            @Override
            public Optional<Formula> formula(Long formulaId) {
                return menu.findFormula(restaurantId, formulaId);
            }

            @Override
            public List<MenuItem> orderableInCategory(Long categoryId) {
                return menu.findOrderableInCategory(restaurantId, categoryId);
            }
        };
    }
}
