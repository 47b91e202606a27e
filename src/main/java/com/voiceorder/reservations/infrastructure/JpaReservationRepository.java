package com.voiceorder.reservations.infrastructure;

import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationRepository;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.reservations.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaReservationRepository implements ReservationRepository {

    private static final Set<ReservationStatus> HOLDING_CAPACITY = EnumSet.copyOf(
            Arrays.stream(ReservationStatus.values()).filter(ReservationStatus::holdsCapacity).toList());

    @PersistenceContext
    private EntityManager em;

    protected JpaReservationRepository() {
    }

    public JpaReservationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Reservation save(Reservation reservation) {
        if (reservation.getId() == null) {
            // Aggregates refer to each other by id only, so EclipseLink cannot order their INSERTs:
            // flushing first writes what this one may refer to (created earlier) before it.
            em.flush();
            em.persist(reservation);
            return reservation;
        }
        return em.merge(reservation);
    }

    @Override
    public Optional<Reservation> find(Long restaurantId, Long reservationId) {
        if (restaurantId == null || reservationId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Reservation.class, reservationId))
                .filter(reservation -> reservation.getRestaurantId().equals(restaurantId));
    }

    @Override
    public List<Reservation> findByServiceDate(Long restaurantId, LocalDate serviceDate,
                                               Set<ReservationStatus> statuses) {
        Set<ReservationStatus> wanted = statuses == null || statuses.isEmpty()
                ? EnumSet.allOf(ReservationStatus.class) : statuses;
        return em.createQuery("""
                        SELECT r FROM Reservation r
                        WHERE r.restaurantId = :restaurantId AND r.serviceDate = :serviceDate AND r.status IN :statuses
                        ORDER BY r.startsAt, r.id""", Reservation.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("serviceDate", serviceDate)
                .setParameter("statuses", wanted)
                .getResultList();
    }

    @Override
    public List<Reservation> findByServiceDateBetween(Long restaurantId, LocalDate first, LocalDate last) {
        return em.createQuery("""
                        SELECT r FROM Reservation r
                        WHERE r.restaurantId = :restaurantId AND r.serviceDate >= :first AND r.serviceDate <= :last
                        ORDER BY r.serviceDate, r.startsAt, r.id""", Reservation.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
    }

    @Override
    public List<Reservation> findOverlappingOnTables(Long restaurantId, Instant from, Instant to,
                                                     Collection<Long> tableIds) {
        if (tableIds == null || tableIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT DISTINCT r FROM Reservation r JOIN r.tableIds t
                        WHERE r.restaurantId = :restaurantId AND r.status IN :statuses
                          AND r.startsAt < :to AND r.endsAt > :from AND t IN :tableIds
                        ORDER BY r.startsAt, r.id""", Reservation.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("statuses", HOLDING_CAPACITY)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("tableIds", tableIds)
                .getResultList();
    }

    @Override
    public List<Reservation> findOverlapping(Long restaurantId, Instant from, Instant to) {
        return em.createQuery("""
                        SELECT r FROM Reservation r
                        WHERE r.restaurantId = :restaurantId AND r.status IN :statuses
                          AND r.startsAt < :to AND r.endsAt > :from
                        ORDER BY r.startsAt, r.id""", Reservation.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("statuses", HOLDING_CAPACITY)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public Optional<Reservation> findByExternalRef(Long restaurantId, ReservationSource source, String externalRef) {
        return em.createQuery("""
                        SELECT r FROM Reservation r
                        WHERE r.restaurantId = :restaurantId AND r.source = :source AND r.externalRef = :externalRef""",
                        Reservation.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("source", source)
                .setParameter("externalRef", externalRef)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long countForService(Long serviceId) {
        return em.createQuery("SELECT COUNT(r) FROM Reservation r WHERE r.serviceId = :id", Long.class)
                .setParameter("id", serviceId).getSingleResult();
    }

    @Override
    public long countForOffer(Long offerId) {
        return em.createQuery("SELECT COUNT(r) FROM Reservation r WHERE r.offerId = :id", Long.class)
                .setParameter("id", offerId).getSingleResult();
    }

    @Override
    public long countForTable(Long tableId) {
        return em.createQuery("SELECT COUNT(r) FROM Reservation r JOIN r.tableIds t WHERE t = :id", Long.class)
                .setParameter("id", tableId).getSingleResult();
    }
}
