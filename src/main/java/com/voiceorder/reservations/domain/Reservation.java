package com.voiceorder.reservations.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.IllegalTransitionException;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A table booking for a party in one dining service. Holds the guest's name and phone as given,
 * the tables assigned (ids of {@link DiningTable}s), and its lifecycle
 * ({@link ReservationStatus}). {@code endsAt} is stored so overlaps can be queried.
 */
@Entity
@Table(name = "reservation")
public class Reservation extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "service_id", nullable = false)
    private Long serviceId;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "room_id")
    private Long roomId;

    @ElementCollection
    @CollectionTable(name = "reservation_table", joinColumns = @JoinColumn(name = "reservation_id"))
    @Column(name = "table_id", nullable = false)
    private Set<Long> tableIds = new HashSet<>();

    @Column(name = "party_size", nullable = false)
    private int partySize;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ReservationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 20, nullable = false)
    private ReservationSource source;

    @Column(name = "guest_name", length = 200, nullable = false)
    private String guestName;

    @Column(name = "guest_phone", length = 20)
    private String guestPhone;

    @Column(name = "notes", length = 1000)
    private String notes;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "seated_at")
    private Instant seatedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "completed_at")
    private Instant completedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "no_show_at")
    private Instant noShowAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "external_ref", length = 100)
    private String externalRef;

    protected Reservation() {
    }

    /** A new PENDING reservation. */
    public Reservation(Long restaurantId, Long serviceId, LocalDate serviceDate, Instant startsAt, int durationMinutes,
                       int partySize, ReservationSource source, String guestName, String guestPhone,
                       Instant createdAt) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        this.source = Guard.required("source", source);
        this.guestName = Guard.text("guest.name", guestName, 200);
        this.guestPhone = Guard.e164OrNull("guest.phone", guestPhone);
        this.createdAt = Guard.required("createdAt", createdAt);
        this.status = ReservationStatus.PENDING;
        setSchedule(serviceId, serviceDate, startsAt, durationMinutes, partySize);
    }

    private void setSchedule(Long serviceId, LocalDate serviceDate, Instant startsAt, int durationMinutes,
                             int partySize) {
        this.serviceId = Guard.required("serviceId", serviceId);
        this.serviceDate = Guard.required("serviceDate", serviceDate);
        this.startsAt = Guard.required("startsAt", startsAt);
        this.durationMinutes = Guard.between("durationMinutes", durationMinutes, 15, 720);
        this.partySize = Guard.between("partySize", partySize, 1, 500);
        this.endsAt = startsAt.plusSeconds(durationMinutes * 60L);
    }

    public void linkCustomer(Long customerId) {
        this.customerId = customerId;
    }

    public void applyOffer(Long offerId) {
        this.offerId = offerId;
    }

    /** The reservation's id on an external platform (Zenchef, TheFork). */
    public void linkExternal(String externalRef) {
        this.externalRef = Guard.optionalText("externalRef", externalRef, 100);
    }

    public void annotate(String notes) {
        this.notes = Guard.optionalText("notes", notes, 1000);
    }

    public void updateGuest(String guestName, String guestPhone) {
        this.guestName = Guard.text("guest.name", guestName, 200);
        this.guestPhone = Guard.e164OrNull("guest.phone", guestPhone);
    }

    /** Moves the booking (another time, service or party size) while it is PENDING or CONFIRMED. */
    public void reschedule(Long serviceId, LocalDate serviceDate, Instant startsAt, int durationMinutes,
                           int partySize) {
        if (status != ReservationStatus.PENDING && status != ReservationStatus.CONFIRMED) {
            throw new IllegalTransitionException("Reservation", status, "rescheduled");
        }
        setSchedule(serviceId, serviceDate, startsAt, durationMinutes, partySize);
    }

    /** Puts the party at these tables (room optional); not once the reservation is over. */
    public void assignTables(Long roomId, Set<Long> tableIds) {
        if (status.isFinal()) {
            throw new IllegalTransitionException("Reservation", status, "tables assigned");
        }
        this.roomId = roomId;
        this.tableIds.clear();
        this.tableIds.addAll(tableIds == null ? Set.of() : tableIds);
    }

    public void confirm(Instant at) {
        moveTo(ReservationStatus.CONFIRMED, at, ReservationStatus.PENDING);
        this.confirmedAt = at;
    }

    public void seat(Instant at) {
        moveTo(ReservationStatus.SEATED, at, ReservationStatus.CONFIRMED);
        this.seatedAt = at;
    }

    public void complete(Instant at) {
        moveTo(ReservationStatus.COMPLETED, at, ReservationStatus.SEATED);
        this.completedAt = at;
    }

    public void cancel(String reason, Instant at) {
        moveTo(ReservationStatus.CANCELLED, at, ReservationStatus.PENDING, ReservationStatus.CONFIRMED);
        this.cancelReason = Guard.optionalText("reason", reason, 500);
        this.cancelledAt = at;
    }

    public void markNoShow(Instant at) {
        moveTo(ReservationStatus.NO_SHOW, at, ReservationStatus.CONFIRMED);
        this.noShowAt = at;
    }

    private void moveTo(ReservationStatus target, Instant at, ReservationStatus... allowedFrom) {
        boolean allowed = false;
        for (ReservationStatus from : allowedFrom) {
            allowed |= status == from;
        }
        if (!allowed) {
            throw new IllegalTransitionException("Reservation", status, target);
        }
        Guard.required("at", at);
        this.status = target;
    }

    /** When the table is free again: start + duration. */
    public Instant endsAt() {
        return endsAt;
    }

    /** Whether the reservation's time span [startsAt, endsAt) intersects [from, to). */
    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public Set<Long> getTableIds() {
        return Set.copyOf(tableIds);
    }

    public int getPartySize() {
        return partySize;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public ReservationSource getSource() {
        return source;
    }

    public String getGuestName() {
        return guestName;
    }

    public String getGuestPhone() {
        return guestPhone;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getSeatedAt() {
        return seatedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getNoShowAt() {
        return noShowAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getExternalRef() {
        return externalRef;
    }
}
