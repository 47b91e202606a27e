package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.application.PhoneLineCommand;
import com.voiceorder.calls.application.PhoneLineService;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.restaurant.application.RestaurantCommand;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.shared.domain.PhoneNumber;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;

/** THROWAWAY (reverted): stands in for the demo seeder so TelephonyIT can run before the merge. */
@ApplicationScoped
public class TemporaryDemoLineSeeder {

    @Inject
    RestaurantService restaurants;

    @Inject
    PhoneLineService lines;

    void onStart(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object event) {
        if (lines.findByNumber("+33491000000").isPresent()) {
            return;
        }
        Long id = restaurants.create(new RestaurantCommand("Chez Temp", "chez-temp", "1 rue", "13001", "Marseille",
                "FR", null, null, null, null, "Europe/Paris", "fr", "EUR")).getId();
        lines.create(id, new PhoneLineCommand(new PhoneNumber("+33491000000"), "Demo", LineMode.ACCEPT_FROM_GATEWAY,
                true, null, Set.of("127.0.0.1", "::1"), false, null, null, null));
    }
}
