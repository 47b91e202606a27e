package com.voiceorder.menu.infrastructure;

import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.MenuItemRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.infrastructure.IntegrityViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMenuItemRepository implements MenuItemRepository {

    @PersistenceContext
    private EntityManager em;

    /** For CDI. */
    protected JpaMenuItemRepository() {
    }

    /** Over a given EntityManager (tests, tools). */
    public JpaMenuItemRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<MenuItem> findById(Long restaurantId, Long id) {
        return Optional.ofNullable(id == null ? null : em.find(MenuItem.class, id))
                .filter(item -> item.restaurantId().equals(restaurantId));
    }

    @Override
    public List<MenuItem> findByIds(Long restaurantId, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from MenuItem i where i.restaurantId = :restaurant and i.id in :ids"
                        + " order by i.id", MenuItem.class)
                .setParameter("restaurant", restaurantId)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
    }

    @Override
    public List<MenuItem> findByRestaurant(Long restaurantId) {
        return em.createQuery("select i from MenuItem i where i.restaurantId = :restaurant"
                        + " order by i.categoryId, i.position, i.name, i.id", MenuItem.class)
                .setParameter("restaurant", restaurantId)
                .getResultList();
    }

    @Override
    public List<MenuItem> findByCategory(Long restaurantId, Long categoryId) {
        return em.createQuery("select i from MenuItem i where i.restaurantId = :restaurant"
                        + " and i.categoryId = :category order by i.position, i.name, i.id", MenuItem.class)
                .setParameter("restaurant", restaurantId)
                .setParameter("category", categoryId)
                .getResultList();
    }

    @Override
    public List<MenuItem> findOrderable(Long restaurantId) {
        return em.createQuery("select i from MenuItem i, MenuCategory c where i.restaurantId = :restaurant"
                        + " and c.id = i.categoryId and c.active = true and i.available = true and i.soldOut = false"
                        + " order by c.position, c.id, i.position, i.name, i.id", MenuItem.class)
                .setParameter("restaurant", restaurantId)
                .getResultList();
    }

    @Override
    public long countByCategory(Long restaurantId, Long categoryId) {
        return em.createQuery("select count(i) from MenuItem i where i.restaurantId = :restaurant"
                        + " and i.categoryId = :category", Long.class)
                .setParameter("restaurant", restaurantId)
                .setParameter("category", categoryId)
                .getSingleResult();
    }

    /** Persists and flushes, so rows referencing the item by id can follow in the same transaction. */
    @Override
    public MenuItem add(MenuItem item) {
        em.persist(item);
        em.flush();
        return item;
    }

    @Override
    public void remove(MenuItem item) {
        em.remove(item);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!IntegrityViolation.causedBy(e)) {
                throw e;
            }
            throw new DomainException(null,
                    item.name() + " is still referenced (past orders?): make it unavailable instead of deleting it");
        }
    }
}
