package com.voiceorder.base.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.voiceorder.restaurant.application.AuthenticatedUser;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.application.RestaurantSummary;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * "/" opens the administrators' overview of every assistant for an admin, else the first restaurant
 * the user may see; a user with none is told so.
 */
@Route(value = "", layout = MainLayout.class)
@CdiComponent
public class HomeRedirect extends VerticalLayout implements BeforeEnterObserver {

    private final RestaurantService restaurants;

    @Inject
    public HomeRedirect(RestaurantService restaurants) {
        this.restaurants = restaurants;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AuthenticatedUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            return;
        }
        if (user.get().isAdmin()) {
            event.forwardTo(AdminPage.ASSISTANTS);
            return;
        }
        Optional<RestaurantSummary> first = restaurants.list(true).stream()
                .filter(r -> user.get().canAccess(r.id()))
                .findFirst();
        if (first.isPresent()) {
            event.forwardTo(MainLayout.restaurantPath(first.get().id(), ""));
        } else {
            removeAll();
            add(new H2(getTranslation("home.no-restaurant.title")), new Paragraph(getTranslation("home.no-restaurant.text")));
        }
    }
}
