package com.voiceorder.reservations.infrastructure;

import com.voiceorder.reservations.domain.DiningRoom;
import com.voiceorder.reservations.domain.DiningRoomRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDiningRoomRepository implements DiningRoomRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaDiningRoomRepository() {
    }

    public JpaDiningRoomRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public DiningRoom save(DiningRoom room) {
        if (room.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(room);
            return room;
        }
        return em.merge(room);
    }

    @Override
    public Optional<DiningRoom> find(Long restaurantId, Long id) {
        if (restaurantId == null || id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(DiningRoom.class, id)).filter(found -> found.getRestaurantId().equals(restaurantId));
    }

    @Override
    public List<DiningRoom> findByRestaurant(Long restaurantId) {
        return em.createQuery("SELECT x FROM DiningRoom x WHERE x.restaurantId = :restaurantId ORDER BY x.position, x.id", DiningRoom.class)
                .setParameter("restaurantId", restaurantId)
                .getResultList();
    }

    @Override
    public void delete(DiningRoom room) {
        em.remove(em.contains(room) ? room : em.merge(room));
    }
}
