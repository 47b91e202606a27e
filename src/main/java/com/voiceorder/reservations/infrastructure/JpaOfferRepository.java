package com.voiceorder.reservations.infrastructure;

import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.reservations.domain.OfferRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOfferRepository implements OfferRepository {

    @PersistenceContext
    private EntityManager em;

    protected JpaOfferRepository() {
    }

    public JpaOfferRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Offer save(Offer offer) {
        if (offer.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(offer);
            return offer;
        }
        return em.merge(offer);
    }

    @Override
    public Optional<Offer> find(Long restaurantId, Long id) {
        if (restaurantId == null || id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Offer.class, id)).filter(found -> found.getRestaurantId().equals(restaurantId));
    }

    @Override
    public List<Offer> findByRestaurant(Long restaurantId) {
        return em.createQuery("SELECT x FROM Offer x WHERE x.restaurantId = :restaurantId ORDER BY x.name, x.id", Offer.class)
                .setParameter("restaurantId", restaurantId)
                .setHint("eclipselink.batch", "x.weekdays")
                .setHint("eclipselink.batch", "x.serviceIds")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    @Override
    public void delete(Offer offer) {
        em.remove(em.contains(offer) ? offer : em.merge(offer));
    }
}
