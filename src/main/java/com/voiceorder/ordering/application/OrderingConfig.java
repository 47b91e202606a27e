package com.voiceorder.ordering.application;

import com.voiceorder.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Ordering settings: {@code voiceorder.ordering.delivery-travel-minutes}, the travel time assumed when no delivery check gave one. */
@ApplicationScoped
public class OrderingConfig {

    public static final int DEFAULT_DELIVERY_TRAVEL_MINUTES = 20;

    private final Duration defaultDeliveryTravel;

    @Inject
    public OrderingConfig(@ConfigProperty(name = "voiceorder.ordering.delivery-travel-minutes",
            defaultValue = "" + DEFAULT_DELIVERY_TRAVEL_MINUTES) int deliveryTravelMinutes) {
        if (deliveryTravelMinutes < 0 || deliveryTravelMinutes > 240) {
            throw new DomainException("voiceorder.ordering.delivery-travel-minutes",
                    "the default delivery travel time is between 0 and 240 minutes, not " + deliveryTravelMinutes);
        }
        this.defaultDeliveryTravel = Duration.ofMinutes(deliveryTravelMinutes);
    }

    /** For CDI proxies. */
    protected OrderingConfig() {
        this(DEFAULT_DELIVERY_TRAVEL_MINUTES);
    }

    public Duration defaultDeliveryTravel() {
        return defaultDeliveryTravel;
    }
}
