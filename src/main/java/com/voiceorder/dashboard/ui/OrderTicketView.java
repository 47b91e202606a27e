package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.inject.Inject;

/** A printable kitchen/customer ticket: no menus, opens the browser's print dialog (unless {@code ?noprint}). */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/orders/:orderId/ticket")
@CdiComponent
public class OrderTicketView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderService orders;
    private final RestaurantService restaurants;
    private boolean print;
    private String title = "";

    @Inject
    public OrderTicketView(OrderService orders, RestaurantService restaurants) {
        this.orders = orders;
        this.restaurants = restaurants;
        setId("order-ticket");
        getStyle().set("max-width", "80mm").set("font-family", "monospace").set("padding", "4mm");
    }

    public static String path(long restaurantId, long orderId) {
        return MainLayout.restaurantPath(restaurantId, "orders/" + orderId + "/ticket");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RestaurantPage restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        Order order;
        try {
            long orderId = Long.parseLong(event.getRouteParameters().get("orderId").orElseThrow());
            order = orders.get(restaurant.id(), orderId);
        } catch (NumberFormatException | com.voiceorder.shared.domain.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "Not found");
            return;
        }
        title = getTranslation("orders.ticket") + " #" + order.getId();
        removeAll();
        add(new H2(restaurant.name()), new OrderDetails(order, restaurant, false));
        print = !event.getLocation().getQueryParameters().getParameters().containsKey("noprint");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (print) {
            getElement().executeJs("setTimeout(() => window.print(), 300)");
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
