package com.voiceorder.customers.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

/** A place a customer had food delivered to; part of the Customer aggregate. */
@Entity
@Table(name = "customer_address")
public class CustomerAddress extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "label", length = 60)
    private String label;

    @Column(name = "street", nullable = false, length = 300)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 20)
    private String postalCode;

    @Column(name = "city", length = 120)
    private String city;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "delivery_instructions", length = 500)
    private String deliveryInstructions;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected CustomerAddress() {
    }

    CustomerAddress(Customer customer, AddressDetails details, Instant usedAt) {
        this.customer = customer;
        update(details, usedAt);
    }

    /**
     * The key two addresses are the same by: street and postal code, ignoring case, accents,
     * punctuation and spacing ("12, Rue de l'Église" = "12 rue de l eglise").
     */
    static String sameness(String street, String postalCode) {
        return normalise(street) + "|" + normalise(postalCode).replace(" ", "");
    }

    String sameness() {
        return sameness(street, postalCode);
    }

    private static String normalise(String text) {
        String withoutAccents = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Takes the given street spelling and any details given; keeps the ones left out (null). */
    void update(AddressDetails details, Instant usedAt) {
        this.street = Guard.text("street", details.street(), 300);
        this.postalCode = Guard.text("postalCode", details.postalCode(), 20);
        String newLabel = Guard.optionalText("label", details.label(), 60);
        String newCity = Guard.optionalText("city", details.city(), 120);
        String newInstructions = Guard.optionalText("deliveryInstructions", details.deliveryInstructions(), 500);
        if ((details.latitude() == null) != (details.longitude() == null)) {
            throw new DomainException("latitude", "Give both latitude and longitude, or neither");
        }
        if (details.latitude() != null && (Math.abs(details.latitude()) > 90 || Math.abs(details.longitude()) > 180)) {
            throw new DomainException("latitude", "Coordinates out of range");
        }
        if (newLabel != null) {
            label = newLabel;
        }
        if (newCity != null) {
            city = newCity;
        }
        if (newInstructions != null) {
            deliveryInstructions = newInstructions;
        }
        if (details.latitude() != null) {
            latitude = details.latitude();
            longitude = details.longitude();
        }
        if (usedAt != null && (lastUsedAt == null || usedAt.isAfter(lastUsedAt))) {
            lastUsedAt = usedAt;
        }
    }

    /**
     * Whether the caller's words name this address: they start with its street and contain its
     * postal code, ignoring case, accents, punctuation and spacing.
     */
    public boolean isDescribedBy(String spokenAddress) {
        String spoken = normalise(spokenAddress);
        return spoken.startsWith(normalise(street))
                && spoken.replace(" ", "").contains(normalise(postalCode).replace(" ", ""));
    }

    /** Remembers where the address is (e.g. once geocoded), so it need not be looked up again. */
    public void locateAt(double newLatitude, double newLongitude) {
        if (Math.abs(newLatitude) > 90 || Math.abs(newLongitude) > 180) {
            throw new DomainException("latitude", "Coordinates out of range");
        }
        this.latitude = newLatitude;
        this.longitude = newLongitude;
    }

    public Customer customer() {
        return customer;
    }

    public String label() {
        return label;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String deliveryInstructions() {
        return deliveryInstructions;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    /** One line for people and the phone agent: "12 rue de la Paix, 13001 Marseille". */
    public String oneLine() {
        return street + ", " + postalCode + (city == null ? "" : " " + city);
    }
}
