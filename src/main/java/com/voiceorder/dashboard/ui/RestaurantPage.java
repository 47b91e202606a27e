package com.voiceorder.dashboard.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.restaurant.domain.Restaurant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The restaurant a dashboard page shows, read from the route ({@code /r/{restaurantId}/…}; the
 * {@link AccessGuard} has already checked membership), with its zone and formats.
 */
public record RestaurantPage(long id, String name, ZoneId zone, Locale moneyLocale, String countryCode) {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public static long idOf(BeforeEnterEvent event) {
        return Long.parseLong(event.getRouteParameters().get(AccessGuard.RESTAURANT_PARAMETER).orElseThrow());
    }

    public static RestaurantPage of(Restaurant restaurant) {
        return new RestaurantPage(restaurant.getId(), restaurant.name(), restaurant.zone(), restaurant.locale(),
                restaurant.profile().countryCode());
    }

    /** Short date and time in the user's language, in the restaurant's zone. */
    public DateTimeFormatter dateTime(Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(language).withZone(zone);
    }

    public DateTimeFormatter time() {
        return TIME.withZone(zone);
    }
}
