package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.PhoneLineRepository;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPhoneLineRepository implements PhoneLineRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaPhoneLineRepository() {
    }

    public JpaPhoneLineRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public PhoneLine save(PhoneLine line) {
        if (line.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(line);
            return line;
        }
        return em.merge(line);
    }

    @Override
    public Optional<PhoneLine> find(Long restaurantId, Long lineId) {
        if (restaurantId == null || lineId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(PhoneLine.class, lineId))
                .filter(line -> line.getRestaurantId().equals(restaurantId));
    }

    @Override
    public List<PhoneLine> findByRestaurant(Long restaurantId) {
        return em.createQuery("SELECT l FROM PhoneLine l WHERE l.restaurantId = :restaurantId ORDER BY l.number",
                        PhoneLine.class)
                .setParameter("restaurantId", restaurantId)
                .getResultList();
    }

    @Override
    public Optional<PhoneLine> findByNumber(String e164) {
        return em.createQuery("SELECT l FROM PhoneLine l WHERE l.number = :number", PhoneLine.class)
                .setParameter("number", e164)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PhoneLine> findById(Long lineId) {
        return lineId == null ? Optional.empty() : Optional.ofNullable(em.find(PhoneLine.class, lineId));
    }

    @Override
    public boolean hasCalls(Long lineId) {
        return em.createQuery("SELECT COUNT(c) FROM PhoneCall c WHERE c.lineId = :lineId", Long.class)
                .setParameter("lineId", lineId)
                .getSingleResult() > 0;
    }

    @Override
    public void delete(PhoneLine line) {
        em.remove(em.contains(line) ? line : em.merge(line));
    }

    @Override
    public boolean storeError(Long lineId, String error, Instant at) {
        // Plain SQL: a JPQL bulk update would bump the version (EclipseLink does) and skip the Instant converter.
        jakarta.persistence.Query update = error == null
                ? em.createNativeQuery("UPDATE phone_line SET last_error = NULL, last_error_at = NULL WHERE id = ?")
                : em.createNativeQuery("UPDATE phone_line SET last_error = ?, last_error_at = ? WHERE id = ?")
                        .setParameter(1, error)
                        .setParameter(2, new UtcInstantConverter().convertToDatabaseColumn(at));
        boolean stored = update.setParameter(error == null ? 1 : 3, lineId).executeUpdate() > 0;
        em.getEntityManagerFactory().getCache().evict(PhoneLine.class, lineId);
        return stored;
    }

    @Override
    public List<PhoneLine> findAll() {
        return em.createQuery("SELECT l FROM PhoneLine l ORDER BY l.restaurantId, l.number", PhoneLine.class)
                .getResultList();
    }

    @Override
    public List<PhoneLine> findEnabled() {
        return em.createQuery("SELECT l FROM PhoneLine l WHERE l.enabled = TRUE ORDER BY l.id", PhoneLine.class)
                .getResultList();
    }
}
