package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.domain.Message;
import com.voiceorder.calls.domain.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaMessageRepository() {
    }

    public JpaMessageRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Message save(Message message) {
        if (message.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(message);
            return message;
        }
        return em.merge(message);
    }

    @Override
    public Optional<Message> find(Long restaurantId, Long messageId) {
        if (restaurantId == null || messageId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Message.class, messageId))
                .filter(message -> message.getRestaurantId().equals(restaurantId));
    }

    @Override
    public List<Message> findByRestaurant(Long restaurantId, boolean includeHandled, int limit) {
        String handledFilter = includeHandled ? "" : " AND m.handled = FALSE";
        return em.createQuery("SELECT m FROM Message m WHERE m.restaurantId = :restaurantId" + handledFilter
                        + " ORDER BY m.handled, m.createdAt DESC, m.id DESC", Message.class)
                .setParameter("restaurantId", restaurantId)
                .setMaxResults(Math.max(1, limit))
                .getResultList();
    }

    @Override
    public long countUnhandled(Long restaurantId) {
        return em.createQuery("SELECT COUNT(m) FROM Message m WHERE m.restaurantId = :restaurantId AND m.handled = FALSE",
                        Long.class)
                .setParameter("restaurantId", restaurantId)
                .getSingleResult();
    }
}
