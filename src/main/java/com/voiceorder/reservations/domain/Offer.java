package com.voiceorder.reservations.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A bookable offer ("Menu Saint-Valentin", "-20 % Tuesday lunch"): valid between optional dates,
 * on some weekdays (none = every day), for some services (none = all), for a party size range,
 * optionally tied to a formula.
 */
@Entity
@Table(name = "offer")
public class Offer extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "name", length = 150, nullable = false)
    private String name;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ElementCollection
    @CollectionTable(name = "offer_weekday", joinColumns = @JoinColumn(name = "offer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "weekday", length = 10, nullable = false)
    private Set<DayOfWeek> weekdays = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offer_service", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "service_id", nullable = false)
    private Set<Long> serviceIds = new HashSet<>();

    @Column(name = "min_party_size", nullable = false)
    private int minPartySize = 1;

    @Column(name = "max_party_size")
    private Integer maxPartySize;

    @Column(name = "formula_id")
    private Long formulaId;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Offer() {
    }

    public Offer(Long restaurantId, String name, String description) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        describe(name, description);
    }

    public void describe(String name, String description) {
        this.name = Guard.text("name", name, 150);
        this.description = Guard.optionalText("description", description, 1000);
    }

    /** Valid between the two dates, both inclusive; null = open-ended. */
    public void validBetween(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("validTo", "validTo is before validFrom");
        }
        this.validFrom = from;
        this.validTo = to;
    }

    /** The weekdays and services it applies to; an empty set means "any". */
    public void restrictTo(Set<DayOfWeek> weekdays, Set<Long> serviceIds) {
        this.weekdays.clear();
        this.weekdays.addAll(weekdays == null ? Set.of() : weekdays);
        this.serviceIds.clear();
        this.serviceIds.addAll(serviceIds == null ? Set.of() : serviceIds);
    }

    /** Party sizes accepted, {@code max} null = no upper limit. */
    public void forPartySizes(int min, Integer max) {
        Guard.atLeast("minPartySize", min, 1);
        if (max != null && max < min) {
            throw new DomainException("maxPartySize", "maxPartySize is below minPartySize");
        }
        this.minPartySize = min;
        this.maxPartySize = max;
    }

    public void linkFormula(Long formulaId) {
        this.formulaId = formulaId;
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    /** Whether a booking on that date, in that service, for that many guests may take this offer. */
    public boolean appliesTo(LocalDate date, Long serviceId, int partySize) {
        return active
                && (validFrom == null || !date.isBefore(validFrom))
                && (validTo == null || !date.isAfter(validTo))
                && (weekdays.isEmpty() || weekdays.contains(date.getDayOfWeek()))
                && (serviceIds.isEmpty() || serviceIds.contains(serviceId))
                && partySize >= minPartySize
                && (maxPartySize == null || partySize <= maxPartySize);
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Set<DayOfWeek> getWeekdays() {
        return weekdays.isEmpty() ? Set.of() : EnumSet.copyOf(weekdays);
    }

    public Set<Long> getServiceIds() {
        return Set.copyOf(serviceIds);
    }

    public int getMinPartySize() {
        return minPartySize;
    }

    public Integer getMaxPartySize() {
        return maxPartySize;
    }

    public Long getFormulaId() {
        return formulaId;
    }

    public boolean isActive() {
        return active;
    }
}
