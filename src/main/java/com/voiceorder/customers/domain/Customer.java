package com.voiceorder.customers.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Someone who calls or orders, recognised by phone number (one customer per number and
 * restaurant). The agent greets them by name, offers their last address and minds their allergies.
 */
@Entity
@Table(name = "customer")
public class Customer extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "phone", nullable = false, length = 20)
    private String phone;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "allergies", length = 1000)
    private String allergies;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Column(name = "visit_count", nullable = false)
    private int visitCount;

    @Column(name = "order_count", nullable = false)
    private int orderCount;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_order_at")
    private Instant lastOrderAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CustomerAddress> addresses = new ArrayList<>();

    protected Customer() {
    }

    public Customer(Long restaurantId, PhoneNumber phone, Instant createdAt) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        changePhone(phone);
        this.createdAt = Guard.required("createdAt", createdAt);
    }

    public void changePhone(PhoneNumber newPhone) {
        this.phone = Guard.required("phone", newPhone).e164();
    }

    /** Sets both names; blank means unknown. */
    public void rename(String newFirstName, String newLastName) {
        this.firstName = Guard.optionalText("firstName", newFirstName, 100);
        this.lastName = Guard.optionalText("lastName", newLastName, 100);
    }

    public void changeEmail(String newEmail) {
        this.email = Guard.optionalEmail("email", newEmail);
    }

    /** Free text as the customer said it ("arachides, lactose"); blank clears it. */
    public void recordAllergies(String newAllergies) {
        this.allergies = Guard.optionalText("allergies", newAllergies, 1000);
    }

    public void changeNotes(String newNotes) {
        this.notes = Guard.optionalText("notes", newNotes, 2000);
    }

    public void recordOrder(Instant at) {
        Guard.required("at", at);
        orderCount++;
        if (lastOrderAt == null || at.isAfter(lastOrderAt)) {
            lastOrderAt = at;
        }
    }

    /** A dine-in visit (a honoured reservation). */
    public void recordVisit() {
        visitCount++;
    }

    /**
     * Adds the address, or updates the existing one with the same street and postal code
     * (compared without case, accents and punctuation). Returns the stored address.
     */
    public CustomerAddress addOrUpdateAddress(AddressDetails details, Instant usedAt) {
        Guard.required("address", details);
        String key = CustomerAddress.sameness(Guard.text("street", details.street(), 300),
                Guard.text("postalCode", details.postalCode(), 20));
        for (CustomerAddress address : addresses) {
            if (address.sameness().equals(key)) {
                address.update(details, usedAt);
                return address;
            }
        }
        CustomerAddress added = new CustomerAddress(this, details, usedAt);
        addresses.add(added);
        return added;
    }

    public void removeAddress(Long addressId) {
        CustomerAddress address = addresses.stream()
                .filter(candidate -> candidate.getId() != null && candidate.getId().equals(addressId))
                .findFirst()
                .orElseThrow(() -> new DomainException("addressId", "Address " + addressId + " is not one of this customer's"));
        addresses.remove(address);
    }

    /** How the agent greets them: the first name, else the last name, else nothing. */
    public Optional<String> greetingName() {
        return Optional.ofNullable(firstName != null ? firstName : lastName);
    }

    /** "Mohamed Benali", "Benali", or empty. */
    public Optional<String> fullName() {
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return full.isEmpty() ? Optional.empty() : Optional.of(full);
    }

    /** The address used most recently ("Même adresse ?"), if any. */
    public Optional<CustomerAddress> lastUsedAddress() {
        return addresses.stream()
                .filter(address -> address.lastUsedAt() != null)
                .max(Comparator.comparing(CustomerAddress::lastUsedAt));
    }

    public Long restaurantId() {
        return restaurantId;
    }

    public PhoneNumber phone() {
        return new PhoneNumber(phone);
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String allergies() {
        return allergies;
    }

    public String notes() {
        return notes;
    }

    public int visitCount() {
        return visitCount;
    }

    public int orderCount() {
        return orderCount;
    }

    public Instant lastOrderAt() {
        return lastOrderAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Addresses, most recently used first. */
    public List<CustomerAddress> addresses() {
        return addresses.stream()
                .sorted(Comparator.comparing(CustomerAddress::lastUsedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(CustomerAddress::street))
                .toList();
    }
}
