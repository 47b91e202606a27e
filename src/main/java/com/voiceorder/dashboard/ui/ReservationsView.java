package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.availability.application.AvailabilityService;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.base.ui.push.Broadcaster;
import com.voiceorder.dashboard.application.BoardReservation;
import com.voiceorder.dashboard.application.ServiceBoard;
import com.voiceorder.dashboard.application.ServiceTimeline;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reservations of a day, as a list or by service and table ("day view"): book, change, cancel,
 * and move them through arrival (confirm, seat, complete, no-show). Table choice is manual for now.
 */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/reservations", layout = MainLayout.class)
@CdiComponent
public class ReservationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReservationService reservations;
    private final DiningSetupService dining;
    private final RestaurantService restaurants;
    private final Clock clock;
    private final DatePicker day;
    private final Tab listTab = new Tab();
    private final Tab dayTab = new Tab();
    private final Grid<Reservation> grid = new Grid<>();
    private final VerticalLayout dayView = new VerticalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private RestaurantPage restaurant;
    private Map<Long, String> serviceNames = Map.of();
    private Map<Long, String> tableLabels = Map.of();
    private Map<Long, String> offerNames = Map.of();
    private List<DiningService> services = List.of();

    private final AvailabilityService availability;

    @Inject
    public ReservationsView(ReservationService reservations, DiningSetupService dining, RestaurantService restaurants,
                            Broadcaster broadcaster, Clock clock, AvailabilityService availability) {
        this.availability = availability;
        this.reservations = reservations;
        this.dining = dining;
        this.restaurants = restaurants;
        this.clock = clock;
        setSizeFull();
        day = PageParts.dayPicker(this, "reservations-day", this::reload);
        Button create = new Button(getTranslation("reservations.new"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        create.setId("reservation-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        listTab.setLabel(getTranslation("reservations.list"));
        dayTab.setLabel(getTranslation("reservations.day-view"));
        Tabs tabs = new Tabs(listTab, dayTab);
        tabs.addSelectedChangeListener(e -> reload());
        grid.setId("reservations-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.asSingleSelect().addValueChangeListener(e -> showActions(e.getValue()));
        actions.setId("reservation-actions");
        add(new H2(getTranslation("nav.reservations")), PageParts.filters(day, create, tabs), actions, grid, dayView);
        LiveRefresh.bind(this, broadcaster, () -> restaurant.id(), update -> reload());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        services = dining.listServices(restaurant.id());
        serviceNames = services.stream().collect(Collectors.toMap(DiningService::getId, DiningService::getName));
        tableLabels = dining.listTables(restaurant.id()).stream().collect(Collectors.toMap(DiningTable::getId, DiningTable::getLabel));
        offerNames = dining.listOffers(restaurant.id()).stream().collect(Collectors.toMap(Offer::getId, Offer::getName));
        configureColumns();
        day.setValue(restaurants.today(restaurant.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reservations") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    private void configureColumns() {
        grid.removeAllColumns();
        grid.addColumn(r -> restaurant.time().format(r.getStartsAt())).setHeader(getTranslation("today.time")).setAutoWidth(true);
        grid.addColumn(r -> serviceNames.getOrDefault(r.getServiceId(), "")).setHeader(getTranslation("reservations.service")).setAutoWidth(true);
        grid.addColumn(Reservation::getPartySize).setHeader(getTranslation("today.covers")).setAutoWidth(true);
        grid.addColumn(Reservation::getGuestName).setHeader(getTranslation("today.customer"));
        grid.addColumn(Reservation::getGuestPhone).setHeader(getTranslation("orders.phone")).setAutoWidth(true);
        grid.addColumn(r -> r.getTableIds().stream().map(id -> tableLabels.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining(" + "))).setHeader(getTranslation("reservations.tables")).setAutoWidth(true);
        grid.addColumn(r -> r.getOfferId() == null ? "" : offerNames.getOrDefault(r.getOfferId(), ""))
                .setHeader(getTranslation("reservations.offer")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("reservation.status." + r.getStatus().name())).setHeader(getTranslation("today.status")).setAutoWidth(true);
    }

    private void reload() {
        if (restaurant == null || day.getValue() == null) {
            return;
        }
        List<Reservation> ofDay = reservations.listForDay(restaurant.id(), day.getValue(), Set.of());
        boolean list = listTab.isSelected();
        grid.setVisible(list);
        dayView.setVisible(!list);
        grid.setItems(ofDay);
        showActions(null);
        if (!list) {
            fillDayView(ofDay, day.getValue());
        }
    }

    private void fillDayView(List<Reservation> ofDay, LocalDate date) {
        dayView.removeAll();
        ServiceBoard board = ServiceBoard.of(new ServiceBoard.Inputs(date, restaurant.zone(), clock.instant(), List.of(),
                ofDay, services, tableLabels, offerNames));
        for (ServiceTimeline service : board.services()) {
            dayView.add(new H2(service.name() + " · " + getTranslation("board.covers", service.expectedCovers())));
            for (ServiceTimeline.TableRow row : service.rows()) {
                String table = row.table() == null ? getTranslation("board.no-table") : row.table();
                dayView.add(new Span(table + " — " + row.reservations().stream().map(this::summary)
                        .collect(Collectors.joining(" · "))));
            }
        }
    }

    private String summary(BoardReservation r) {
        return restaurant.time().format(r.startsAt()) + " " + r.guestName() + " (" + r.partySize() + ", "
                + getTranslation("reservation.status." + r.status().name()) + ")";
    }

    private void showActions(Reservation reservation) {
        actions.removeAll();
        if (reservation == null) {
            return;
        }
        long id = reservation.getId();
        for (ReservationStatus next : BoardReservation.nextSteps(reservation.getStatus())) {
            if (next == ReservationStatus.CANCELLED) {
                Button cancel = new Button(getTranslation("reservation.step.CANCELLED"), e -> confirmCancel(reservation));
                cancel.setId("reservation-cancel");
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(cancel);
            } else {
                Button step = new Button(getTranslation("reservation.step." + next.name()), e -> Actions.run(this,
                        () -> reservations.changeStatus(restaurant.id(), id, next), this::reload));
                step.setId("reservation-step-" + next.name());
                actions.add(step);
            }
        }
        if (reservation.getStatus() == ReservationStatus.PENDING || reservation.getStatus() == ReservationStatus.CONFIRMED) {
            Button edit = new Button(getTranslation("reservations.edit"), VaadinIcon.EDIT.create(),
                    e -> openDialog(reservations.get(restaurant.id(), id)));
            edit.setId("reservation-edit");
            actions.add(edit);
        }
    }

    private void confirmCancel(Reservation reservation) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("reservations.cancel-title", reservation.getGuestName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.back"));
        dialog.setConfirmText(getTranslation("reservation.step.CANCELLED"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> Actions.run(this,
                () -> reservations.cancel(restaurant.id(), reservation.getId(), null), this::reload));
        dialog.open();
    }

    private void openDialog(Reservation editing) {
        new ReservationDialog(restaurant, reservations, dining, editing, day.getValue(),
                (date, time, party, serviceId, excluded) -> availability.checkReservation(restaurant.id(), date, time,
                        party, serviceId, null, excluded), this::reload).open();
    }
}
