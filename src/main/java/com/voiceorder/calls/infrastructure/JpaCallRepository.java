package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.CallRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCallRepository implements CallRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaCallRepository() {
    }

    public JpaCallRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Call save(Call call) {
        if (call.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(call);
            return call;
        }
        return em.merge(call);
    }

    @Override
    public Optional<Call> find(Long restaurantId, Long callId) {
        if (restaurantId == null || callId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Call.class, callId))
                .filter(call -> call.getRestaurantId().equals(restaurantId));
    }

    @Override
    public List<Call> findStartedBetween(Long restaurantId, Instant from, Instant to, Set<CallOutcome> outcomes) {
        Set<CallOutcome> wanted = outcomes == null || outcomes.isEmpty() ? EnumSet.allOf(CallOutcome.class) : outcomes;
        return em.createQuery("""
                        SELECT c FROM PhoneCall c
                        WHERE c.restaurantId = :restaurantId AND c.startedAt >= :from AND c.startedAt < :to
                          AND c.outcome IN :outcomes
                        ORDER BY c.startedAt DESC, c.id DESC""", Call.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("outcomes", wanted)
                .getResultList();
    }
}
