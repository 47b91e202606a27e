package com.voiceorder.sync.infrastructure;

import com.voiceorder.sync.domain.SyncPlatform;
import com.voiceorder.sync.domain.SyncPlatformConfig;
import com.voiceorder.sync.domain.SyncPlatformConfigRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSyncPlatformConfigRepository implements SyncPlatformConfigRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaSyncPlatformConfigRepository() {
    }

    public JpaSyncPlatformConfigRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public SyncPlatformConfig save(SyncPlatformConfig config) {
        if (config.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(config);
            return config;
        }
        return em.merge(config);
    }

    @Override
    public Optional<SyncPlatformConfig> find(Long restaurantId, SyncPlatform platform) {
        return em.createQuery("""
                        SELECT c FROM SyncPlatformConfig c
                        WHERE c.restaurantId = :restaurantId AND c.platform = :platform""", SyncPlatformConfig.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("platform", platform)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<SyncPlatformConfig> findByRestaurant(Long restaurantId) {
        return em.createQuery("SELECT c FROM SyncPlatformConfig c WHERE c.restaurantId = :restaurantId ORDER BY c.platform",
                        SyncPlatformConfig.class)
                .setParameter("restaurantId", restaurantId)
                .getResultList();
    }

    @Override
    public List<SyncPlatformConfig> findEnabled() {
        return em.createQuery("SELECT c FROM SyncPlatformConfig c WHERE c.enabled = TRUE ORDER BY c.id",
                        SyncPlatformConfig.class)
                .getResultList();
    }
}
