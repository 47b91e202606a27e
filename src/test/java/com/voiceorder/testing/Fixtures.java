package com.voiceorder.testing;

import com.voiceorder.customers.domain.Customer;
import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.MenuCategory;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.domain.RestaurantProfile;
import com.voiceorder.shared.domain.PhoneNumber;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

/** Minimal real catalog rows (restaurant, customer, menu item, formula) that other tests refer to by id. */
public final class Fixtures {

    private Fixtures() {
    }

    public static long restaurant(EntityManager em) {
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Restaurant restaurant = new Restaurant(new RestaurantProfile("Restaurant " + n, "restaurant-" + n,
                "1 rue de la Paix", "13001", "Marseille", "FR", null, null, null, null,
                ZoneId.of("Europe/Paris"), "fr", "EUR"));
        return persist(em, restaurant).getId();
    }

    public static long customer(EntityManager em, long restaurantId) {
        int n = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        return persist(em, new Customer(restaurantId, PhoneNumber.parse("06" + n, "FR"), Instant.now())).getId();
    }

    public static long menuItem(EntityManager em, long restaurantId) {
        MenuCategory category = persist(em, new MenuCategory(restaurantId, "Plats", null, 1));
        return persist(em, new MenuItem(restaurantId, category.getId(), "Plat du jour", 1450)).getId();
    }

    public static long formula(EntityManager em, long restaurantId) {
        return persist(em, new Formula(restaurantId, "Formule midi", null, 1890)).getId();
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }
}
