package com.voiceorder.restaurant.domain;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Whether and how the restaurant delivers when no postal-code zone applies: within a radius of
 * the restaurant, for a fee, above a minimum order, free above an optional threshold.
 */
@Embeddable
public class DeliveryRules {

    @Column(name = "delivery_enabled", nullable = false)
    private boolean enabled;

    @Column(name = "delivery_radius_meters", nullable = false)
    private int radiusMeters;

    @Column(name = "delivery_fee_cents", nullable = false)
    private long feeCents;

    @Column(name = "delivery_minimum_order_cents", nullable = false)
    private long minimumOrderCents;

    @Column(name = "free_delivery_threshold_cents")
    private Long freeDeliveryThresholdCents;

    protected DeliveryRules() {
    }

    public DeliveryRules(boolean enabled, int radiusMeters, long feeCents, long minimumOrderCents,
            Long freeDeliveryThresholdCents) {
        this.enabled = enabled;
        this.radiusMeters = Guard.notNegative("radiusMeters", radiusMeters);
        this.feeCents = Guard.notNegative("feeCents", feeCents);
        this.minimumOrderCents = Guard.notNegative("minimumOrderCents", minimumOrderCents);
        if (freeDeliveryThresholdCents != null && freeDeliveryThresholdCents <= 0) {
            throw new DomainException("freeDeliveryThresholdCents", "The free-delivery threshold must be positive");
        }
        this.freeDeliveryThresholdCents = freeDeliveryThresholdCents;
    }

    /** No delivery: pickup and dine-in only. */
    public static DeliveryRules disabled() {
        return new DeliveryRules(false, 0, 0, 0, null);
    }

    public boolean enabled() {
        return enabled;
    }

    public int radiusMeters() {
        return radiusMeters;
    }

    public long feeCents() {
        return feeCents;
    }

    public long minimumOrderCents() {
        return minimumOrderCents;
    }

    public Long freeDeliveryThresholdCents() {
        return freeDeliveryThresholdCents;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveryRules other && enabled == other.enabled && radiusMeters == other.radiusMeters
                && feeCents == other.feeCents && minimumOrderCents == other.minimumOrderCents
                && Objects.equals(freeDeliveryThresholdCents, other.freeDeliveryThresholdCents);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, radiusMeters, feeCents, minimumOrderCents, freeDeliveryThresholdCents);
    }
}
