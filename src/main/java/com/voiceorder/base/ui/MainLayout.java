package com.voiceorder.base.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;
import com.voiceorder.restaurant.application.AuthenticatedUser;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.application.RestaurantSummary;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The frame around every dashboard page: restaurant switcher, the chosen restaurant's menu,
 * language switch and sign-out. Pages of a restaurant live under {@code /r/{restaurantId}}.
 */
@CdiComponent
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final RestaurantService restaurants;
    private final Select<RestaurantSummary> switcher = new Select<>();
    private final SideNav menu = new SideNav();
    private Long currentRestaurantId;

    @Inject
    public MainLayout(RestaurantService restaurants) {
        this.restaurants = restaurants;
        setPrimarySection(Section.DRAWER);
        H1 title = new H1("VoiceOrder");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        addToNavbar(new DrawerToggle(), title, accountBar());

        switcher.setId("restaurant-switcher");
        switcher.setItemLabelGenerator(RestaurantSummary::name);
        switcher.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(restaurantPath(e.getValue().id(), ""));
            }
        });
        switcher.setWidthFull();
        VerticalLayout drawer = new VerticalLayout(switcher, menu);
        drawer.setPadding(true);
        addToDrawer(drawer);
    }

    /** The URL of a page of a restaurant: {@code r/42} or {@code r/42/board}. */
    public static String restaurantPath(long restaurantId, String page) {
        return "r/" + restaurantId + (page.isEmpty() ? "" : "/" + page);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<String> id = event.getRouteParameters().get(AccessGuard.RESTAURANT_PARAMETER);
        Long restaurantId = id.map(Long::valueOf).orElse(null);
        List<RestaurantSummary> visible = visibleRestaurants();
        switcher.setItems(visible);
        switcher.setVisible(visible.size() > 1);
        visible.stream().filter(r -> r.id().equals(restaurantId)).findFirst().ifPresent(switcher::setValue);
        if (restaurantId != null && !restaurantId.equals(currentRestaurantId)) {
            currentRestaurantId = restaurantId;
            buildMenu(restaurantId);
        }
    }

    private void buildMenu(long restaurantId) {
        menu.removeAll();
        menu.addItem(new SideNavItem(getTranslation("nav.today"), restaurantPath(restaurantId, ""), VaadinIcon.CALENDAR_CLOCK.create()));
    }

    private List<RestaurantSummary> visibleRestaurants() {
        AuthenticatedUser user = CurrentUser.require();
        return restaurants.list(true).stream().filter(r -> user.canAccess(r.id())).toList();
    }

    private HorizontalLayout accountBar() {
        Span who = new Span(CurrentUser.get().map(AuthenticatedUser::displayName).orElse(""));
        Locale other = Languages.ENGLISH.equals(UI.getCurrent().getLocale()) ? Languages.FRENCH : Languages.ENGLISH;
        Button language = new Button(getTranslation("nav.other-language"), e -> {
            Languages.use(UI.getCurrent(), other);
            UI.getCurrent().getPage().reload();
        });
        language.setId("switch-language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button signOut = new Button(getTranslation("nav.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> {
            VaadinSession.getCurrent().getSession().invalidate();
            UI.getCurrent().getPage().setLocation("login");
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(who, language, signOut);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return bar;
    }
}
