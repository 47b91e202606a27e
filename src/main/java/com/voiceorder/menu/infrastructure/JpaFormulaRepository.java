package com.voiceorder.menu.infrastructure;

import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.FormulaRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.infrastructure.IntegrityViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFormulaRepository implements FormulaRepository {

    @PersistenceContext
    private EntityManager em;

    /** For CDI. */
    protected JpaFormulaRepository() {
    }

    /** Over a given EntityManager (tests, tools). */
    public JpaFormulaRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Formula> findById(Long restaurantId, Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Formula.class, id))
                .filter(formula -> formula.restaurantId().equals(restaurantId));
    }

    @Override
    public List<Formula> findByRestaurant(Long restaurantId, boolean availableOnly) {
        String available = availableOnly ? " and f.available = true" : "";
        return em.createQuery("select f from Formula f where f.restaurantId = :restaurant" + available
                        + " order by f.name, f.id", Formula.class)
                .setParameter("restaurant", restaurantId)
                .getResultList();
    }

    /** Persists and flushes, so rows referencing the formula by id can follow in the same transaction. */
    @Override
    public Formula add(Formula formula) {
        em.persist(formula);
        em.flush();
        return formula;
    }

    @Override
    public void remove(Formula formula) {
        em.remove(formula);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!IntegrityViolation.causedBy(e)) {
                throw e;
            }
            throw new DomainException(null,
                    formula.name() + " is still referenced (past orders?): make it unavailable instead of deleting it");
        }
    }
}
