package com.voiceorder.base.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinSession;
import com.voiceorder.restaurant.application.AuthenticatedUser;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.application.RestaurantSummary;
import jakarta.inject.Inject;
import java.util.ArrayList;
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
    private final SideNav adminMenu = new SideNav();
    private final List<Component> chrome = new ArrayList<>();
    private Long currentRestaurantId;

    @Inject
    public MainLayout(RestaurantService restaurants) {
        this.restaurants = restaurants;
        setPrimarySection(Section.DRAWER);
        H1 title = new H1("VoiceOrder");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        DrawerToggle toggle = new DrawerToggle();
        HorizontalLayout account = accountBar();
        addToNavbar(toggle, title, account);
        chrome.addAll(List.of(toggle, title, account));

        switcher.setId("restaurant-switcher");
        switcher.setItemLabelGenerator(RestaurantSummary::name);
        switcher.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(restaurantPath(e.getValue().id(), ""));
            }
        });
        switcher.setWidthFull();
        buildAdminMenu();
        VerticalLayout drawer = new VerticalLayout(switcher, menu, adminMenu);
        drawer.setPadding(true);
        addToDrawer(drawer);
        chrome.add(drawer);
    }

    /** Kiosk mode ({@code ?kiosk} in the URL): a screen on the kitchen wall shows the page alone. */
    public static boolean isKiosk(Location location) {
        return location.getQueryParameters().getParameters().containsKey("kiosk");
    }

    /** The URL of a page of a restaurant: {@code r/42} or {@code r/42/board}. */
    public static String restaurantPath(long restaurantId, String page) {
        return "r/" + restaurantId + (page.isEmpty() ? "" : "/" + page);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        boolean kiosk = isKiosk(event.getLocation());
        chrome.forEach(part -> part.setVisible(!kiosk));
        setDrawerOpened(!kiosk && isDrawerOpened());
        getElement().getStyle().set("--vaadin-app-layout-navbar-offset-size", kiosk ? "0px" : null);
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
        menu.addItem(new SideNavItem(getTranslation("nav.today"), restaurantPath(restaurantId, ""), VaadinIcon.HOME.create()));
        menu.addItem(new SideNavItem(getTranslation("nav.board"), restaurantPath(restaurantId, "board"), VaadinIcon.CALENDAR_CLOCK.create()));
        menu.addItem(new SideNavItem(getTranslation("nav.orders"), restaurantPath(restaurantId, "orders"), VaadinIcon.CART.create()));
        menu.addItem(new SideNavItem(getTranslation("nav.reservations"), restaurantPath(restaurantId, "reservations"), VaadinIcon.CALENDAR_USER.create()));
        menu.addItem(new SideNavItem(getTranslation("customers.nav"), restaurantPath(restaurantId, "customers"), VaadinIcon.USERS.create()));
        menu.addItem(new SideNavItem(getTranslation("nav.messages"), restaurantPath(restaurantId, "messages"), VaadinIcon.ENVELOPE.create()));
        menu.addItem(new SideNavItem(getTranslation("nav.calls"), restaurantPath(restaurantId, "calls"), VaadinIcon.PHONE.create()));
        menu.addItem(new SideNavItem(getTranslation("nav.menu"), restaurantPath(restaurantId, "menu"), VaadinIcon.BOOK.create()));
        menu.addItem(new SideNavItem(getTranslation("rooms.nav"), restaurantPath(restaurantId, "rooms"), VaadinIcon.TABLE.create()));
        menu.addItem(new SideNavItem(getTranslation("services.nav"), restaurantPath(restaurantId, "services"), VaadinIcon.CLOCK.create()));
        menu.addItem(new SideNavItem(getTranslation("offers.nav"), restaurantPath(restaurantId, "offers"), VaadinIcon.GIFT.create()));
        boolean owner = CurrentUser.require().canManage(restaurantId);
        if (owner) {
            menu.addItem(new SideNavItem(getTranslation("nav.formulas"), restaurantPath(restaurantId, "formulas"), VaadinIcon.LIST.create()));
            menu.addItem(new SideNavItem(getTranslation("nav.faq"), restaurantPath(restaurantId, "faq"), VaadinIcon.QUESTION_CIRCLE.create()));
            menu.addItem(new SideNavItem(getTranslation("settings.nav"), restaurantPath(restaurantId, "settings"), VaadinIcon.COG.create()));
        }
    }

    /** The administrators' pages, in a menu of their own that owners and staff never get. */
    private void buildAdminMenu() {
        boolean admin = CurrentUser.get().map(AuthenticatedUser::isAdmin).orElse(false);
        adminMenu.setVisible(admin);
        if (!admin) {
            return;
        }
        adminMenu.setId("admin-menu");
        adminMenu.setLabel(getTranslation("nav.admin"));
        adminMenu.addItem(new SideNavItem(getTranslation("nav.admin.assistants"), AdminPage.ASSISTANTS, VaadinIcon.HEADSET.create()));
        adminMenu.addItem(new SideNavItem(getTranslation("nav.admin.lines"), AdminPage.LINES, VaadinIcon.PHONE_LANDLINE.create()));
        adminMenu.addItem(new SideNavItem(getTranslation("nav.admin.restaurants"), AdminPage.RESTAURANTS, VaadinIcon.SHOP.create()));
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
