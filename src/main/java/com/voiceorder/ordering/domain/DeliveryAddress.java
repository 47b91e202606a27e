package com.voiceorder.ordering.domain;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Where a delivery goes, copied into the order when it is placed (later address edits do not change it). */
@Embeddable
public class DeliveryAddress {

    @Column(name = "delivery_street", length = 300)
    private String street;

    @Column(name = "delivery_postal_code", length = 20)
    private String postalCode;

    @Column(name = "delivery_city", length = 120)
    private String city;

    @Column(name = "delivery_latitude")
    private Double latitude;

    @Column(name = "delivery_longitude")
    private Double longitude;

    @Column(name = "delivery_instructions", length = 500)
    private String instructions;

    protected DeliveryAddress() {
    }

    public DeliveryAddress(String street, String postalCode, String city, Double latitude, Double longitude,
                           String instructions) {
        this.street = Guard.text("address.street", street, 300);
        this.postalCode = Guard.optionalText("address.postalCode", postalCode, 20);
        this.city = Guard.text("address.city", city, 120);
        if ((latitude == null) != (longitude == null)) {
            throw new DomainException("address", "latitude and longitude go together");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new DomainException("address", "coordinates out of range");
        }
        this.latitude = latitude;
        this.longitude = longitude;
        this.instructions = Guard.optionalText("address.instructions", instructions, 500);
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getInstructions() {
        return instructions;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeliveryAddress that
                && Objects.equals(street, that.street) && Objects.equals(postalCode, that.postalCode)
                && Objects.equals(city, that.city) && Objects.equals(latitude, that.latitude)
                && Objects.equals(longitude, that.longitude) && Objects.equals(instructions, that.instructions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, postalCode, city, latitude, longitude, instructions);
    }

    @Override
    public String toString() {
        return street + ", " + (postalCode == null ? "" : postalCode + " ") + city;
    }
}
