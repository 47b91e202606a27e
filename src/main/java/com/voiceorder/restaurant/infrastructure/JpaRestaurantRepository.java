package com.voiceorder.restaurant.infrastructure;

import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.domain.RestaurantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRestaurantRepository implements RestaurantRepository {

    @PersistenceContext
    private EntityManager em;

    /** For CDI. */
    protected JpaRestaurantRepository() {
    }

    /** Over a given EntityManager (tests, tools). */
    public JpaRestaurantRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Restaurant> findById(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Restaurant.class, id));
    }

    @Override
    public Optional<Restaurant> findBySlug(String slug) {
        return em.createQuery("select r from Restaurant r where r.slug = :slug", Restaurant.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean exists(Long id) {
        return id != null && em.createQuery("select count(r) from Restaurant r where r.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult() > 0;
    }

    @Override
    public List<Restaurant> findAll(boolean activeOnly) {
        String where = activeOnly ? " where r.active = true" : "";
        return em.createQuery("select r from Restaurant r" + where + " order by r.name, r.id", Restaurant.class)
                .getResultList();
    }

    /** Persists and flushes, so rows referencing the restaurant by id can follow in the same transaction. */
    @Override
    public Restaurant add(Restaurant restaurant) {
        em.persist(restaurant);
        em.flush();
        return restaurant;
    }
}
