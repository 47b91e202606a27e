package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.menu.application.FormulaView;
import com.voiceorder.menu.application.MenuCategoryView;
import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The formulas (set menus at one price) with their courses; owners create, change and delete them. */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/formulas", layout = MainLayout.class)
@CdiComponent
public class FormulasView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MenuService menu;
    private final RestaurantService restaurants;
    private final Grid<FormulaView> grid = new Grid<>();
    private final Button create;
    private RestaurantPage restaurant;
    private boolean owner;
    private List<MenuCategoryView> categories = List.of();
    private List<MenuItemView> items = List.of();

    @Inject
    public FormulasView(MenuService menu, RestaurantService restaurants) {
        this.menu = menu;
        this.restaurants = restaurants;
        setSizeFull();
        create = new Button(getTranslation("formula.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("formula-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("formulas-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2(getTranslation("nav.formulas")), create, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        owner = OwnerOnly.allowed(restaurant);
        create.setVisible(owner);
        grid.removeAllColumns();
        grid.addColumn(FormulaView::name).setHeader(getTranslation("formula.name")).setAutoWidth(true);
        grid.addColumn(f -> PriceField.format(f.priceCents(), restaurant.moneyLocale()))
                .setHeader(getTranslation("menu.item.price")).setAutoWidth(true);
        grid.addColumn(this::courses).setHeader(getTranslation("formula.slots")).setFlexGrow(3);
        grid.addColumn(f -> getTranslation(f.available() ? "menu.shown" : "menu.hidden"))
                .setHeader(getTranslation("formula.available")).setAutoWidth(true);
        if (owner) {
            grid.addComponentColumn(this::buttons).setAutoWidth(true);
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.formulas") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    private String courses(FormulaView formula) {
        Map<Long, String> categoryNames = categories.stream().collect(Collectors.toMap(MenuCategoryView::id, MenuCategoryView::name));
        Map<Long, String> itemNames = items.stream().collect(Collectors.toMap(MenuItemView::id, MenuItemView::name));
        return formula.slots().stream().map(slot -> {
            List<String> allowed = new ArrayList<>(names(slot.allowedCategoryIds(), categoryNames::get));
            allowed.addAll(names(slot.allowedItemIds(), itemNames::get));
            return slot.name() + (slot.required() ? "" : " (" + getTranslation("formula.slot.optional") + ")")
                    + " : " + String.join(", ", allowed);
        }).collect(Collectors.joining(" + "));
    }

    private static List<String> names(Set<Long> ids, Function<Long, String> name) {
        return ids.stream().map(name).filter(Objects::nonNull).sorted().toList();
    }

    private Component buttons(FormulaView formula) {
        Button edit = RowButtons.edit(this, "formula-edit-" + formula.id(), "formula.edit", () -> open(formula));
        Button delete = RowButtons.delete(this, restaurant, "formula-delete-" + formula.id(), formula.name(),
                () -> menu.deleteFormula(restaurant.id(), formula.id()), this::reload);
        return new HorizontalLayout(edit, delete);
    }

    private void open(FormulaView editing) {
        if (owner) {
            new FormulaDialog(restaurant, menu, categories, items, editing, this::reload).open();
        }
    }

    private void reload() {
        categories = menu.listCategories(restaurant.id(), false).stream()
                .sorted(Comparator.comparingInt(MenuCategoryView::position)).toList();
        items = menu.listItems(restaurant.id(), null).stream().sorted(Comparator.comparing(MenuItemView::name)).toList();
        grid.setItems(menu.listFormulas(restaurant.id(), false));
    }
}
