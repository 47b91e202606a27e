package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.menu.application.MenuCategoryCommand;
import com.voiceorder.menu.application.MenuCategoryView;
import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The menu: categories (create, rename, reorder, delete) and their items with price, allergens and
 * options. Owners edit everything; every member marks an item sold out and back, which the phone
 * agent sees on its next call (its prompt is written from the database for each call).
 */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/menu", layout = MainLayout.class)
@CdiComponent
public class MenuView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MenuService menu;
    private final RestaurantService restaurants;
    private final Grid<MenuCategoryView> categoryGrid = new Grid<>();
    private final Grid<MenuItemView> itemGrid = new Grid<>();
    private final HorizontalLayout categoryActions = new HorizontalLayout();
    private final H3 itemsTitle = new H3();
    private final Button newItem;
    private RestaurantPage restaurant;
    private boolean owner;
    private List<MenuCategoryView> categories = List.of();
    private List<MenuItemView> items = List.of();
    private MenuCategoryView selected;

    @Inject
    public MenuView(MenuService menu, RestaurantService restaurants) {
        this.menu = menu;
        this.restaurants = restaurants;
        setSizeFull();
        categoryGrid.setId("menu-categories");
        categoryGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        categoryGrid.addColumn(MenuCategoryView::name).setHeader(getTranslation("menu.category"));
        categoryGrid.addColumn(c -> getTranslation(c.active() ? "menu.shown" : "menu.hidden")).setAutoWidth(true)
                .setHeader(getTranslation("menu.category.active"));
        categoryGrid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                selected = e.getValue();
                showItems();
            }
        });
        categoryActions.setId("menu-category-actions");
        VerticalLayout left = new VerticalLayout(categoryActions, categoryGrid);
        left.setPadding(false);
        left.setWidth("24rem");
        left.getStyle().set("flex-shrink", "0");

        itemGrid.setId("menu-items");
        itemGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        newItem = new Button(getTranslation("menu.item.new"), VaadinIcon.PLUS.create(), e -> openItem(null));
        newItem.setId("menu-item-new");
        newItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout right = new VerticalLayout(PageParts.filters(itemsTitle, newItem), itemGrid);
        right.setPadding(false);
        right.setSizeFull();
        HorizontalLayout body = new HorizontalLayout(left, right);
        body.setSizeFull();
        body.setFlexGrow(1, right);
        add(new H2(getTranslation("nav.menu")), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        owner = OwnerOnly.allowed(restaurant);
        newItem.setVisible(owner);
        configureItemColumns();
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.menu") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    private void configureItemColumns() {
        itemGrid.removeAllColumns();
        itemGrid.addColumn(MenuItemView::name).setHeader(getTranslation("menu.item.name")).setFlexGrow(2);
        itemGrid.addColumn(i -> PriceField.format(i.priceCents(), restaurant.moneyLocale()))
                .setHeader(getTranslation("menu.item.price")).setAutoWidth(true);
        itemGrid.addColumn(i -> i.allergens().stream().map(a -> a.label(getLocale())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("menu.item.allergens"));
        itemGrid.addColumn(i -> i.optionGroups().stream().map(this::groupSummary).collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("menu.item.options")).setFlexGrow(2);
        itemGrid.addColumn(i -> getTranslation(i.available() ? "menu.shown" : "menu.hidden"))
                .setHeader(getTranslation("menu.item.available")).setAutoWidth(true);
        itemGrid.addComponentColumn(this::soldOutToggle).setHeader(getTranslation("menu.item.sold-out")).setAutoWidth(true);
        if (owner) {
            itemGrid.addComponentColumn(this::itemButtons).setAutoWidth(true);
        }
    }

    private String groupSummary(MenuItemView.OptionGroupView group) {
        String range = group.minChoices() == group.maxChoices() ? String.valueOf(group.maxChoices())
                : group.minChoices() + "–" + group.maxChoices();
        return group.name() + " (" + range + ") : " + group.options().stream()
                .map(o -> o.name() + (o.priceDeltaCents() == 0 ? "" : " +" + PriceField.format(o.priceDeltaCents(), restaurant.moneyLocale())))
                .collect(Collectors.joining(", "));
    }

    private Component soldOutToggle(MenuItemView item) {
        Checkbox soldOut = new Checkbox(item.soldOut());
        soldOut.setId("menu-item-sold-out-" + item.id());
        soldOut.setAriaLabel(getTranslation("menu.item.sold-out") + " " + item.name());
        soldOut.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            boolean sold = e.getValue();
            if (Actions.run(this, () -> {
                if (sold) {
                    menu.markSoldOut(restaurant.id(), item.id());
                } else {
                    menu.markBackInStock(restaurant.id(), item.id());
                }
            }, this::showItems)) {
                Actions.done(getTranslation(sold ? "menu.item.now-sold-out" : "menu.item.back-in-stock", item.name()));
            }
        });
        return soldOut;
    }

    private Component itemButtons(MenuItemView item) {
        Button edit = RowButtons.edit(this, "menu-item-edit-" + item.id(), "menu.item.edit", () -> openItem(item));
        Button delete = RowButtons.delete(this, restaurant, "menu-item-delete-" + item.id(), item.name(),
                () -> menu.deleteItem(restaurant.id(), item.id()), this::showItems);
        return new HorizontalLayout(edit, delete);
    }

    private void reload() {
        categories = menu.listCategories(restaurant.id(), false).stream()
                .sorted(Comparator.comparingInt(MenuCategoryView::position).thenComparing(MenuCategoryView::id)).toList();
        Long keep = selected == null ? null : selected.id();
        selected = categories.stream().filter(c -> c.id().equals(keep)).findFirst()
                .orElse(categories.isEmpty() ? null : categories.get(0));
        categoryGrid.setItems(categories);
        if (selected != null) {
            categoryGrid.select(selected);
        }
        showItems();
    }

    private void showCategoryActions() {
        categoryActions.removeAll();
        if (!owner) {
            return;
        }
        Button create = new Button(VaadinIcon.PLUS.create(), e -> new MenuCategoryDialog(restaurant, menu, null,
                categories.stream().mapToInt(MenuCategoryView::position).max().orElse(-1) + 1, this::reload).open());
        create.setId("menu-category-new");
        create.setAriaLabel(getTranslation("menu.category.new"));
        create.setTooltipText(getTranslation("menu.category.new"));
        Button rename = new Button(VaadinIcon.EDIT.create(), e -> new MenuCategoryDialog(restaurant, menu, selected, 0,
                this::reload).open());
        rename.setId("menu-category-edit");
        rename.setTooltipText(getTranslation("menu.category.edit"));
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(-1));
        up.setId("menu-category-up");
        up.setTooltipText(getTranslation("menu.category.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(1));
        down.setId("menu-category-down");
        down.setTooltipText(getTranslation("menu.category.down"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> DeleteConfirmation.open(this, selected.name(),
                () -> Actions.run(this, () -> {
                    OwnerOnly.require(this, restaurant);
                    menu.deleteCategory(restaurant.id(), selected.id());
                }, this::reload)));
        delete.setId("menu-category-delete");
        delete.setTooltipText(getTranslation("catalog.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        boolean any = selected != null;
        rename.setEnabled(any);
        up.setEnabled(any && categories.indexOf(selected) > 0);
        down.setEnabled(any && categories.indexOf(selected) < categories.size() - 1);
        delete.setEnabled(any);
        categoryActions.add(create, rename, up, down, delete);
    }

    /** Moves the selected category one place up or down; positions are renumbered 0, 1, 2… */
    private void move(int step) {
        int from = categories.indexOf(selected);
        int to = from + step;
        if (from < 0 || to < 0 || to >= categories.size()) {
            return;
        }
        List<MenuCategoryView> order = new ArrayList<>(categories);
        order.add(to, order.remove(from));
        Actions.run(this, () -> {
            OwnerOnly.require(this, restaurant);
            for (int position = 0; position < order.size(); position++) {
                MenuCategoryView category = order.get(position);
                if (category.position() != position) {
                    menu.updateCategory(restaurant.id(), category.id(), new MenuCategoryCommand(category.name(),
                            category.description(), position, category.active()));
                }
            }
        }, this::reload);
    }

    private void showItems() {
        showCategoryActions();
        itemsTitle.setText(selected == null ? getTranslation("menu.no-category") : selected.name());
        newItem.setEnabled(selected != null);
        items = selected == null ? List.of() : menu.listItems(restaurant.id(), selected.id()).stream()
                .sorted(Comparator.comparingInt(MenuItemView::position).thenComparing(MenuItemView::name)).toList();
        itemGrid.setItems(items);
    }

    private void openItem(MenuItemView editing) {
        if (!owner) {
            return;
        }
        int newPosition = items.stream().mapToInt(MenuItemView::position).max().orElse(-1) + 1;
        new MenuItemDialog(restaurant, menu, categories, editing, selected == null ? null : selected.id(), newPosition,
                this::showItems).open();
    }
}
