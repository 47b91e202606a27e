package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.domain.DiningRoom;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The restaurant's rooms, each with its tables (seats, combinations, whether it takes bookings).
 * Owners create, edit and delete rooms and tables; staff read the plan.
 */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/rooms", layout = MainLayout.class)
@CdiComponent
public class RoomsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DiningSetupService dining;
    private final RestaurantService restaurants;
    private final VerticalLayout plan = new VerticalLayout();
    private final Button create;
    private RestaurantPage restaurant;
    private boolean owner;
    private List<DiningRoom> rooms = List.of();
    private List<DiningTable> tables = List.of();

    @Inject
    public RoomsView(DiningSetupService dining, RestaurantService restaurants) {
        this.dining = dining;
        this.restaurants = restaurants;
        setSizeFull();
        create = new Button(getTranslation("rooms.new"), VaadinIcon.PLUS.create(), e -> openRoom(null));
        create.setId("room-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.setId("rooms-plan");
        plan.setPadding(false);
        add(new H2(getTranslation("rooms.nav")), create, plan);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        owner = OwnerOnly.allowed(restaurant);
        create.setVisible(owner);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rooms.nav") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    private void reload() {
        if (restaurant == null) {
            return;
        }
        rooms = dining.listRooms(restaurant.id()).stream()
                .sorted(Comparator.comparingInt(DiningRoom::getPosition).thenComparing(DiningRoom::getName)).toList();
        tables = dining.listTables(restaurant.id());
        plan.removeAll();
        if (rooms.isEmpty()) {
            plan.add(new Span(getTranslation("rooms.none")));
        }
        Map<Long, String> labels = tables.stream().collect(Collectors.toMap(DiningTable::getId, DiningTable::getLabel));
        Map<Long, List<DiningTable>> byRoom = tables.stream().collect(Collectors.groupingBy(DiningTable::getRoomId));
        for (DiningRoom room : rooms) {
            plan.add(roomHeader(room), tableGrid(room, byRoom.getOrDefault(room.getId(), List.of()), labels::get));
        }
    }

    private Component roomHeader(DiningRoom room) {
        H3 title = new H3(room.getName() + (room.isActive() ? "" : " · " + getTranslation("rooms.inactive")));
        title.setId("room-title-" + room.getId());
        HorizontalLayout header = new HorizontalLayout(title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (owner) {
            Button addTable = new Button(getTranslation("rooms.table.new"), VaadinIcon.PLUS.create(),
                    e -> openTable(null, room));
            addTable.setId("table-new-" + room.getId());
            addTable.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button edit = RowButtons.edit(this, "room-edit-" + room.getId(), "rooms.edit", () -> openRoom(room));
            Button delete = RowButtons.delete(this, restaurant, "room-delete-" + room.getId(), room.getName(),
                    () -> dining.deleteRoom(restaurant.id(), room.getId()), this::reload);
            header.add(addTable, edit, delete);
        }
        return header;
    }

    private Grid<DiningTable> tableGrid(DiningRoom room, List<DiningTable> inRoom, Function<Long, String> labelOf) {
        Grid<DiningTable> grid = new Grid<>();
        grid.setId("tables-grid-" + room.getId());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(DiningTable::getLabel).setHeader(getTranslation("rooms.table.label")).setAutoWidth(true);
        grid.addColumn(DiningTable::getMinCovers).setHeader(getTranslation("rooms.table.min")).setAutoWidth(true);
        grid.addColumn(DiningTable::getMaxCovers).setHeader(getTranslation("rooms.table.max")).setAutoWidth(true);
        grid.addColumn(t -> t.getCombinableWith().stream().map(labelOf).filter(java.util.Objects::nonNull).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("rooms.table.combinable")).setFlexGrow(1);
        grid.addColumn(t -> getTranslation(t.isActive() ? "rooms.yes" : "rooms.no"))
                .setHeader(getTranslation("rooms.active")).setAutoWidth(true);
        if (owner) {
            grid.addComponentColumn(this::tableButtons).setAutoWidth(true);
        }
        grid.setItems(inRoom.stream().sorted(Comparator.comparing(DiningTable::getLabel)).toList());
        return grid;
    }

    private Component tableButtons(DiningTable table) {
        Button edit = RowButtons.edit(this, "table-edit-" + table.getId(), "rooms.table.edit", () -> openTable(table, null));
        Button delete = RowButtons.delete(this, restaurant, "table-delete-" + table.getId(), table.getLabel(),
                () -> dining.deleteTable(restaurant.id(), table.getId()), this::reload);
        return new HorizontalLayout(edit, delete);
    }

    private void openRoom(DiningRoom editing) {
        if (owner) {
            int next = rooms.stream().mapToInt(DiningRoom::getPosition).max().orElse(-1) + 1;
            new RoomDialog(restaurant, dining, editing, next, () -> OwnerOnly.require(this, restaurant), this::reload).open();
        }
    }

    private void openTable(DiningTable editing, DiningRoom inRoom) {
        if (owner) {
            new TableDialog(restaurant, dining, rooms, tables, editing, inRoom, () -> OwnerOnly.require(this, restaurant),
                    this::reload).open();
        }
    }
}
