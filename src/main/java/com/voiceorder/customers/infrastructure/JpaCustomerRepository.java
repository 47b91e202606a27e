package com.voiceorder.customers.infrastructure;

import com.voiceorder.customers.domain.Customer;
import com.voiceorder.customers.domain.CustomerRepository;
import com.voiceorder.customers.domain.DuplicateCustomerException;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.shared.infrastructure.IntegrityViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {

    private static final String MATCHING = " and (lower(c.firstName) like :pattern escape '!'"
            + " or lower(c.lastName) like :pattern escape '!' or c.phone like :pattern escape '!'"
            + " or lower(c.email) like :pattern escape '!')";

    @PersistenceContext
    private EntityManager em;

    /** For CDI. */
    protected JpaCustomerRepository() {
    }

    /** Over a given EntityManager (tests, tools). */
    public JpaCustomerRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Customer> findById(Long restaurantId, Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Customer.class, id))
                .filter(customer -> customer.restaurantId().equals(restaurantId));
    }

    @Override
    public Optional<Customer> findByPhone(Long restaurantId, PhoneNumber phone) {
        return em.createQuery("select c from Customer c where c.restaurantId = :restaurant and c.phone = :phone",
                        Customer.class)
                .setParameter("restaurant", restaurantId)
                .setParameter("phone", phone.e164())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Customer> search(Long restaurantId, String text, int offset, int limit) {
        return matching("select c from Customer c where c.restaurantId = :restaurant",
                " order by c.lastOrderAt desc nulls last, c.id desc", Customer.class, restaurantId, text)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(0, limit))
                .getResultList();
    }

    @Override
    public long count(Long restaurantId, String text) {
        return matching("select count(c) from Customer c where c.restaurantId = :restaurant", "", Long.class,
                restaurantId, text).getSingleResult();
    }

    /** The query for the restaurant's customers, narrowed to those matching the text when it is not blank. */
    private <T> TypedQuery<T> matching(String select, String orderBy, Class<T> type, Long restaurantId, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return em.createQuery(select + orderBy, type).setParameter("restaurant", restaurantId);
        }
        String escaped = needle.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return em.createQuery(select + MATCHING + orderBy, type)
                .setParameter("restaurant", restaurantId)
                .setParameter("pattern", "%" + escaped + "%");
    }

    @Override
    public Customer add(Customer customer) {
        em.persist(customer);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!IntegrityViolation.causedBy(e)) {
                throw e;
            }
            throw new DuplicateCustomerException(customer.phone());
        }
        return customer;
    }

    @Override
    public void remove(Customer customer) {
        em.remove(customer);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!IntegrityViolation.causedBy(e)) {
                throw e;
            }
            throw new DomainException(null, "This customer still has orders or reservations and cannot be deleted");
        }
    }
}
