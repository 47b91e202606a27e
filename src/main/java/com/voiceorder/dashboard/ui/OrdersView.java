package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.base.ui.push.Broadcaster;
import com.voiceorder.dashboard.application.KitchenSteps;
import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.shared.domain.Money;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/** The orders of a day, filtered by status; the chosen order's details, next step, cancel and ticket. */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/orders", layout = MainLayout.class)
@CdiComponent
public class OrdersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderService orders;
    private final RestaurantService restaurants;
    private final DatePicker day;
    private final Select<Optional<OrderStatus>> status;
    private final Grid<Order> grid = new Grid<>();
    private final Div details = new Div();
    private RestaurantPage restaurant;
    private Long selectedId;

    @Inject
    public OrdersView(OrderService orders, RestaurantService restaurants, Broadcaster broadcaster) {
        this.orders = orders;
        this.restaurants = restaurants;
        setSizeFull();
        day = PageParts.dayPicker(this, "orders-day", this::reload);
        status = PageParts.enumFilter(this, OrderStatus.class, "orders-status", "orders.status", "orders.all-statuses",
                "order.status.", this::reload);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue() == null ? null : e.getValue().getId()));
        add(new H2(getTranslation("nav.orders")), PageParts.filters(day, status),
                PageParts.listWithDetails(grid, "orders-grid", details, "order-details", "28rem"));
        LiveRefresh.bind(this, broadcaster, () -> restaurant.id(), update -> reload());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        configureColumns();
        day.setValue(restaurants.today(restaurant.id()));
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.orders") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    private void configureColumns() {
        grid.removeAllColumns();
        grid.addColumn(o -> restaurant.time().format(o.getCreatedAt())).setHeader(getTranslation("today.time")).setAutoWidth(true);
        grid.addColumn(o -> "#" + o.getId()).setHeader("N°").setAutoWidth(true);
        grid.addColumn(o -> getTranslation("order.type." + o.getType().name())).setHeader(getTranslation("today.type")).setAutoWidth(true);
        grid.addColumn(Order::getCustomerName).setHeader(getTranslation("today.customer"));
        grid.addColumn(Order::getCustomerPhone).setHeader(getTranslation("orders.phone")).setAutoWidth(true);
        grid.addColumn(o -> Money.euros(o.getTotalCents()).format(restaurant.moneyLocale())).setHeader(getTranslation("today.total")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("order.status." + o.getStatus().name())).setHeader(getTranslation("today.status")).setAutoWidth(true);
    }

    private void reload() {
        LocalDate chosen = day.getValue();
        if (restaurant == null || chosen == null) {
            return;
        }
        grid.setItems(orders.listForDay(restaurant.id(), chosen, restaurant.zone(), PageParts.chosen(status)));
        show(selectedId);
    }

    private void show(Long orderId) {
        selectedId = orderId;
        details.removeAll();
        if (orderId == null) {
            return;
        }
        Order order = orders.get(restaurant.id(), orderId);
        details.add(new OrderDetails(order, restaurant, true));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("order-actions");
        KitchenSteps.next(order.getType(), order.getStatus()).ifPresent(next -> {
            Button step = new Button(getTranslation("board.step." + next.name()), e -> Actions.run(this,
                    () -> orders.changeStatus(restaurant.id(), orderId, next), this::reload));
            step.setId("order-step");
            step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(step);
        });
        if (!order.getStatus().isFinal()) {
            Button cancel = new Button(getTranslation("orders.cancel"), e -> confirmCancel(orderId));
            cancel.setId("order-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        Button print = new Button(getTranslation("orders.print"), VaadinIcon.PRINT.create(), e ->
                UI.getCurrent().getPage().open(OrderTicketView.path(restaurant.id(), orderId), "_blank"));
        print.setId("order-print");
        actions.add(print);
        details.add(actions);
    }

    private void confirmCancel(long orderId) {
        TextField reason = new TextField(getTranslation("orders.cancel-reason"));
        reason.setId("order-cancel-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("orders.cancel-title", orderId));
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.back"));
        dialog.setConfirmText(getTranslation("orders.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> Actions.run(this,
                () -> orders.cancel(restaurant.id(), orderId, reason.getValue().isBlank() ? null : reason.getValue()),
                this::reload));
        dialog.open();
    }
}
