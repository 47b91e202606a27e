package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
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
import java.util.Set;

/** The orders of a day, filtered by status; the chosen order's details, next step, cancel and ticket. */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/orders", layout = MainLayout.class)
@CdiComponent
public class OrdersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderService orders;
    private final RestaurantService restaurants;
    private final DatePicker day = new DatePicker();
    private final Select<Optional<OrderStatus>> status = new Select<>();
    private final Grid<Order> grid = new Grid<>();
    private final Div details = new Div();
    private RestaurantPage restaurant;
    private Long selectedId;

    @Inject
    public OrdersView(OrderService orders, RestaurantService restaurants, Broadcaster broadcaster) {
        this.orders = orders;
        this.restaurants = restaurants;
        setSizeFull();
        day.setLabel(getTranslation("orders.day"));
        day.setLocale(getLocale());
        day.setId("orders-day");
        day.addValueChangeListener(e -> reload());
        status.setLabel(getTranslation("orders.status"));
        status.setId("orders-status");
        status.setItems(statusChoices());
        status.setItemLabelGenerator(s -> s.map(v -> getTranslation("order.status." + v.name()))
                .orElse(getTranslation("orders.all-statuses")));
        status.setValue(Optional.empty());
        status.addValueChangeListener(e -> reload());
        grid.setId("orders-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue() == null ? null : e.getValue().getId()));
        details.setId("order-details");
        details.setWidth("28rem");
        HorizontalLayout body = new HorizontalLayout(grid, details);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        HorizontalLayout filters = new HorizontalLayout(day, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.orders")), filters, body);
        LiveRefresh.bind(this, broadcaster, () -> restaurant.id(), update -> reload());
    }

    private static java.util.List<Optional<OrderStatus>> statusChoices() {
        java.util.List<Optional<OrderStatus>> choices = new java.util.ArrayList<>();
        choices.add(Optional.empty());
        for (OrderStatus value : OrderStatus.values()) {
            choices.add(Optional.of(value));
        }
        return choices;
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
        Set<OrderStatus> statuses = status.getValue() == null || status.getValue().isEmpty()
                ? Set.of() : Set.of(status.getValue().get());
        grid.setItems(orders.listForDay(restaurant.id(), chosen, restaurant.zone(), statuses));
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
