package com.voiceorder.delivery.application;

import com.voiceorder.customers.domain.CustomerAddress;
import com.voiceorder.customers.domain.CustomerRepository;
import com.voiceorder.delivery.domain.DeliveryPolicy;
import com.voiceorder.delivery.domain.GeoPoint;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.domain.RestaurantRepository;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored data of a delivery check, each read or write in its own short transaction, so no
 * transaction stays open while Google is asked.
 */
@ApplicationScoped
@Transactional
public class DeliveryFacts {

    private final RestaurantRepository restaurants;
    private final CustomerRepository customers;

    @Inject
    public DeliveryFacts(RestaurantRepository restaurants, CustomerRepository customers) {
        this.restaurants = restaurants;
        this.customers = customers;
    }

    /** For CDI proxies. */
    protected DeliveryFacts() {
        this(null, null);
    }

    public RestaurantForDelivery restaurant(Long restaurantId) {
        Restaurant restaurant = restaurantById(restaurantId);
        DeliveryPolicy policy = new DeliveryPolicy(restaurant.deliveryRules(), restaurant.deliveryZones(),
                restaurant.kitchenCapacity().defaultPrepMinutes());
        return new RestaurantForDelivery(restaurantId, policy,
                GeoPoint.ofNullable(restaurant.latitude(), restaurant.longitude()), restaurant.addressLine(),
                restaurant.countryCode().toLowerCase(Locale.ROOT), restaurant.language());
    }

    /** The customer's saved address the words name, if any; an unknown customer is not found. */
    public Optional<SavedPlace> savedPlace(Long restaurantId, Long customerId, String spokenAddress) {
        return customers.findById(restaurantId, customerId)
                .orElseThrow(() -> new NotFoundException("Customer", customerId))
                .addresses().stream()
                .filter(address -> address.isDescribedBy(spokenAddress))
                .findFirst()
                .map(address -> new SavedPlace(address.getId(), address.oneLine(), address.postalCode(),
                        GeoPoint.ofNullable(address.latitude(), address.longitude())));
    }

    public void locateRestaurant(Long restaurantId, GeoPoint location) {
        restaurantById(restaurantId).locateAt(location.latitude(), location.longitude());
    }

    /** Caches the coordinates of a saved address (ignored if the address was removed meanwhile). */
    public void locateSavedPlace(Long restaurantId, Long customerId, Long addressId, GeoPoint location) {
        customers.findById(restaurantId, customerId).stream()
                .flatMap(customer -> customer.addresses().stream())
                .filter(address -> Objects.equals(address.getId(), addressId))
                .findFirst()
                .ifPresent((CustomerAddress address) -> address.locateAt(location.latitude(), location.longitude()));
    }

    private Restaurant restaurantById(Long restaurantId) {
        return restaurants.findById(restaurantId).orElseThrow(() -> new NotFoundException("Restaurant", restaurantId));
    }
}
