package com.voiceorder.sync.infrastructure;

import com.voiceorder.sync.domain.SyncEntityType;
import com.voiceorder.sync.domain.SyncExternalMapping;
import com.voiceorder.sync.domain.SyncExternalMappingRepository;
import com.voiceorder.sync.domain.SyncPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaSyncExternalMappingRepository implements SyncExternalMappingRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaSyncExternalMappingRepository() {
    }

    public JpaSyncExternalMappingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public SyncExternalMapping save(SyncExternalMapping mapping) {
        if (mapping.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(mapping);
            return mapping;
        }
        return em.merge(mapping);
    }

    @Override
    public Optional<SyncExternalMapping> findByExternalId(SyncPlatform platform, SyncEntityType type,
                                                          String externalId) {
        return em.createQuery("""
                        SELECT m FROM SyncExternalMapping m
                        WHERE m.platform = :platform AND m.entityType = :type AND m.externalId = :externalId""",
                        SyncExternalMapping.class)
                .setParameter("platform", platform)
                .setParameter("type", type)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<SyncExternalMapping> findByLocalId(SyncPlatform platform, SyncEntityType type, Long localId) {
        return em.createQuery("""
                        SELECT m FROM SyncExternalMapping m
                        WHERE m.platform = :platform AND m.entityType = :type AND m.localId = :localId""",
                        SyncExternalMapping.class)
                .setParameter("platform", platform)
                .setParameter("type", type)
                .setParameter("localId", localId)
                .getResultStream()
                .findFirst();
    }
}
