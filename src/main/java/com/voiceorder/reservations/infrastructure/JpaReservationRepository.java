package com.voiceorder.reservations.infrastructure;

import com.voiceorder.reservations.domain.BookedSeating;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationRepository;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.reservations.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
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
    public List<BookedSeating> findSeatingsStartingBetween(Long restaurantId, Instant from, Instant to) {
        List<Object[]> rows = em.createQuery("""
                        SELECT r.id, r.serviceId, r.serviceDate, r.startsAt, r.endsAt, r.partySize, t
                        FROM Reservation r LEFT JOIN r.tableIds t
                        WHERE r.restaurantId = :restaurantId AND r.status IN :statuses
                          AND r.startsAt >= :from AND r.startsAt < :to""", Object[].class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("statuses", HOLDING_CAPACITY)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<Long, BookedSeating> seatings = new LinkedHashMap<>();
        Map<Long, Set<Long>> tables = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            Set<Long> tableIds = tables.computeIfAbsent(id, key -> new HashSet<>());
            if (row[6] != null) {
                tableIds.add(((Number) row[6]).longValue());
            }
            seatings.putIfAbsent(id, new BookedSeating(id, (Long) row[1], (LocalDate) row[2], instant(row[3]),
                    instant(row[4]), ((Number) row[5]).intValue(), Set.of()));
        }
        return seatings.values().stream()
                .map(s -> new BookedSeating(s.reservationId(), s.serviceId(), s.serviceDate(), s.startsAt(),
                        s.endsAt(), s.partySize(), tables.get(s.reservationId())))
                .toList();
    }

    /** Projections may or may not apply the attribute converter: accept both forms. */
    private static Instant instant(Object value) {
        return value instanceof LocalDateTime utc ? utc.toInstant(ZoneOffset.UTC) : (Instant) value;
    }

    @Override
    public List<Reservation> findByGuestPhone(Long restaurantId, String e164Phone, LocalDate from, LocalDate to) {
        return em.createQuery("""
                        SELECT r FROM Reservation r
                        WHERE r.restaurantId = :restaurantId AND r.guestPhone = :phone
                          AND r.serviceDate BETWEEN :from AND :to
                        ORDER BY r.startsAt, r.id""", Reservation.class)
                .setParameter("restaurantId", restaurantId)
                .setParameter("phone", e164Phone)
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
