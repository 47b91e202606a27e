package com.voiceorder.customers.application;

import com.voiceorder.customers.domain.AddressDetails;
import com.voiceorder.customers.domain.Customer;
import com.voiceorder.customers.domain.CustomerAddress;
import com.voiceorder.customers.domain.CustomerRepository;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.domain.RestaurantRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.domain.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The restaurant's customers, known by phone number: one customer per number and restaurant.
 * Used by the dashboard, the REST API and the phone agent (recognise the caller, save what they say).
 */
@ApplicationScoped
@Transactional
public class CustomerService {

    private final CustomerRepository customers;
    private final RestaurantRepository restaurants;
    private final Clock clock;

    @Inject
    public CustomerService(CustomerRepository customers, RestaurantRepository restaurants, Clock clock) {
        this.customers = customers;
        this.restaurants = restaurants;
        this.clock = clock;
    }

    /** For CDI proxies. */
    protected CustomerService() {
        this(null, null, null);
    }

    /** A page of customers whose name, phone or e-mail contains the text (all when blank), latest orders first. */
    public List<CustomerSummary> search(Long restaurantId, String text, int offset, int limit) {
        restaurant(restaurantId);
        return customers.search(restaurantId, text, offset, limit).stream().map(CustomerSummary::of).toList();
    }

    public long count(Long restaurantId, String text) {
        restaurant(restaurantId);
        return customers.count(restaurantId, text);
    }

    public Customer get(Long restaurantId, Long customerId) {
        return customers.findById(restaurantId, customerId)
                .orElseThrow(() -> new NotFoundException("Customer", customerId));
    }

    public Optional<Customer> findByPhone(Long restaurantId, PhoneNumber phone) {
        restaurant(restaurantId);
        return phone == null ? Optional.empty() : customers.findByPhone(restaurantId, phone);
    }

    /**
     * The customer with that number as typed (national numbers read in the restaurant's country);
     * a text that is not a phone number is refused, naming {@code phone}.
     */
    public Optional<Customer> findByPhone(Long restaurantId, String phone) {
        PhoneNumber parsed = phoneOf(restaurant(restaurantId), phone);
        return customers.findByPhone(restaurantId, parsed);
    }

    /** A new customer; refused when one already has that phone number. */
    public Customer create(Long restaurantId, CustomerCommand command) {
        PhoneNumber phone = phoneOf(restaurant(restaurantId), command.phone());
        if (customers.findByPhone(restaurantId, phone).isPresent()) {
            throw new DomainException("phone", "A customer with phone " + phone + " already exists");
        }
        Customer customer = new Customer(restaurantId, phone, clock.instant());
        replaceDetails(customer, command);
        return customers.add(customer);
    }

    /** Replaces every detail, phone included (refused if it belongs to another customer). */
    public Customer update(Long restaurantId, Long customerId, CustomerCommand command) {
        Customer customer = get(restaurantId, customerId);
        PhoneNumber phone = phoneOf(restaurant(restaurantId), command.phone());
        customers.findByPhone(restaurantId, phone)
                .filter(other -> !Objects.equals(other.getId(), customerId))
                .ifPresent(other -> {
                    throw new DomainException("phone", "Another customer has phone " + phone);
                });
        customer.changePhone(phone);
        replaceDetails(customer, command);
        return customer;
    }

    /**
     * Finds the customer by phone or creates them, then records the details given; details left
     * null keep their current value. Never creates a second customer for the same number.
     */
    public Customer saveByPhone(Long restaurantId, CustomerCommand command) {
        PhoneNumber phone = phoneOf(restaurant(restaurantId), command.phone());
        Customer customer = customers.findByPhone(restaurantId, phone)
                .orElseGet(() -> customers.add(new Customer(restaurantId, phone, clock.instant())));
        if (command.firstName() != null || command.lastName() != null) {
            customer.rename(command.firstName() != null ? command.firstName() : customer.firstName(),
                    command.lastName() != null ? command.lastName() : customer.lastName());
        }
        if (command.email() != null) {
            customer.changeEmail(command.email());
        }
        if (command.allergies() != null) {
            customer.recordAllergies(command.allergies());
        }
        if (command.notes() != null) {
            customer.changeNotes(command.notes());
        }
        return customer;
    }

    /** Adds the address or refreshes the same one already known; it becomes the last used. */
    public CustomerAddress addOrUpdateAddress(Long restaurantId, Long customerId, AddressDetails address) {
        return get(restaurantId, customerId).addOrUpdateAddress(address, clock.instant());
    }

    /** One of the customer's addresses; an address of anyone else is not found. */
    public CustomerAddress getAddress(Long restaurantId, Long customerId, Long addressId) {
        return get(restaurantId, customerId).addresses().stream()
                .filter(address -> Objects.equals(address.getId(), addressId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Address", addressId));
    }

    /** Forgets one of the customer's addresses; an address of anyone else is not found. */
    public Customer removeAddress(Long restaurantId, Long customerId, Long addressId) {
        Customer customer = getAddress(restaurantId, customerId, addressId).customer();
        customer.removeAddress(addressId);
        return customer;
    }

    public Customer recordOrder(Long restaurantId, Long customerId) {
        Customer customer = get(restaurantId, customerId);
        customer.recordOrder(clock.instant());
        return customer;
    }

    public Customer recordVisit(Long restaurantId, Long customerId) {
        Customer customer = get(restaurantId, customerId);
        customer.recordVisit();
        return customer;
    }

    /** Deletes the customer and their addresses; refused while orders or reservations reference them. */
    public void delete(Long restaurantId, Long customerId) {
        customers.remove(get(restaurantId, customerId));
    }

    private static void replaceDetails(Customer customer, CustomerCommand command) {
        customer.rename(command.firstName(), command.lastName());
        customer.changeEmail(command.email());
        customer.recordAllergies(command.allergies());
        customer.changeNotes(command.notes());
    }

    private Restaurant restaurant(Long restaurantId) {
        return restaurants.findById(restaurantId).orElseThrow(() -> new NotFoundException("Restaurant", restaurantId));
    }

    private static PhoneNumber phoneOf(Restaurant restaurant, String raw) {
        return PhoneNumber.parse(raw, restaurant.countryCode());
    }
}
