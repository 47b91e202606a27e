package com.voiceorder.sync.infrastructure;

import com.voiceorder.sync.domain.SyncLog;
import com.voiceorder.sync.domain.SyncLogRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaSyncLogRepository implements SyncLogRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaSyncLogRepository() {
    }

    public JpaSyncLogRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public SyncLog append(SyncLog entry) {
        // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
        // flushing first writes what this one may refer to (created earlier) before it.
        em.flush();
        em.persist(entry);
        return entry;
    }

    @Override
    public List<SyncLog> findRecent(Long restaurantId, int limit) {
        return em.createQuery("SELECT l FROM SyncLog l WHERE l.restaurantId = :restaurantId ORDER BY l.at DESC, l.id DESC",
                        SyncLog.class)
                .setParameter("restaurantId", restaurantId)
                .setMaxResults(Math.max(1, limit))
                .getResultList();
    }
}
