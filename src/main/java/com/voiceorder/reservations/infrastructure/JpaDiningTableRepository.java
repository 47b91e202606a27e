package com.voiceorder.reservations.infrastructure;

import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.reservations.domain.DiningTableRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDiningTableRepository implements DiningTableRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaDiningTableRepository() {
    }

    public JpaDiningTableRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public DiningTable save(DiningTable table) {
        if (table.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(table);
            return table;
        }
        return em.merge(table);
    }

    @Override
    public Optional<DiningTable> find(Long restaurantId, Long id) {
        if (restaurantId == null || id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(DiningTable.class, id)).filter(found -> found.getRestaurantId().equals(restaurantId));
    }

    @Override
    public List<DiningTable> findByRestaurant(Long restaurantId) {
        return em.createQuery("SELECT x FROM DiningTable x WHERE x.restaurantId = :restaurantId ORDER BY x.label, x.id", DiningTable.class)
                .setParameter("restaurantId", restaurantId)
                .setHint("eclipselink.batch", "x.combinableWith")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    @Override
    public void delete(DiningTable table) {
        em.remove(em.contains(table) ? table : em.merge(table));
    }

    @Override
    public List<DiningTable> findByRoom(Long restaurantId, Long roomId) {
        return em.createQuery("""
                        SELECT t FROM DiningTable t WHERE t.restaurantId = :restaurantId AND t.roomId = :roomId
                        ORDER BY t.label, t.id""", DiningTable.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("roomId", roomId)
                .getResultList();
    }

    @Override
    public Optional<DiningTable> findByLabel(Long restaurantId, String label) {
        return em.createQuery("SELECT t FROM DiningTable t WHERE t.restaurantId = :restaurantId AND t.label = :label",
                        DiningTable.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("label", label)
                .getResultStream()
                .findFirst();
    }
}
