package com.voiceorder.reservations.infrastructure;

import com.voiceorder.reservations.domain.ExternalLoad;
import com.voiceorder.reservations.domain.ExternalLoadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaExternalLoadRepository implements ExternalLoadRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaExternalLoadRepository() {
    }

    public JpaExternalLoadRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public ExternalLoad save(ExternalLoad load) {
        if (load.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(load);
            return load;
        }
        return em.merge(load);
    }

    @Override
    public List<ExternalLoad> findByDate(Long restaurantId, LocalDate date) {
        return em.createQuery("""
                        SELECT l FROM ExternalLoad l WHERE l.restaurantId = :restaurantId AND l.date = :date
                        ORDER BY l.slotStart, l.id""", ExternalLoad.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("date", date)
                .getResultList();
    }

    @Override
    public List<ExternalLoad> findBetween(Long restaurantId, LocalDate from, LocalDate to) {
        return em.createQuery("""
                        SELECT l FROM ExternalLoad l WHERE l.restaurantId = :restaurantId AND l.date BETWEEN :from AND :to
                        ORDER BY l.date, l.slotStart, l.id""", ExternalLoad.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public Optional<ExternalLoad> findByRef(Long restaurantId, String platform, String externalRef) {
        return em.createQuery("""
                        SELECT l FROM ExternalLoad l
                        WHERE l.restaurantId = :restaurantId AND l.platform = :platform AND l.externalRef = :externalRef""",
                        ExternalLoad.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("platform", platform)
                .setParameter("externalRef", externalRef)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void delete(ExternalLoad load) {
        em.remove(em.contains(load) ? load : em.merge(load));
    }
}
