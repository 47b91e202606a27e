package com.voiceorder.reservations.infrastructure;

import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.DiningServiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDiningServiceRepository implements DiningServiceRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaDiningServiceRepository() {
    }

    public JpaDiningServiceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public DiningService save(DiningService service) {
        if (service.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(service);
            return service;
        }
        return em.merge(service);
    }

    @Override
    public Optional<DiningService> find(Long restaurantId, Long id) {
        if (restaurantId == null || id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(DiningService.class, id)).filter(found -> found.getRestaurantId().equals(restaurantId));
    }

    @Override
    public List<DiningService> findByRestaurant(Long restaurantId) {
        return em.createQuery("SELECT x FROM DiningService x WHERE x.restaurantId = :restaurantId ORDER BY x.startTime, x.id", DiningService.class)
                .setParameter("restaurantId", restaurantId)
                .setHint("eclipselink.batch", "x.weekdays")
                .setHint("eclipselink.batch", "x.durationsByPartySize")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    @Override
    public void lockForBooking(Long restaurantId) {
        em.createQuery("SELECT x.id FROM DiningService x WHERE x.restaurantId = :restaurantId ORDER BY x.id", Long.class)
                .setParameter("restaurantId", restaurantId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public void delete(DiningService service) {
        em.remove(em.contains(service) ? service : em.merge(service));
    }
}
