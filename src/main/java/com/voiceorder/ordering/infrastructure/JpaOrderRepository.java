package com.voiceorder.ordering.infrastructure;

import com.voiceorder.ordering.domain.KitchenBooking;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderRepository;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaOrderRepository() {
    }

    public JpaOrderRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Order save(Order order) {
        if (order.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(order);
            return order;
        }
        return em.merge(order);
    }

    @Override
    public Optional<Order> find(Long restaurantId, Long orderId) {
        if (restaurantId == null || orderId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Order.class, orderId))
                .filter(order -> order.getRestaurantId().equals(restaurantId));
    }

    @Override
    public List<Order> findForDay(Long restaurantId, Instant dayStart, Instant dayEnd, Instant nightEnd,
                                  Set<OrderStatus> statuses) {
        Set<OrderStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(OrderStatus.class) : statuses;
        return em.createQuery("SELECT o FROM CustomerOrder o WHERE o.restaurantId = :restaurantId"
                        + " AND o.status IN :statuses"
                        + " AND (" + dueIn(":dayStart", ":dayEnd")
                        + " OR (o.createdAt >= :dayStart AND o.createdAt < :dayEnd AND " + dueIn(":dayEnd", ":nightEnd") + "))"
                        + " ORDER BY COALESCE(o.promisedTime, o.requestedTime, o.createdAt), o.id", Order.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("dayStart", dayStart)
                .setParameter("dayEnd", dayEnd)
                .setParameter("nightEnd", nightEnd)
                .setParameter("statuses", wanted)
                .getResultList();
    }

    /**
     * An order is due at its promised time, else its requested time, else (as soon as possible) when it was
     * created. Spelled out rather than COALESCE so each bound parameter meets a mapped, converted column.
     */
    private static String dueIn(String from, String to) {
        return "((o.promisedTime >= " + from + " AND o.promisedTime < " + to + ")"
                + " OR (o.promisedTime IS NULL AND o.requestedTime >= " + from + " AND o.requestedTime < " + to + ")"
                + " OR (o.promisedTime IS NULL AND o.requestedTime IS NULL"
                + " AND o.createdAt >= " + from + " AND o.createdAt < " + to + "))";
    }

    @Override
    public List<Order> findCreatedBetween(Long restaurantId, Instant from, Instant to, Set<OrderStatus> statuses) {
        Set<OrderStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(OrderStatus.class) : statuses;
        return em.createQuery("""
                        SELECT o FROM CustomerOrder o
                        WHERE o.restaurantId = :restaurantId AND o.createdAt >= :from AND o.createdAt < :to
                          AND o.status IN :statuses
                        ORDER BY o.createdAt, o.id""", Order.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("statuses", wanted)
                .getResultList();
    }

    @Override
    public List<Order> findRecentForCustomer(Long restaurantId, Long customerId, int limit) {
        return em.createQuery("""
                        SELECT o FROM CustomerOrder o
                        WHERE o.restaurantId = :restaurantId AND o.customerId = :customerId AND o.status <> :cancelled
                        ORDER BY o.createdAt DESC, o.id DESC""", Order.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("customerId", customerId)
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .setMaxResults(Math.max(0, limit))
                .getResultList();
    }

    @Override
    public void lockKitchen(Long restaurantId) {
        // A row lock on the restaurant (SELECT … FOR UPDATE, same SQL on H2 and PostgreSQL): held until
        // commit, so a second order taker waits and then counts the first one's order.
        List<?> locked = em.createNativeQuery("SELECT id FROM restaurant WHERE id = ? FOR UPDATE")
                .setParameter(1, restaurantId)
                .getResultList();
        if (locked.isEmpty()) {
            throw new NotFoundException("Restaurant", restaurantId);
        }
    }

    @Override
    public List<KitchenBooking> findKitchenBookings(Long restaurantId, Instant from, Instant to) {
        return em.createQuery("""
                        SELECT NEW com.voiceorder.ordering.domain.KitchenBooking(o.kitchenDueAt, o.kitchenItems)
                        FROM CustomerOrder o
                        WHERE o.restaurantId = :restaurantId AND o.kitchenDueAt >= :from AND o.kitchenDueAt < :to
                          AND o.status <> :cancelled AND o.test = FALSE""", KitchenBooking.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .getResultList();
    }

    @Override
    public List<Order> findForKitchen(Long restaurantId, Instant from, Instant to) {
        return em.createQuery("""
                        SELECT o FROM CustomerOrder o
                        WHERE o.restaurantId = :restaurantId AND o.test = FALSE
                          AND ((o.kitchenDueAt >= :from AND o.kitchenDueAt < :to)
                            OR (o.kitchenDueAt IS NULL AND o.createdAt >= :from AND o.createdAt < :to))
                        ORDER BY COALESCE(o.kitchenDueAt, o.createdAt), o.id""", Order.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
