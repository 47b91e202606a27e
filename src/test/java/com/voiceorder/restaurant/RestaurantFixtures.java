package com.voiceorder.restaurant;

import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.domain.RestaurantProfile;
import com.voiceorder.shared.domain.PhoneNumber;
import java.time.ZoneId;

/** Valid restaurants for tests; each call builds a new one. */
public final class RestaurantFixtures {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private RestaurantFixtures() {
    }

    public static RestaurantProfile profile(String name) {
        return new RestaurantProfile(name, null, "12 rue de la République", "13001", "Marseille", "FR",
                43.2965, 5.3698, new PhoneNumber("+33491000000"), "contact@example.fr", PARIS, "fr", "EUR");
    }

    public static Restaurant restaurant(String name) {
        return new Restaurant(profile(name));
    }
}
