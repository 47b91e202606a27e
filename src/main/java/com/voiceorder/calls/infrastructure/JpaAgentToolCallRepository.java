package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.domain.AgentToolCall;
import com.voiceorder.calls.domain.AgentToolCallRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaAgentToolCallRepository implements AgentToolCallRepository {

    @PersistenceContext
    private EntityManager em;

    /** For CDI. */
    protected JpaAgentToolCallRepository() {
    }

    /** Over a given EntityManager (tests, tools). */
    public JpaAgentToolCallRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AgentToolCall> find(Long restaurantId, String callId) {
        return em.createQuery("select t from AgentToolCall t where t.restaurantId = :restaurant and t.callId = :callId",
                        AgentToolCall.class)
                .setParameter("restaurant", restaurantId)
                .setParameter("callId", callId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public AgentToolCall add(AgentToolCall toolCall) {
        em.persist(toolCall);
        em.flush();
        return toolCall;
    }
}
