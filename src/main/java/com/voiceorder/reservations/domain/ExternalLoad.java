package com.voiceorder.reservations.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Covers booked elsewhere (an external platform, a paper book) that the restaurant's capacity must
 * count: per date, optionally per service and slot. Identified per platform by {@code externalRef}.
 */
@Entity
@Table(name = "external_load")
public class ExternalLoad extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "load_date", nullable = false)
    private LocalDate date;

    @Column(name = "slot_start")
    private LocalTime slotStart;

    @Column(name = "covers", nullable = false)
    private int covers;

    @Column(name = "platform", length = 40, nullable = false)
    private String platform;

    @Column(name = "external_ref", length = 100, nullable = false)
    private String externalRef;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ExternalLoad() {
    }

    public ExternalLoad(Long restaurantId, String platform, String externalRef, Long serviceId, LocalDate date,
                        LocalTime slotStart, int covers, Instant updatedAt) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        this.platform = Guard.text("platform", platform, 40);
        this.externalRef = Guard.text("externalRef", externalRef, 100);
        update(serviceId, date, slotStart, covers, updatedAt);
    }

    /** The platform's latest figures for this booking. */
    public void update(Long serviceId, LocalDate date, LocalTime slotStart, int covers, Instant updatedAt) {
        this.serviceId = serviceId;
        this.date = Guard.required("date", date);
        this.slotStart = slotStart;
        this.covers = Guard.atLeast("covers", covers, 0);
        this.updatedAt = Guard.required("updatedAt", updatedAt);
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getSlotStart() {
        return slotStart;
    }

    public int getCovers() {
        return covers;
    }

    public String getPlatform() {
        return platform;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
