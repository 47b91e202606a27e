package com.voiceorder.testing;

import jakarta.persistence.EntityManager;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Rows of other capabilities' tables that operations tests need (restaurant, customer, menu item,
 * formula), inserted with plain SQL so these tests do not depend on those entities.
 * Adapt the INSERTs here when those tables gain NOT NULL columns without defaults.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static long restaurant(EntityManager em) {
        long id = freshId();
        em.createNativeQuery("INSERT INTO restaurant (id, version, name) VALUES (?, 0, ?)")
                .setParameter(1, id)
                .setParameter(2, "Restaurant " + id)
                .executeUpdate();
        return id;
    }

    public static long customer(EntityManager em, long restaurantId) {
        long id = freshId();
        em.createNativeQuery("INSERT INTO customer (id, version, restaurant_id) VALUES (?, 0, ?)")
                .setParameter(1, id)
                .setParameter(2, restaurantId)
                .executeUpdate();
        return id;
    }

    public static long menuItem(EntityManager em, long restaurantId) {
        long id = freshId();
        em.createNativeQuery("INSERT INTO menu_item (id, version, restaurant_id) VALUES (?, 0, ?)")
                .setParameter(1, id)
                .setParameter(2, restaurantId)
                .executeUpdate();
        return id;
    }

    public static long formula(EntityManager em, long restaurantId) {
        long id = freshId();
        em.createNativeQuery("INSERT INTO formula (id, version, restaurant_id) VALUES (?, 0, ?)")
                .setParameter(1, id)
                .setParameter(2, restaurantId)
                .executeUpdate();
        return id;
    }

    /** Far above what entity_seq hands out in a test, so fixture rows never collide with entities. */
    private static long freshId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    }
}
