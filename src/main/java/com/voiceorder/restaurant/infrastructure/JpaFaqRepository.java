package com.voiceorder.restaurant.infrastructure;

import com.voiceorder.restaurant.domain.Faq;
import com.voiceorder.restaurant.domain.FaqRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFaqRepository implements FaqRepository {

    @PersistenceContext
    private EntityManager em;

    /** For CDI. */
    protected JpaFaqRepository() {
    }

    /** Over a given EntityManager (tests, tools). */
    public JpaFaqRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Faq> findById(Long restaurantId, Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Faq.class, id))
                .filter(faq -> faq.restaurantId().equals(restaurantId));
    }

    @Override
    public List<Faq> findByRestaurant(Long restaurantId, boolean approvedOnly) {
        String approved = approvedOnly ? " and f.approved = true" : "";
        return em.createQuery("select f from Faq f where f.restaurantId = :restaurant" + approved
                        + " order by f.createdAt, f.id", Faq.class)
                .setParameter("restaurant", restaurantId)
                .getResultList();
    }

    @Override
    public Faq add(Faq faq) {
        em.persist(faq);
        return faq;
    }

    @Override
    public void remove(Faq faq) {
        em.remove(faq);
    }
}
