package com.voiceorder.menu.infrastructure;

import com.voiceorder.menu.domain.MenuCategory;
import com.voiceorder.menu.domain.MenuCategoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMenuCategoryRepository implements MenuCategoryRepository {

    @PersistenceContext
    private EntityManager em;

    /** For CDI. */
    protected JpaMenuCategoryRepository() {
    }

    /** Over a given EntityManager (tests, tools). */
    public JpaMenuCategoryRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<MenuCategory> findById(Long restaurantId, Long id) {
        return Optional.ofNullable(id == null ? null : em.find(MenuCategory.class, id))
                .filter(category -> category.restaurantId().equals(restaurantId));
    }

    @Override
    public List<MenuCategory> findByRestaurant(Long restaurantId, boolean activeOnly) {
        String active = activeOnly ? " and c.active = true" : "";
        return em.createQuery("select c from MenuCategory c where c.restaurantId = :restaurant" + active
                        + " order by c.position, c.name, c.id", MenuCategory.class)
                .setParameter("restaurant", restaurantId)
                .getResultList();
    }

    /** Persists and flushes, so rows referencing the category by id can follow in the same transaction. */
    @Override
    public MenuCategory add(MenuCategory category) {
        em.persist(category);
        em.flush();
        return category;
    }

    @Override
    public void remove(MenuCategory category) {
        em.remove(category);
    }
}
