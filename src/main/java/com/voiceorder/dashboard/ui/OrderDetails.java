package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.dashboard.application.KitchenTicket;
import com.voiceorder.ordering.domain.DeliveryAddress;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderLine;
import com.voiceorder.shared.domain.Money;
import java.time.Instant;

/** Everything about one order, read-only: shared by the orders page and the printable ticket. */
final class OrderDetails extends Div {

    OrderDetails(Order order, RestaurantPage restaurant, boolean withLinks) {
        addClassName("order-details");
        setId("order-details-" + order.getId());
        add(new H3("#" + order.getId() + " · " + getTranslation("order.type." + order.getType().name())
                + " · " + getTranslation("order.status." + order.getStatus().name())));
        add(line("orders.created", restaurant.dateTime(getLocale()).format(order.getCreatedAt())));
        add(optionalTime("orders.requested", order.getRequestedTime(), restaurant));
        add(optionalTime("orders.promised", order.getPromisedTime(), restaurant));
        add(line("orders.customer", text(order.getCustomerName()) + " " + text(order.getCustomerPhone())));
        DeliveryAddress address = order.getDeliveryAddress();
        if (address != null) {
            add(line("orders.address", address.getStreet() + ", " + address.getPostalCode() + " " + address.getCity()
                    + (address.getInstructions() == null ? "" : " (" + address.getInstructions() + ")")));
        }
        UnorderedList lines = new UnorderedList();
        for (OrderLine orderLine : order.getLines()) {
            lines.add(new ListItem(KitchenTicket.describe(orderLine) + " — "
                    + Money.euros(orderLine.getTotalCents()).format(restaurant.moneyLocale())));
        }
        lines.setId("order-lines");
        add(lines);
        if (order.getDeliveryFeeCents() > 0) {
            add(line("orders.delivery-fee", Money.euros(order.getDeliveryFeeCents()).format(restaurant.moneyLocale())));
        }
        add(line("orders.total", Money.euros(order.getTotalCents()).format(restaurant.moneyLocale())));
        if (order.getNotes() != null) {
            add(line("orders.notes", order.getNotes()));
        }
        if (order.getCancelReason() != null) {
            add(line("orders.cancel-reason", order.getCancelReason()));
        }
        if (withLinks && order.getCallId() != null) {
            add(new Anchor(MainLayout.restaurantPath(restaurant.id(), "calls") + "?call=" + order.getCallId(),
                    getTranslation("orders.call-link", order.getCallId())));
        }
    }

    private Component optionalTime(String key, Instant at, RestaurantPage restaurant) {
        return at == null ? new Span() : line(key, restaurant.dateTime(getLocale()).format(at));
    }

    private Paragraph line(String key, String value) {
        Paragraph paragraph = new Paragraph(getTranslation(key) + " : " + value);
        paragraph.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return paragraph;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
