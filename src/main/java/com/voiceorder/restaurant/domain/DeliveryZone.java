package com.voiceorder.restaurant.domain;

import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A postal code the restaurant delivers to, with its own fee and optionally its own minimum order. */
@Embeddable
public class DeliveryZone {

    @Column(name = "postal_code", nullable = false, length = 20)
    private String postalCode;

    @Column(name = "fee_cents", nullable = false)
    private long feeCents;

    @Column(name = "minimum_order_cents")
    private Long minimumOrderCents;

    protected DeliveryZone() {
    }

    public DeliveryZone(String postalCode, long feeCents, Long minimumOrderCents) {
        this.postalCode = normalisePostalCode(Guard.text("postalCode", postalCode, 20));
        this.feeCents = Guard.notNegative("feeCents", feeCents);
        if (minimumOrderCents != null) {
            Guard.notNegative("minimumOrderCents", minimumOrderCents);
        }
        this.minimumOrderCents = minimumOrderCents;
    }

    /** Postal codes compare without spaces and case ("13 001" = "13001", "sw1a 1aa" = "SW1A1AA"). */
    public static String normalisePostalCode(String postalCode) {
        return postalCode == null ? null : postalCode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public String postalCode() {
        return postalCode;
    }

    public long feeCents() {
        return feeCents;
    }

    public Long minimumOrderCents() {
        return minimumOrderCents;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveryZone other && postalCode.equals(other.postalCode) && feeCents == other.feeCents
                && Objects.equals(minimumOrderCents, other.minimumOrderCents);
    }

    @Override
    public int hashCode() {
        return Objects.hash(postalCode, feeCents, minimumOrderCents);
    }
}
