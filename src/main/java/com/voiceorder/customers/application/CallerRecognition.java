package com.voiceorder.customers.application;

import com.voiceorder.customers.domain.CustomerRepository;
import com.voiceorder.restaurant.domain.RestaurantRepository;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.domain.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Recognises a caller by caller id: the number is normalised to E.164 (national numbers read in
 * the restaurant's country); a withheld, anonymous or unparseable caller id is nobody.
 */
@ApplicationScoped
@Transactional
public class CallerRecognition {

    static final int RECENT_ORDERS = 10;

    private final CustomerRepository customers;
    private final RestaurantRepository restaurants;
    private final OrderHistory history;

    @Inject
    public CallerRecognition(CustomerRepository customers, RestaurantRepository restaurants, OrderHistory history) {
        this.customers = customers;
        this.restaurants = restaurants;
        this.history = history;
    }

    /** For CDI proxies. */
    protected CallerRecognition() {
        this(null, null, null);
    }

    /** The caller id as an E.164 number, or empty when withheld or not a number. */
    public Optional<PhoneNumber> normalise(Long restaurantId, String callerId) {
        String country = restaurants.findById(restaurantId)
                .orElseThrow(() -> new NotFoundException("Restaurant", restaurantId)).countryCode();
        return PhoneNumber.tryParse(callerId, country);
    }

    public Optional<KnownCaller> recognise(Long restaurantId, String callerId) {
        return normalise(restaurantId, callerId).flatMap(phone -> recognise(restaurantId, phone));
    }

    public Optional<KnownCaller> recognise(Long restaurantId, PhoneNumber phone) {
        return customers.findByPhone(restaurantId, phone)
                .map(customer -> KnownCaller.of(customer,
                        history.recentOrders(restaurantId, customer.getId(), RECENT_ORDERS)));
    }
}
